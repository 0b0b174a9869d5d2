/**
 * The one sentence that tells a person what an evidence import did (or, for a dry run, would do), shared by the
 * CLI and the admin's Import evidence panel so both say the same thing. Pure and dependency-free: the admin
 * bundles it for the browser.
 */

/** What the sentence needs of an import's summary (the server's `ImportSummary` and the admin's copy both fit). */
export type ImportCounts = { rows: number; created: number; updated: number; unchanged: number; dryRun: boolean }

/** Where and how long, for the CLI (the admin panel already sits on the report). */
export type ImportSummaryPlace = { report?: { title: string; slug: string }; seconds?: string }

/** "1 row", "3 rows". */
export const rowsText = (rows: number): string => `${rows} ${rows === 1 ? 'row' : 'rows'}`

/**
 * "Imported 3 rows: 3 new, 0 updated, 0 unchanged. New items are drafts in the workflow." — the note on drafts
 * only when items were (or, in a dry run, would be) created.
 */
export const importSummaryText = (summary: ImportCounts, place: ImportSummaryPlace = {}): string => {
  const { rows, created, updated, unchanged, dryRun } = summary
  const subject = [
    dryRun ? 'Checked' : 'Imported',
    rowsText(rows),
    place.report && `${dryRun ? 'for' : 'into'} "${place.report.title}" (${place.report.slug})`,
    place.seconds && `in ${place.seconds} s`,
  ]
    .filter(Boolean)
    .join(' ')
  if (dryRun) {
    return (
      `${subject} (dry run, nothing written): ${created} would be new, ${updated} updated, ${unchanged} unchanged.` +
      (created > 0 ? ' New items would be drafts in the workflow.' : '')
    )
  }
  return `${subject}: ${created} new, ${updated} updated, ${unchanged} unchanged.` + (created > 0 ? ' New items are drafts in the workflow.' : '')
}
