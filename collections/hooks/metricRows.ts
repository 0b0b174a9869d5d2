/** One metric row as hooks see it (before the generated types know the issue-11 fields). */
export type MetricRow = {
  id?: string | null
  label?: string | null
  value?: number | null
  valueText?: string | null
  unit?: string | null
  period?: string | null
  periodStart?: string | null
  periodEnd?: string | null
  indicator?: unknown
  assurance?: {
    level?: string | null
    assurer?: string | null
    standard?: string | null
    date?: string | null
    statement?: unknown
  } | null
}

export const metricRowsOf = (doc: unknown): MetricRow[] => {
  const rows = (doc as { metrics?: unknown } | null | undefined)?.metrics
  return Array.isArray(rows) ? (rows.filter((row) => row && typeof row === 'object') as MetricRow[]) : []
}

/**
 * The stored row an incoming row replaces: the one with its id, or — for clients that send rows without ids — the
 * row at the same position, unless another incoming row claims that one by id. Undefined for a new row.
 */
export const previousRowOf = (incoming: MetricRow[], previous: MetricRow[]) => {
  const byId = new Map(previous.filter((row) => row.id).map((row) => [String(row.id), row]))
  const claimed = new Set(incoming.map((row) => (row.id ? String(row.id) : '')).filter(Boolean))
  return (row: MetricRow, index: number): MetricRow | undefined => {
    if (row.id && byId.has(String(row.id))) return byId.get(String(row.id))
    const atIndex = previous[index]
    return atIndex && !(atIndex.id && claimed.has(String(atIndex.id))) ? atIndex : undefined
  }
}

/** A date field's value as `YYYY-MM-DD` (Payload stores ISO timestamps), or null. */
export const dayOf = (value: unknown): string | null => {
  if (value === null || value === undefined || value === '') return null
  const date = value instanceof Date ? value : new Date(String(value))
  return Number.isNaN(date.getTime()) ? null : date.toISOString().slice(0, 10)
}

const textOf = (value: unknown): string | null => (value === null || value === undefined || value === '' ? null : String(value).trim() || null)

/** The parts of a row that make up the figure an assurance covers. */
export const figureOf = (row: MetricRow) => ({
  value: typeof row.value === 'number' ? row.value : row.value == null ? null : Number(row.value),
  valueText: textOf(row.valueText),
  unit: textOf(row.unit),
  period: textOf(row.period),
  periodStart: dayOf(row.periodStart),
  periodEnd: dayOf(row.periodEnd),
})

/** The names of the figure's parts that differ between two rows. */
export const changedFigureParts = (before: MetricRow, after: MetricRow): string[] => {
  const a = figureOf(before)
  const b = figureOf(after)
  return (Object.keys(a) as (keyof typeof a)[]).filter((key) => a[key] !== b[key])
}
