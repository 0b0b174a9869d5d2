import type { Endpoint, PayloadRequest } from 'payload'
import type { AssembledReport } from './types.js'
import { draftAsked, ReportNotFound } from './endpoint.js'
import { strongETag } from './etag.js'
import { deliveryOptionsOf } from './options.js'
import { renderReport } from './render.js'
import { assembledAnswer } from './responseHeaders.js'

/** The coverage block with what names it: the report and its framework edition. */
export const coverageBody = (doc: AssembledReport) => ({
  report: { id: doc.report.id, slug: doc.report.slug, title: doc.report.title, status: doc.report.status },
  framework: doc.framework,
  coverage: doc.coverage,
  draft: doc.draft,
})

/**
 * `GET /api/reports/{slug}/coverage[?draft=true]`: per goal of the report's edition, its evidence counts,
 * assurance mix, declared status and reason. Cut from the assembled report, so the published / draft / preview
 * rules, the cache of anonymous views and the ETag and Cache-Control rules are those of `…/assembled`.
 */
export const reportCoverageEndpoint: Endpoint = {
  path: '/:slug/coverage',
  method: 'get',
  handler: async (req: PayloadRequest) => {
    const slug = String(req.routeParams?.slug ?? '')
    const rendered = await renderReport(req, { slug, draft: draftAsked(req) })
    if (!rendered) throw new ReportNotFound(slug)
    const body = JSON.stringify(coverageBody(rendered.doc))
    const answer = assembledAnswer(
      { body, etag: strongETag(body) },
      { signedIn: Boolean(req.user), ifNoneMatch: req.headers.get('if-none-match') },
      deliveryOptionsOf(req.payload.config),
    )
    return new Response(answer.body, { status: answer.status, headers: answer.headers })
  },
}
