import { evidenceKeys, metricKeys, type EvidenceKey, type MetricKey } from './types.js'

/**
 * The CSV convention: one evidence item per line, a header naming the columns.
 * - evidence: externalId, goal, title, description, activityType, assurance, beneficiaries, area, sourceCitation, sourceUrl
 * - metrics, numbered from 1: metric1_label, metric1_value, metric1_unit, metric1_asWritten, metric1_baseline,
 *   metric1_target, metric1_period, metric1_periodStart, metric1_periodEnd, metric1_direction, metric1_indicator,
 *   metric1_assurance, then metric2_…
 * Names are matched ignoring case, spaces, underscores and hyphens ("Source URL" = sourceUrl).
 */
export type ColumnTarget = { kind: 'evidence'; key: EvidenceKey } | { kind: 'metric'; index: number; key: MetricKey }

const squash = (name: string): string => name.toLowerCase().replace(/[\s_-]+/g, '')

const evidenceByName = new Map<string, EvidenceKey>([
  ...evidenceKeys.map((key) => [squash(key), key] as const),
  ['externalid', 'externalId'],
  ['id', 'externalId'],
  ['citation', 'sourceCitation'],
  ['source', 'sourceCitation'],
  ['url', 'sourceUrl'],
])

const metricByName = new Map<string, MetricKey>([
  ...metricKeys.map((key) => [squash(key), key] as const),
  ['valuetext', 'asWritten'],
])

/** What a header cell stands for, or undefined for a column we do not know (refused: likely a typo). */
export const columnTarget = (header: string): ColumnTarget | undefined => {
  const name = squash(header)
  const evidence = evidenceByName.get(name)
  if (evidence) return { kind: 'evidence', key: evidence }
  const metric = /^metric(\d{1,3})(.+)$/.exec(name)
  const key = metric ? metricByName.get(metric[2]) : undefined
  if (metric && key) return { kind: 'metric', index: Number(metric[1]), key }
  return undefined
}

/** Columns a file must have. */
export const requiredColumns: readonly EvidenceKey[] = ['externalId', 'goal', 'title']
