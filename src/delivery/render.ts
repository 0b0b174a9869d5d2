import type { PayloadRequest } from 'payload'
import { assembleReport, wantsDraft } from './assembleReport.js'
import { publicReportCache, type RenderedReport } from './cache.js'
import { strongETag } from './etag.js'
import type { AssembleReportInput } from './types.js'

const render = async (req: PayloadRequest, input: AssembleReportInput): Promise<RenderedReport | null> => {
  const doc = await assembleReport(req, input)
  if (!doc) return null
  const body = JSON.stringify(doc)
  return { doc, body, etag: strongETag(body) }
}

/**
 * The assembled report as the caller may see it, with its JSON body and ETag. Anonymous callers share the
 * cached published view (their `draft` is ignored); signed-in callers always get a fresh assembly.
 */
export const renderReport = (req: PayloadRequest, input: AssembleReportInput): Promise<RenderedReport | null> => {
  const draft = wantsDraft(req, input.draft)
  if (req.user) return render(req, { slug: input.slug, draft })
  return publicReportCache.get(input.slug, () => render(req, { slug: input.slug, draft: false }))
}
