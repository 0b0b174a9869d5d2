import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'
import { recordWorkflowEvent } from '../../plugins/workflow/index.js'
import { unassuredLevel } from '../fields/metricAssurance.js'
import { changedFigureParts, dayOf, metricRowsOf, previousRowOf, type MetricRow } from './metricRows.js'

declare module 'payload' {
  interface RequestContext {
    /** Per document id: what `dropAssuranceOfChangedFigures` dropped in this operation, for the audit trail. */
    metricAssuranceDrops?: Record<string, string[]>
  }
}

/** The audit-trail action written when a changed figure loses its assurance. */
export const assuranceDroppedEvent = 'assurance-dropped'

const isAssured = (row: MetricRow | undefined): boolean => Boolean(row?.assurance?.level) && row?.assurance?.level !== unassuredLevel

const describe = (row: MetricRow, before: MetricRow, parts: string[]): string => {
  const a = before.assurance ?? {}
  const by = [a.assurer, a.standard, dayOf(a.date)].filter(Boolean).join(', ')
  const figure = (r: MetricRow) => [r.valueText ?? r.value, r.unit, r.period].filter((v) => v !== null && v !== undefined && v !== '').join(' ')
  return `Metric "${row.label ?? before.label ?? ''}": ${a.level}${by ? ` (${by})` : ''} dropped to ${unassuredLevel} because its ${parts.join(', ')} changed (${figure(before)} → ${figure(row)}).`
}

/**
 * Assurance covers the figure it was given for. When a stored metric whose level is above self-reported changes its
 * figure (value, as-written text, unit, or period text or dates), the row falls back to self-reported and its
 * assurer, standard, date and statement are cleared — whatever assurance the same save sends: re-assure a new figure
 * in a later save. Runs after validation, so only writes that will be stored drop anything.
 */
export const dropAssuranceOfChangedFigures: CollectionBeforeChangeHook = ({ data, originalDoc, operation, req }) => {
  if (operation !== 'update' || !originalDoc || !Array.isArray(data.metrics)) return data
  const rows = metricRowsOf(data)
  const previousOf = previousRowOf(rows, metricRowsOf(originalDoc))
  const drops: string[] = []
  rows.forEach((row, index) => {
    const before = previousOf(row, index)
    if (!before || !isAssured(before)) return
    const parts = changedFigureParts(before, row)
    if (parts.length === 0) return
    drops.push(describe(row, before, parts))
    row.assurance = { level: unassuredLevel, assurer: null, standard: null, date: null, statement: null }
  })
  if (drops.length) req.context.metricAssuranceDrops = { ...req.context.metricAssuranceDrops, [String(originalDoc.id)]: drops }
  return data
}

/** Records each drop in the document's workflow history, in the write's transaction. */
export const recordDroppedAssurance: CollectionAfterChangeHook = async ({ collection, data, doc, req }) => {
  const drops = req.context.metricAssuranceDrops?.[String(doc.id)]
  if (!drops?.length) return doc
  const { [String(doc.id)]: _recorded, ...rest } = req.context.metricAssuranceDrops ?? {}
  req.context.metricAssuranceDrops = rest
  // `data` holds the stage the workflow settled; `doc` may have the group hidden by read access
  const stage = ((data.workflow ?? doc.workflow) as { stage?: string } | undefined)?.stage ?? 'draft'
  await recordWorkflowEvent(req, { collection: collection.slug, docId: doc.id, stage, transition: assuranceDroppedEvent, comment: drops.join('\n') })
  return doc
}
