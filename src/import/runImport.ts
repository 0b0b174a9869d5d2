import type { PayloadRequest } from 'payload'
import { decodeText } from './decodeText.js'
import { ImportError } from './errors.js'
import { readEvidenceSchema } from './evidenceSchema.js'
import { loadExistingEvidence, rowChanges } from './existingEvidence.js'
import { loadImportTarget, loadIndicators } from './importTarget.js'
import { parseCsv } from './parseCsv.js'
import { parseJson } from './parseJson.js'
import { inOneTransaction } from './transaction.js'
import { validateRows } from './validateRows.js'
import { writePlan, type WritePlan } from './writeEvidence.js'
import type { ImportFormat, ImportSummary, ProgressListener, RawRow } from './types.js'

export type ImportFile = { bytes: Uint8Array; name?: string; contentType?: string }

/** One row of the preview the admin shows before the import is confirmed. */
export type PreviewRow = { row: number; externalId: string; goal: string; title: string; metrics: number; action: 'create' | 'update' | 'unchanged' }

export type PreparedImport = {
  summary: ImportSummary
  preview: PreviewRow[]
  plan: WritePlan
}

/** At most this many preview rows are returned (the summary counts them all). */
export const maxPreviewRows = 500

/** CSV or JSON: by file name, then content type, then the first character (`[` or `{` is JSON). */
export const formatOf = (file: ImportFile, text: string): ImportFormat => {
  const name = file.name?.toLowerCase() ?? ''
  if (name.endsWith('.json')) return 'json'
  if (name.endsWith('.csv')) return 'csv'
  if (file.contentType?.includes('json')) return 'json'
  if (file.contentType?.includes('csv')) return 'csv'
  return /^\s*[[{]/.test(text) ? 'json' : 'csv'
}

const parseFile = (file: ImportFile): RawRow[] => {
  const text = decodeText(file.bytes)
  return formatOf(file, text) === 'json' ? parseJson(text) : parseCsv(text)
}

/**
 * Reads, authorises and validates a whole file against the report, and decides per row: create, update (its key
 * is in the report and the content differs) or unchanged. Writes nothing; throws ImportError listing every
 * problem. Items of the report that the file does not mention are left alone (an import never deletes).
 */
export const prepareImport = async (
  req: PayloadRequest,
  reportSlug: string,
  file: ImportFile,
  options: { onProgress?: ProgressListener; dryRun?: boolean } = {},
): Promise<PreparedImport> => {
  const target = await loadImportTarget(req, reportSlug)
  const rows = parseFile(file)
  const schema = readEvidenceSchema(req.payload)
  const indicators = await loadIndicators(req, schema.metricIndicator?.collection)
  const { rows: valid, problems } = validateRows(rows, { schema, goals: target.goals, indicators }, (done) =>
    options.onProgress?.({ phase: 'validating', done, total: rows.length }),
  )
  if (problems.length) throw new ImportError(422, problems)

  const existing = await loadExistingEvidence(req, target.report.id)
  const plan: WritePlan = { report: target.report, creates: [], updates: [], firstOrder: existing.maxOrder + 1 }
  const goalName = new Map([...target.goals.byNumber].map(([number, id]) => [id, String(number)]))
  const preview: PreviewRow[] = []
  let unchanged = 0
  for (const row of valid) {
    const stored = existing.byKey.get(row.externalId)
    const action = !stored ? 'create' : rowChanges(row, stored, schema) ? 'update' : 'unchanged'
    if (action === 'create') plan.creates.push(row)
    else if (action === 'update' && stored) plan.updates.push({ id: String(stored.id), row })
    else unchanged += 1
    if (preview.length < maxPreviewRows) {
      preview.push({ row: row.row, externalId: row.externalId, goal: goalName.get(row.goal) ?? row.goal, title: row.title, metrics: row.metrics.length, action })
    }
  }
  return {
    plan,
    preview,
    summary: {
      report: { id: target.report.id, slug: target.report.slug, title: target.report.title },
      rows: valid.length,
      created: plan.creates.length,
      updated: plan.updates.length,
      unchanged,
      dryRun: Boolean(options.dryRun),
    },
  }
}

/** Writes a prepared import in one transaction: every row, or (on any failure) none. */
export const applyImport = async (req: PayloadRequest, prepared: PreparedImport, onProgress?: ProgressListener): Promise<ImportSummary> => {
  if (prepared.summary.dryRun) return prepared.summary
  const total = prepared.plan.creates.length + prepared.plan.updates.length
  onProgress?.({ phase: 'writing', done: 0, total })
  if (total > 0) await inOneTransaction(req, () => writePlan(req, prepared.plan, onProgress))
  return prepared.summary
}

/** prepareImport then applyImport. */
export const runImport = async (
  req: PayloadRequest,
  reportSlug: string,
  file: ImportFile,
  options: { onProgress?: ProgressListener; dryRun?: boolean } = {},
): Promise<{ summary: ImportSummary; preview: PreviewRow[] }> => {
  const prepared = await prepareImport(req, reportSlug, file, options)
  const summary = await applyImport(req, prepared, options.onProgress)
  return { summary, preview: prepared.preview }
}

