/** Bounds on one import, so a large or hostile file is refused with a message instead of exhausting memory. */
export const importLimits = {
  /** Rows (evidence items) per file. */
  maxRows: 50_000,
  /** Metrics per row (CSV: metric1_… to metric20_…). */
  maxMetrics: 20,
  /** Characters per cell, by kind of cell. */
  maxShortText: 500,
  maxLongText: 20_000,
  maxExternalId: 200,
} as const

/** Bytes per file for the CLI (the HTTP upload limit is MAX_UPLOAD_BYTES, answered 413 before this code runs). */
export const cliMaxBytes = (env: Record<string, string | undefined> = process.env): number => {
  const raw = env.MAX_UPLOAD_BYTES
  const value = raw ? Number(raw) : NaN
  return Number.isSafeInteger(value) && value > 0 ? value : 20 * 1024 * 1024
}
