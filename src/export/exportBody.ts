import { strongETag } from '../delivery/etag.js'
import type { RenderedReport } from '../delivery/cache.js'
import { contentIndex, type IndexGoal } from './contentIndex.js'
import { reportToCsv } from './csv.js'
import type { ExportFormat } from './formats.js'
import { reportToHtml } from './html.js'
import { reportToPdf } from './pdf/reportPdf.js'

/** Bumped when a builder's output changes, so caches holding the old file see a new tag. */
const layoutVersion = 1

/**
 * The tag of one export: JSON is the assembled body itself and keeps its tag; the others are derived from it
 * (and, for the two with a content index, from the edition's goals), so a 304 is decided before any layout work.
 */
export const exportETag = (rendered: RenderedReport, format: ExportFormat, goals: IndexGoal[]): string =>
  format === 'json' ? rendered.etag : strongETag(`${rendered.etag}|${format}|${layoutVersion}|${format === 'csv' ? '' : JSON.stringify(goals)}`)

/** The body of one export of an assembled report (already read with the caller's access). */
export const exportBody = async (rendered: RenderedReport, format: ExportFormat, goals: IndexGoal[]): Promise<string | Buffer> => {
  const { doc, body } = rendered
  switch (format) {
    case 'json':
      return body
    case 'csv':
      return reportToCsv(doc)
    case 'html':
      return reportToHtml(doc, contentIndex(doc, goals))
    case 'pdf':
      return reportToPdf(doc, contentIndex(doc, goals))
  }
}
