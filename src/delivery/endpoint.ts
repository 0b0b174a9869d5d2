import { APIError, type Endpoint, type PayloadRequest } from 'payload'
import { defaultCacheControl, type SanitizedDeliveryOptions } from './options.js'
import { renderReport } from './render.js'
import { assembledAnswer } from './responseHeaders.js'

/** The default `Cache-Control` values (kept under this name for tests and callers of the earlier module). */
export const cacheControl = defaultCacheControl

/** A 404 with the slug in its message; named `NotFound` so it is logged at Payload's level for those (info), not as an error. */
export class ReportNotFound extends APIError {
  constructor(slug: string) {
    super(`No report with the slug "${slug}".`, 404, null, true)
    this.name = 'NotFound'
  }
}

/** Whether the request asks for drafts (`?draft=true` or `1`); whether the caller gets them is renderReport's decision. */
export const draftAsked = (req: PayloadRequest): boolean => ['true', '1'].includes(req.searchParams.get('draft') ?? '')

/** `GET /api/{reports}/{slug}/assembled[?draft=true]`: parse → render as the caller → answer with ETag and caching. */
export const assembledReportEndpoint = (options: SanitizedDeliveryOptions): Endpoint => ({
  path: '/:slug/assembled',
  method: 'get',
  handler: async (req: PayloadRequest) => {
    const slug = String(req.routeParams?.slug ?? '')
    // `draft` is what was asked; renderReport decides once whether this caller gets it
    const rendered = await renderReport(req, { slug, draft: draftAsked(req) })
    if (!rendered) throw new ReportNotFound(slug)
    const answer = assembledAnswer(rendered, { signedIn: Boolean(req.user), ifNoneMatch: req.headers.get('if-none-match') }, options)
    return new Response(answer.body, { status: answer.status, headers: answer.headers })
  },
})
