/** One problem with the file or one of its cells; `row` and `column` are absent for file-level problems. */
export type ImportProblem = { message: string; row?: number; column?: string }

/** The cells of one evidence row, by field, as found in the file (strings from CSV, any JSON value from JSON). */
export type EvidenceCells = Partial<Record<EvidenceKey, unknown>>
export type MetricCells = Partial<Record<MetricKey, unknown>>

export const evidenceKeys = [
  'externalId',
  'goal',
  'title',
  'description',
  'activityType',
  'assurance',
  'beneficiaries',
  'area',
  'sourceCitation',
  'sourceUrl',
] as const
export type EvidenceKey = (typeof evidenceKeys)[number]

export const metricKeys = [
  'label',
  'value',
  'unit',
  'asWritten',
  'baseline',
  'target',
  'period',
  'periodStart',
  'periodEnd',
  'direction',
  'indicator',
  'assurance',
] as const
export type MetricKey = (typeof metricKeys)[number]

/** A row of the file before validation; `column` names a cell the way the file does (for error messages). */
export type RawRow = {
  /** Row number as the user sees it: the spreadsheet line (header = 1) for CSV, the 1-based position for JSON. */
  row: number
  cells: EvidenceCells
  metrics: MetricCells[]
  column: (key: EvidenceKey) => string
  metricColumn: (index: number, key: MetricKey) => string
}

/** A validated metric, in the collection's field names. */
export type MetricInput = {
  label: string
  value: number
  unit: string | null
  valueText: string | null
  baseline: number | null
  target: number | null
  period: string | null
  periodStart?: string | null
  periodEnd?: string | null
  direction: string | null
  indicator?: string | null
  assurance?: { level: string }
}

/** A validated evidence row, ready to write (goal resolved to its ID). */
export type EvidenceInput = {
  row: number
  externalId: string
  goal: string
  title: string
  description: string | null
  activityType: string | null
  assurance: string
  beneficiaries: string | null
  area: string | null
  source: { citation: string | null; url: string | null }
  metrics: MetricInput[]
}

export type ImportFormat = 'csv' | 'json'

/** What an import did (or, for a dry run, would do). */
export type ImportSummary = {
  report: { id: string; slug: string; title: string }
  rows: number
  created: number
  updated: number
  unchanged: number
  dryRun: boolean
}

export type ImportPhase = 'validating' | 'writing'
export type ImportProgress = { phase: ImportPhase; done: number; total: number }
export type ProgressListener = (progress: ImportProgress) => void
