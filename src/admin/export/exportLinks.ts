/** The admin's export choices: label, format, and whether the browser shows the file (print HTML) or saves it. */
export const exportChoices = [
  { format: 'pdf', label: 'PDF with contents', download: true },
  { format: 'html', label: 'Print page (HTML)', download: false },
  { format: 'csv', label: 'Evidence metrics (CSV)', download: true },
  { format: 'json', label: 'Assembled report (JSON)', download: true },
] as const

/**
 * The export URL of a report's latest version: `draft=true` is honoured for those who may preview the report
 * (its own contributors and staff, signed in with the admin's cookie); anyone else gets the published view.
 */
export const exportUrl = (apiRoute: string, reportsSlug: string, slug: string, format: string): string =>
  `${apiRoute}/${reportsSlug}/${encodeURIComponent(slug)}/export?format=${format}&draft=true`
