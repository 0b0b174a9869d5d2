import type { CollectionBeforeValidateHook } from 'payload'
import { parsePeriod } from '../fields/parsePeriod.js'
import { dayOf, metricRowsOf, previousRowOf } from './metricRows.js'

const stored = (day: string): string => `${day}T00:00:00.000Z`

/**
 * Each metric's typed period follows its as-written text: dates are read from the text when none are given, and
 * read again when the text changes while the dates stay as they were (they came from the old text). Dates a writer
 * sets are kept; text that cannot be read ("over the next three years") leaves the dates as they are.
 * Runs before validation, so the end-after-start check sees the dates that will be stored.
 */
export const metricPeriodsFromText: CollectionBeforeValidateHook = ({ data, originalDoc }) => {
  if (!data || !Array.isArray(data.metrics)) return data
  const rows = metricRowsOf(data)
  const previousOf = previousRowOf(rows, metricRowsOf(originalDoc))
  rows.forEach((row, index) => {
    const parsed = parsePeriod(row.period)
    if (!parsed) return
    const before = previousOf(row, index)
    const noDates = !dayOf(row.periodStart) && !dayOf(row.periodEnd)
    const textChanged = (before?.period ?? null) !== (row.period ?? null)
    const datesUntouched = before !== undefined && dayOf(before.periodStart) === dayOf(row.periodStart) && dayOf(before.periodEnd) === dayOf(row.periodEnd)
    if (noDates || (textChanged && datesUntouched)) {
      row.periodStart = stored(parsed.start)
      row.periodEnd = stored(parsed.end)
    }
  })
  return data
}
