import type { PayloadRequest } from 'payload'
import type { Evidence } from '../../payload-types.js'
import { slugs } from '../../collections/slugs.js'
import type { EvidenceSchema } from './evidenceSchema.js'
import type { EvidenceInput, MetricInput } from './types.js'

/** What an import compares with a stored item (its latest draft), in the shape an EvidenceInput has. */
export type StoredEvidence = { id: string; externalId: string; content: string }

type StoredMetric = Partial<Record<keyof MetricInput, unknown>> & { assurance?: { level?: unknown } | null }

const orNull = (value: unknown): unknown => (value === undefined ? null : value)

/**
 * The imported fields of an item as one comparable string. Period dates the file leaves empty are left out:
 * the collection may fill them from the period text on save.
 */
const canonical = (doc: Evidence | EvidenceInput, schema: EvidenceSchema, datesGiven: (index: number) => boolean): string =>
  JSON.stringify([
    orNull(typeof doc.goal === 'object' && doc.goal !== null ? (doc.goal as { id: unknown }).id : doc.goal),
    orNull(doc.title),
    orNull(doc.description),
    orNull(doc.activityType),
    orNull(doc.assurance),
    orNull(doc.beneficiaries),
    orNull(doc.area),
    orNull(doc.source?.citation),
    orNull(doc.source?.url),
    ((doc.metrics ?? []) as StoredMetric[]).map((metric, index) => [
      orNull(metric.label),
      orNull(metric.value),
      orNull(metric.unit),
      orNull(metric.valueText),
      orNull(metric.baseline),
      orNull(metric.target),
      orNull(metric.period),
      orNull(metric.direction),
      schema.metricPeriodDates && datesGiven(index) ? [orNull(metric.periodStart), orNull(metric.periodEnd)] : null,
      schema.metricIndicator ? orNull(typeof metric.indicator === 'object' && metric.indicator ? (metric.indicator as { id: unknown }).id : metric.indicator) : null,
      schema.metricAssurance ? orNull(metric.assurance?.level) : null,
    ]),
  ])

/** Whether a row would change the stored item. */
export const rowChanges = (row: EvidenceInput, stored: Evidence, schema: EvidenceSchema): boolean => {
  const datesGiven = (index: number) => Boolean(row.metrics[index]?.periodStart || row.metrics[index]?.periodEnd)
  return canonical(row, schema, datesGiven) !== canonical(stored, schema, datesGiven)
}

/** The report's items that carry an import key, latest drafts, by key; and the highest `order` in the report. */
export const loadExistingEvidence = async (req: PayloadRequest, reportId: string): Promise<{ byKey: Map<string, Evidence>; maxOrder: number }> => {
  const found = await req.payload.find({
    collection: slugs.evidence,
    where: { report: { equals: reportId } },
    draft: true,
    depth: 0,
    pagination: false,
    req,
  })
  const byKey = new Map<string, Evidence>()
  let maxOrder = 0
  for (const doc of found.docs) {
    if (typeof doc.externalId === 'string' && doc.externalId) byKey.set(doc.externalId, doc)
    if (typeof doc.order === 'number' && doc.order > maxOrder) maxOrder = doc.order
  }
  return { byKey, maxOrder }
}
