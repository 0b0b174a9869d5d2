import type { RequestHandler } from 'express'

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS'])
const sameOriginFetch = new Set(['same-origin', 'none'])

/** Authorization schemes Payload reads before the cookie: such a request is not cookie-authenticated. */
const credentialHeader = /^(JWT |Bearer |\S+ API-Key )/

/**
 * Refuses writes that a browser sends with the session cookie from a page of another origin (CSRF).
 * SameSite=Lax alone lets same-site pages and top-level form posts through, and Payload's own `csrf`
 * list accepts every origin while it is empty. Allowed: the origins in `trustedOrigins`, and the
 * server's own origin, i.e. an Origin whose host equals the Host header (so the admin works on any
 * address without SERVER_URL). The scheme is not compared: behind a TLS proxy the server sees http.
 * Without Origin or Referer, only a browser's own Sec-Fetch-Site: same-origin / none passes, as in
 * Payload's csrf check: other clients send an Authorization header instead of the cookie.
 */
export const originCheck = ({ trustedOrigins, cookieName }: { trustedOrigins: readonly string[]; cookieName: string }): RequestHandler => {
  const trusted = new Set(trustedOrigins)
  const hasSessionCookie = (cookieHeader: string | undefined) =>
    !!cookieHeader && cookieHeader.split(';').some((part) => part.trim().startsWith(`${cookieName}=`))

  return (req, res, next) => {
    if (safeMethods.has(req.method) || !hasSessionCookie(req.headers.cookie)) return next()
    if (credentialHeader.test(req.headers.authorization ?? '')) return next()

    const origin = req.headers.origin ?? originOfReferer(req.headers.referer)
    const allowed =
      origin === undefined
        ? sameOriginFetch.has(String(req.headers['sec-fetch-site']))
        : trusted.has(origin) || hostOf(origin) === req.headers.host?.toLowerCase()
    if (allowed) return next()
    res.status(403).json({
      errors: [{ message: `Cross-origin request refused: ${origin ?? 'a request without Origin'} may not write with this session's cookie. Send an Authorization header, or add the origin to ALLOWED_ORIGINS.` }],
    })
  }
}

const originOfReferer = (referer: string | undefined): string | undefined => {
  if (!referer) return undefined
  try {
    return new URL(referer).origin
  } catch {
    return 'null'
  }
}

/** `host[:port]` of an origin as a Host header spells it; undefined for opaque origins ("null"). */
const hostOf = (origin: string): string | undefined => {
  try {
    return new URL(origin).host || undefined
  } catch {
    return undefined
  }
}
