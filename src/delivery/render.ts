import type { PayloadRequest } from 'payload'
import { assembleReport } from './assembleReport.js'
import { publicReportCache, type RenderedReport } from './cache.js'
import { wantsDraft } from './draft.js'
import { strongETag } from './etag.js'
import { deliveryOptionsOf } from './options.js'

const render = async (req: PayloadRequest, slug: string, draft: boolean): Promise<RenderedReport | null> => {
  const doc = await assembleReport(req, { slug, draft })
  if (!doc) return null
  const body = JSON.stringify(doc)
  return { doc, body, etag: strongETag(body) }
}

/**
 * The assembled report as the caller may see it, with its JSON body and ETag. The one place a request's
 * `draft` is decided (asked for and signed in); the assembly then only checks that this caller may preview
 * this report. Anonymous callers share the cached published view; signed-in callers always get a fresh assembly.
 */
export const renderReport = (req: PayloadRequest, input: { slug: string; draft?: boolean | null }): Promise<RenderedReport | null> => {
  if (req.user) return render(req, input.slug, wantsDraft(req, input.draft ?? false))
  const ttl = deliveryOptionsOf(req.payload.config).cacheTtlMs()
  return publicReportCache.get(input.slug, () => render(req, input.slug, false), ttl)
}
