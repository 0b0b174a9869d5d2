import { describe, expect, test } from '@jest/globals'
import { importSummaryText, rowsText } from '../../src/import/summaryText.js'

/** The sentence the CLI and the admin's Import evidence panel both print after an import (or a dry run). */
const counts = (rows: number, created: number, updated: number, unchanged: number, dryRun = false) => ({ rows, created, updated, unchanged, dryRun })

describe('rowsText', () => {
  test('one row, any other number of rows', () => {
    expect([0, 1, 2, 1200].map(rowsText)).toEqual(['0 rows', '1 row', '2 rows', '1200 rows'])
  })
})

describe('importSummaryText', () => {
  test('new items: the counts and that they are drafts in the workflow', () => {
    expect(importSummaryText(counts(3, 3, 0, 0))).toBe('Imported 3 rows: 3 new, 0 updated, 0 unchanged. New items are drafts in the workflow.')
    expect(importSummaryText(counts(1, 1, 0, 0))).toBe('Imported 1 row: 1 new, 0 updated, 0 unchanged. New items are drafts in the workflow.')
  })

  test('nothing created: no word about drafts', () => {
    expect(importSummaryText(counts(1, 0, 0, 1))).toBe('Imported 1 row: 0 new, 0 updated, 1 unchanged.')
    expect(importSummaryText(counts(2, 0, 2, 0))).toBe('Imported 2 rows: 0 new, 2 updated, 0 unchanged.')
  })

  test('a dry run says what an import would do and that nothing was written', () => {
    expect(importSummaryText(counts(2, 2, 0, 0, true))).toBe(
      'Checked 2 rows (dry run, nothing written): 2 would be new, 0 updated, 0 unchanged. New items would be drafts in the workflow.',
    )
    expect(importSummaryText(counts(1, 0, 1, 0, true))).toBe('Checked 1 row (dry run, nothing written): 0 would be new, 1 updated, 0 unchanged.')
  })

  test('which report and how long, after the row count (the CLI)', () => {
    const place = { report: { title: 'A report', slug: 'a-report' }, seconds: '2.5' }
    expect(importSummaryText(counts(1, 0, 0, 1), place)).toBe('Imported 1 row into "A report" (a-report) in 2.5 s: 0 new, 0 updated, 1 unchanged.')
    expect(importSummaryText(counts(4, 1, 1, 2, true), place)).toBe(
      'Checked 4 rows for "A report" (a-report) in 2.5 s (dry run, nothing written): 1 would be new, 1 updated, 2 unchanged. New items would be drafts in the workflow.',
    )
    expect(importSummaryText(counts(2, 2, 0, 0), { seconds: '0.4' })).toBe('Imported 2 rows in 0.4 s: 2 new, 0 updated, 0 unchanged. New items are drafts in the workflow.')
  })
})
