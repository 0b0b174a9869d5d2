import { APIError, type Endpoint, type PayloadRequest } from 'payload'
import { draftAsked, ReportNotFound } from '../delivery/endpoint.js'
import { matchesIfNoneMatch } from '../delivery/etag.js'
import { deliveryOptionsOf } from '../delivery/options.js'
import { renderReport } from '../delivery/render.js'
import { deliveryHeaders } from '../delivery/responseHeaders.js'
import { editionGoals } from './editionGoals.js'
import { exportBody, exportETag } from './exportBody.js'
import { publicExportCache } from './exportCache.js'
import { contentDisposition, exportFormats, isExportFormat } from './formats.js'

/**
 * `GET /api/reports/{slug}/export?format=json|csv|html|pdf[&draft=true]`: the assembled report (same cache,
 * same published / preview rules: drafts only for those who may preview them) turned into a file, with an ETag
 * derived from the assembled one, so `If-None-Match` answers 304 before any layout work.
 */
export const reportExportEndpoint: Endpoint = {
  path: '/:slug/export',
  method: 'get',
  handler: async (req: PayloadRequest) => {
    const slug = String(req.routeParams?.slug ?? '')
    const format = req.searchParams.get('format') ?? 'json'
    if (!isExportFormat(format)) throw new APIError(`Unknown export format "${format}": use one of ${Object.keys(exportFormats).join(', ')}.`, 400, null, true)
    const rendered = await renderReport(req, { slug, draft: draftAsked(req) })
    if (!rendered) throw new ReportNotFound(slug)

    const goals = format === 'html' || format === 'pdf' ? await editionGoals(req, rendered.doc) : []
    const etag = exportETag(rendered, format, goals)
    // the body (a PDF may take a second) is built only when the 304 does not answer
    const headers = new Headers(deliveryHeaders(etag, Boolean(req.user), deliveryOptionsOf(req.payload.config)))
    if (matchesIfNoneMatch(req.headers.get('if-none-match'), etag)) return new Response(null, { status: 304, headers })

    const build = () => exportBody(rendered, format, goals)
    const body = rendered.doc.draft ? await build() : await publicExportCache.get(etag, build)
    headers.set('Content-Type', exportFormats[format].contentType)
    headers.set('Content-Disposition', contentDisposition(format, slug))
    return new Response(typeof body === 'string' ? body : new Uint8Array(body), { status: 200, headers })
  },
}
