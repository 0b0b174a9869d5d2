/** The formats of `GET /api/reports/{slug}/export?format=…`, with what each answers. */
export const exportFormats = {
  json: { contentType: 'application/json; charset=utf-8', extension: 'json', disposition: 'attachment' },
  // Excel reads a UTF-8 CSV as ANSI unless it starts with a byte-order mark: the body carries one
  csv: { contentType: 'text/csv; charset=utf-8; header=present', extension: 'csv', disposition: 'attachment' },
  // shown in the browser, to read or print
  html: { contentType: 'text/html; charset=utf-8', extension: 'html', disposition: 'inline' },
  pdf: { contentType: 'application/pdf', extension: 'pdf', disposition: 'attachment' },
} as const

export type ExportFormat = keyof typeof exportFormats

export const isExportFormat = (value: string | null): value is ExportFormat =>
  value !== null && Object.prototype.hasOwnProperty.call(exportFormats, value)

/** `attachment; filename="…"` with an ASCII fallback and the UTF-8 name (RFC 6266). */
export const contentDisposition = (format: ExportFormat, slug: string): string => {
  const name = `${slug}.${exportFormats[format].extension}`
  const ascii = name.replace(/[^\x20-\x7e]|["\\]/g, '_')
  return `${exportFormats[format].disposition}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`
}
