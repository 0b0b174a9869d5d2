import type { PayloadRequest, Where } from 'payload'
import { slugs } from '../../collections/slugs.js'
import { unassuredLevel, type AssuranceLevel } from '../../collections/fields/metricAssurance.js'
import { dayOf, metricRowsOf, type MetricRow } from '../../collections/hooks/metricRows.js'
import { refId } from '../refs.js'
import type { AssembledReportRef } from './indicatorTypes.js'

const published: Where = { _status: { equals: 'published' } }

/** One value of an indicator: a metric row of one evidence item of one report, with its effective period. */
export type IndicatorPoint = {
  indicatorId: string
  value: number
  valueText: string | null
  unit: string | null
  period: string | null
  /** The metric's dates, or its report's period when the metric has none. */
  periodStart: string | null
  periodEnd: string | null
  assurance: { level: AssuranceLevel; assurer: string | null; standard: string | null; date: string | null; statement: string | null }
  report: AssembledReportRef
  evidence: { id: string; title: string }
}

type PeriodOf = { periodFrom?: string | null; periodTo?: string | null }

/** The dates a metric stands for: its own, else its report's period. */
export const effectivePeriod = (row: MetricRow, report: PeriodOf | undefined): { periodStart: string | null; periodEnd: string | null } => {
  const own = { periodStart: dayOf(row.periodStart), periodEnd: dayOf(row.periodEnd) }
  if (own.periodStart || own.periodEnd) return own
  return { periodStart: dayOf(report?.periodFrom), periodEnd: dayOf(report?.periodTo) }
}

/** What orders periods: the day a period ends (its start when it has no end). */
export const periodKey = (p: { periodStart: string | null; periodEnd: string | null }): string | null => p.periodEnd ?? p.periodStart

export const assuranceOf = (row: MetricRow): IndicatorPoint['assurance'] => ({
  level: (row.assurance?.level as AssuranceLevel | null | undefined) ?? unassuredLevel,
  assurer: row.assurance?.assurer || null,
  standard: row.assurance?.standard || null,
  date: dayOf(row.assurance?.date),
  statement: refId(row.assurance?.statement as string | null | undefined) ?? null,
})

/**
 * Every value of the given indicators among one organisation's reports, as the reader may see them: the published
 * view (published items of published reports), or with `draft` the latest versions the caller's access allows —
 * decide `draft` only for callers who may preview the organisation. Two queries whatever the number of reports:
 * the evidence citing the indicators (one query through the metrics table), then those items' reports.
 */
export const findIndicatorPoints = async (
  req: PayloadRequest,
  input: { organisationId: string; indicatorIds: string[]; draft: boolean; excludeReportId?: string },
): Promise<IndicatorPoint[]> => {
  if (input.indicatorIds.length === 0) return []
  const { payload } = req
  const common = { req, user: req.user, overrideAccess: false, depth: 0, pagination: false, draft: input.draft } as const
  const where: Where = {
    and: [
      { organisation: { equals: input.organisationId } },
      { 'metrics.indicator': { in: input.indicatorIds } },
      ...(input.excludeReportId ? [{ report: { not_equals: input.excludeReportId } }] : []),
      // items of unpublished reports are dropped below: their report is not in the second query's answer
      ...(input.draft ? [] : [published]),
    ],
  }
  const evidence = await payload.find({ ...common, collection: slugs.evidence, where, select: { title: true, report: true, metrics: true } })
  const reportIds = [...new Set(evidence.docs.map((doc) => refId(doc.report)).filter((id): id is string => Boolean(id)))]
  if (reportIds.length === 0) return []
  const reports = await payload.find({
    ...common,
    collection: slugs.reports,
    where: { and: [{ id: { in: reportIds } }, ...(input.draft ? [] : [published])] },
    select: { title: true, slug: true, periodFrom: true, periodTo: true },
    joins: false,
  })
  const reportById = new Map(reports.docs.map((r) => [r.id, r]))
  const wanted = new Set(input.indicatorIds)
  const points: IndicatorPoint[] = []
  for (const doc of evidence.docs) {
    const report = reportById.get(refId(doc.report) ?? '')
    // a report the reader may not see hides its items' values too
    if (!report) continue
    for (const row of metricRowsOf(doc)) {
      const indicatorId = refId(row.indicator as string | null | undefined)
      if (!indicatorId || !wanted.has(indicatorId) || typeof row.value !== 'number') continue
      points.push({
        indicatorId,
        value: row.value,
        valueText: row.valueText ?? null,
        unit: row.unit ?? null,
        period: row.period ?? null,
        ...effectivePeriod(row, report),
        assurance: assuranceOf(row),
        report: { id: report.id, slug: report.slug ?? null, title: report.title },
        evidence: { id: doc.id, title: doc.title },
      })
    }
  }
  return points
}
