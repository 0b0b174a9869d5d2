import { APIError, type Endpoint, type PayloadRequest } from 'payload'
import { wantsDraft } from './draft.js'
import { draftAsked } from './endpoint.js'
import { strongETag } from './etag.js'
import { indicatorSeries } from './indicatorSeries.js'
import { deliveryOptionsOf } from './options.js'
import { assembledAnswer } from './responseHeaders.js'

/** 404 named `NotFound`, so Payload logs it at its level for those (info), not as an error. */
class SeriesNotFound extends APIError {
  constructor(organisation: string, indicator: string) {
    super(`No organisation "${organisation}" or no indicator "${indicator}".`, 404, null, true)
    this.name = 'NotFound'
  }
}

/**
 * `GET /api/organisations/{slug}/indicators/{indicator}/series[?draft=true]` (an organisations endpoint): one
 * organisation's values of one indicator (by slug or ID) by period, with report, assurance and change. Public view
 * cacheable like the assembled report; previews private.
 */
export const indicatorSeriesEndpoint: Endpoint = {
  path: '/:slug/indicators/:indicator/series',
  method: 'get',
  handler: async (req: PayloadRequest) => {
    const organisation = String(req.routeParams?.slug ?? '')
    const indicator = String(req.routeParams?.indicator ?? '')
    const series = await indicatorSeries(req, { organisation, indicator, draft: wantsDraft(req, draftAsked(req)) })
    if (!series) throw new SeriesNotFound(organisation, indicator)
    const body = JSON.stringify(series)
    const answer = assembledAnswer(
      { body, etag: strongETag(body) },
      { signedIn: Boolean(req.user), ifNoneMatch: req.headers.get('if-none-match') },
      deliveryOptionsOf(req.payload.config),
    )
    return new Response(answer.body, { status: answer.status, headers: answer.headers })
  },
}
