import type { AssuranceLevel } from '../../collections/fields/metricAssurance.js'
import type { AssembledMedia } from './types.js'

/**
 * What issue 11 adds to every delivered metric (assembled JSON, GraphQL `ImpactMetric`, the series endpoint):
 * the indicator it measures, its typed period, its assurance, and the previous report's value with the change.
 */

/** A metric's period as dates (`YYYY-MM-DD`), read from the as-written `period` when possible. */
export type AssembledPeriodDates = { periodStart: string | null; periodEnd: string | null }

export type AssembledIndicatorRef = {
  id: string
  name: string
  slug: string | null
  unit: string | null
  /** Which way is better: `higher` or `lower`. */
  direction: 'higher' | 'lower'
}

export type AssembledMetricAssurance = {
  /** `self-reported` when none was recorded. */
  level: AssuranceLevel
  assurer: string | null
  /** `isae-3000`, `isae-3410`, `aa1000as` or `other`. */
  standard: string | null
  /** `YYYY-MM-DD`. */
  date: string | null
  /** The assurance statement document, when one was uploaded and the reader may see it. */
  statement: AssembledMedia | null
}

export type AssembledReportRef = { id: string; slug: string | null; title: string }

/** The same organisation's value for the same indicator in the latest earlier period, as the reader may see it. */
export type AssembledPreviousValue = AssembledPeriodDates & {
  value: number
  valueText: string | null
  unit: string | null
  period: string | null
  assurance: { level: AssuranceLevel }
  report: AssembledReportRef
  evidence: { id: string; title: string }
}

export type AssembledChange = {
  /** This value minus the previous one, in the metric's unit. */
  absolute: number
  /** Relative to the previous value, one decimal; null when the previous value is 0 or the unit is already a percentage. */
  percent: number | null
  /** Whether the change goes the indicator's better way (null when unchanged). */
  better: boolean | null
}

export type AssembledMetricIndicatorFields = AssembledPeriodDates & {
  indicator: AssembledIndicatorRef | null
  assurance: AssembledMetricAssurance
  /** Null without an indicator, without a dated period, or when no earlier value is visible to the reader. */
  previous: AssembledPreviousValue | null
  /** Null without a previous value, or when the units differ. */
  change: AssembledChange | null
}
