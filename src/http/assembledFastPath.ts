import type { RequestHandler } from 'express'
import type { SanitizedConfig } from 'payload'
import { publicReportCache } from '../delivery/cache.js'
import { deliveryOptionsOf } from '../delivery/options.js'
import { assembledAnswer } from '../delivery/responseHeaders.js'

/** Callers that may get more than the public view (token, API key, session cookie) go through Payload. */
const mayBeSignedIn = (authorization: string | undefined, cookie: string | undefined) =>
  Boolean(authorization) || Boolean(cookie && /(?:^|;\s*)payload-token=/.test(cookie))

/** The route it answers: the delivery plugin's report collection under the API route. */
export const assembledFastPathRoute = (config: SanitizedConfig): string =>
  `${config.routes.api}/${deliveryOptionsOf(config).reportsCollection}/:slug/assembled`

/**
 * Serves an anonymous `GET /api/reports/{slug}/assembled` straight from the public view cache when it holds
 * a fresh copy, skipping the Express → Web Request → Payload → Web Response bridge that otherwise costs more
 * than the cached body itself. Anything else (miss, preview, signed-in) falls through to the Payload endpoint,
 * which answers identically (same `assembledAnswer`) and fills the cache.
 */
export const assembledFastPath =
  (config: SanitizedConfig): RequestHandler =>
  (req, res, next) => {
    const slug = req.params.slug
    if (typeof slug !== 'string' || mayBeSignedIn(req.headers.authorization, req.headers.cookie)) return next()
    const options = deliveryOptionsOf(config)
    const cached = publicReportCache.peek(slug, options.cacheTtlMs())
    if (!cached) return next()
    const answer = assembledAnswer(cached, { signedIn: false, ifNoneMatch: req.headers['if-none-match'] }, options)
    res.status(answer.status).set(answer.headers).setHeader('X-Delivery-Cache', 'hit')
    res.end(answer.body ?? undefined)
  }
