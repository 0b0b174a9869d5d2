import { APIError, type Endpoint, type PayloadRequest } from 'payload'
import { wantsDraft } from './draft.js'
import { matchesIfNoneMatch, strongETag } from './etag.js'
import { indicatorSeries } from './indicatorSeries.js'

const isTrue = (value: string | null): boolean => value === 'true' || value === '1'

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
    const series = await indicatorSeries(req, { organisation, indicator, draft: wantsDraft(req, isTrue(req.searchParams.get('draft'))) })
    if (!series) throw new SeriesNotFound(organisation, indicator)
    const body = JSON.stringify(series)
    const etag = strongETag(body)
    const headers = new Headers({
      ETag: etag,
      'Cache-Control': req.user ? 'private, no-store' : 'public, max-age=60, stale-while-revalidate=600',
      Vary: 'Authorization, Cookie',
    })
    if (matchesIfNoneMatch(req.headers.get('if-none-match'), etag)) return new Response(null, { status: 304, headers })
    headers.set('Content-Type', 'application/json; charset=utf-8')
    return new Response(body, { status: 200, headers })
  },
}
