import type { RequestHandler, Response } from 'express'
import { createLocalReq, type Payload, type SanitizedConfig } from 'payload'
import { publicReportCache } from '../delivery/cache.js'
import { deliveryOptionsOf } from '../delivery/options.js'
import { renderReport } from '../delivery/render.js'
import { assembledAnswer, type AssembledAnswer } from '../delivery/responseHeaders.js'

/** Callers that may get more than the public view (token, API key, session cookie) go through Payload. */
const mayBeSignedIn = (authorization: string | undefined, cookie: string | undefined) =>
  Boolean(authorization) || Boolean(cookie && /(?:^|;\s*)payload-token=/.test(cookie))

/** The route it answers: the delivery plugin's report collection under the API route. */
export const assembledFastPathRoute = (config: SanitizedConfig): string =>
  `${config.routes.api}/${deliveryOptionsOf(config).reportsCollection}/:slug/assembled`

const send = (res: Response, answer: AssembledAnswer) => {
  res.status(answer.status).set(answer.headers)
  res.end(answer.body ?? undefined)
}

/**
 * Answers an anonymous `GET /api/reports/{slug}/assembled` without Payload's HTTP layer: the Express → Web
 * Request → Payload (auth, i18n, routing) → Web Response bridge costs more than a cached body, and a few ms of
 * every uncached one. A fresh cached view is sent as is (`X-Delivery-Cache: hit`); otherwise the public view
 * is rendered as an anonymous Local API request — the same renderReport, access rules and cache the Payload
 * endpoint uses, so the answer is identical (same `assembledAnswer`). Signed-in callers (previews) and unknown
 * slugs (Payload's 404 body) fall through to the Payload endpoint.
 */
export const assembledFastPath =
  (payload: Payload): RequestHandler =>
  async (req, res, next) => {
    const slug = req.params.slug
    if (typeof slug !== 'string' || mayBeSignedIn(req.headers.authorization, req.headers.cookie)) return next()
    const options = deliveryOptionsOf(payload.config)
    const request = { signedIn: false, ifNoneMatch: req.headers['if-none-match'] }
    const cached = publicReportCache.peek(slug, options.cacheTtlMs())
    if (cached) {
      res.setHeader('X-Delivery-Cache', 'hit')
      return send(res, assembledAnswer(cached, request, options))
    }
    try {
      const rendered = await renderReport(await createLocalReq({}, payload), { slug })
      if (!rendered) return next()
      send(res, assembledAnswer(rendered, request, options))
    } catch (error) {
      next(error)
    }
  }
