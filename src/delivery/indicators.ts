import type { PayloadRequest } from 'payload'
import type { Indicator, Media } from '../../payload-types.js'
import { dayOf, metricRowsOf, type MetricRow } from '../../collections/hooks/metricRows.js'
import { refId, refIds } from '../refs.js'
import { changeBetween } from './indicatorChange.js'
import { findIndicators } from './indicatorDocs.js'
import { assuranceOf, effectivePeriod, findIndicatorPoints, periodKey, type IndicatorPoint } from './indicatorPoints.js'
import type { AssembledIndicatorRef, AssembledMetricIndicatorFields, AssembledPreviousValue } from './indicatorTypes.js'
import type { AssembledMedia } from './types.js'

type ReportPeriod = { id: string; organisation?: unknown; periodFrom?: string | null; periodTo?: string | null }

/** What the metrics of one assembled report need beyond their own rows: their indicators and earlier values. */
export type IndicatorContext = { indicators: Map<string, Indicator>; points: IndicatorPoint[]; report: ReportPeriod | null }

export const noIndicatorContext: IndicatorContext = { indicators: new Map(), points: [], report: null }

const rowsOf = (evidence: unknown[]): MetricRow[] => evidence.flatMap((doc) => metricRowsOf(doc))

/** Assurance statements of every metric: fetched with the report's other media, in its one media query. */
export const statementMediaIds = (evidence: unknown[]): string[] => refIds(rowsOf(evidence).map((row) => row.assurance?.statement))

/**
 * The indicators the report's metrics reference and every earlier value of them from the organisation's other
 * reports, as the reader may see them (`draft`: the caller's preview decision for this report). No query when no
 * metric references an indicator; otherwise three, whatever the number of items: indicators, then the evidence
 * citing them and those items' reports (indicatorPoints.ts).
 */
export const loadIndicatorContext = async (
  req: PayloadRequest,
  input: { report: ReportPeriod; evidence: unknown[]; draft: boolean },
): Promise<IndicatorContext> => {
  const indicatorIds = refIds(rowsOf(input.evidence).map((row) => row.indicator))
  if (indicatorIds.length === 0) return { ...noIndicatorContext, report: input.report }
  const organisationId = refId(input.report.organisation as string | null | undefined)
  const [indicators, points] = await Promise.all([
    findIndicators(req, { id: { in: indicatorIds } }),
    organisationId
      ? findIndicatorPoints(req, { organisationId, indicatorIds, draft: input.draft, excludeReportId: input.report.id })
      : Promise.resolve([]),
  ])
  return { indicators: new Map(indicators.map((i) => [i.id, i])), points, report: input.report }
}

export const indicatorRef = (doc: Indicator): AssembledIndicatorRef => ({
  id: doc.id,
  name: doc.name,
  slug: doc.slug ?? null,
  unit: doc.unit ?? null,
  direction: doc.direction ?? 'higher',
})

/** The latest value of the indicator whose period ends before this one's; none when this metric has no dated period. */
const previousPoint = (points: IndicatorPoint[], indicatorId: string, key: string | null): IndicatorPoint | undefined => {
  if (!key) return undefined
  let best: IndicatorPoint | undefined
  for (const point of points) {
    const candidate = periodKey(point)
    if (point.indicatorId !== indicatorId || !candidate || candidate >= key) continue
    if (!best || candidate > (periodKey(best) ?? '')) best = point
  }
  return best
}

const previousValue = (point: IndicatorPoint): AssembledPreviousValue => ({
  value: point.value,
  valueText: point.valueText,
  unit: point.unit,
  period: point.period,
  periodStart: point.periodStart,
  periodEnd: point.periodEnd,
  assurance: { level: point.assurance.level },
  report: point.report,
  evidence: point.evidence,
})

/** A delivered metric's indicator, typed period, assurance, previous value and change. */
export const metricIndicatorFields = (
  row: MetricRow,
  context: IndicatorContext,
  mediaById: Map<string, Media>,
  media: (doc: Media | undefined) => AssembledMedia | null,
): AssembledMetricIndicatorFields => {
  const assurance = assuranceOf(row)
  const indicatorDoc = context.indicators.get(refId(row.indicator as string | null | undefined) ?? '')
  const indicator = indicatorDoc ? indicatorRef(indicatorDoc) : null
  const previous = indicator ? previousPoint(context.points, indicator.id, periodKey(effectivePeriod(row, context.report ?? undefined))) : undefined
  return {
    periodStart: dayOf(row.periodStart),
    periodEnd: dayOf(row.periodEnd),
    indicator,
    assurance: { ...assurance, statement: assurance.statement ? media(mediaById.get(assurance.statement)) : null },
    previous: previous ? previousValue(previous) : null,
    change:
      previous && indicator && typeof row.value === 'number'
        ? changeBetween({ value: row.value, unit: row.unit ?? null }, previous, indicator.direction)
        : null,
  }
}
