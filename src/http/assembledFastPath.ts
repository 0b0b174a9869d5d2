import type { RequestHandler } from 'express'
import { publicReportCache } from '../delivery/cache.js'
import { cacheControl } from '../delivery/endpoint.js'
import { matchesIfNoneMatch } from '../delivery/etag.js'

/** Callers that may get more than the public view (token, API key, session cookie) go through Payload. */
const mayBeSignedIn = (authorization: string | undefined, cookie: string | undefined) =>
  Boolean(authorization) || Boolean(cookie && /(?:^|;\s*)payload-token=/.test(cookie))

/**
 * Serves an anonymous `GET /api/reports/{slug}/assembled` straight from the public view cache when it holds
 * a fresh copy, skipping the Express → Web Request → Payload → Web Response bridge that otherwise costs more
 * than the cached body itself. Anything else (miss, preview, signed-in) falls through to the Payload endpoint,
 * which answers identically and fills the cache.
 */
export const assembledFastPath: RequestHandler = (req, res, next) => {
  const slug = req.params.slug
  if (typeof slug !== 'string' || mayBeSignedIn(req.headers.authorization, req.headers.cookie)) return next()
  const cached = publicReportCache.peek(slug)
  if (!cached) return next()
  res.setHeader('ETag', cached.etag)
  res.setHeader('Cache-Control', cacheControl.public)
  res.setHeader('Vary', 'Authorization, Cookie')
  res.setHeader('X-Delivery-Cache', 'hit')
  if (matchesIfNoneMatch(req.headers['if-none-match'] ?? null, cached.etag)) {
    res.status(304).end()
    return
  }
  res.type('application/json; charset=utf-8').send(cached.body)
}
