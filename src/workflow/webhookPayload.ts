import type { WebhookDescriber } from '../../plugins/workflow/index.js'
import { slugs } from '../../collections/slugs.js'
import { refId } from '../access/index.js'

/** The site paths and API URLs that show a report, for a frontend to revalidate. */
export const reportPaths = (slug: string): string[] => [
  '/',
  `/reports/${encodeURIComponent(slug)}`,
  `/api/reports/${encodeURIComponent(slug)}/assembled`,
]

/**
 * Every publish/unpublish webhook names the report it changes (the report itself, or the report an
 * evidence item, quote or recommendation belongs to) and the paths to revalidate.
 */
export const describeForFrontends: WebhookDescriber = async ({ req, collection, doc }) => {
  const reportId = collection === slugs.reports ? String(doc.id) : refId(doc.report as Parameters<typeof refId>[0])
  if (!reportId) return {}
  const report =
    collection === slugs.reports
      ? { id: reportId, slug: doc.slug }
      : await req.payload.findByID({ collection: slugs.reports, id: reportId, depth: 0, draft: true, disableErrors: true, req, select: { slug: true } })
  if (!report || typeof report.slug !== 'string') return {}
  return { report: { id: reportId, slug: report.slug }, paths: reportPaths(report.slug) }
}
