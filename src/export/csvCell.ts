/**
 * Text a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, or a tab / carriage return that some
 * programs strip before looking) is prefixed with `'`, which Excel and LibreOffice show as plain text.
 * Numbers stay numbers: `-3` in a numeric column is a value, not a formula.
 */
const formulaStart = /^[=+\-@\t\r]/

export const neutraliseFormula = (text: string): string => (formulaStart.test(text) ? `'${text}` : text)

/** One RFC 4180 field: quoted when it holds a comma, quote, CR or LF (quotes doubled). */
export const csvField = (value: string | number | null | undefined): string => {
  if (value === null || value === undefined) return ''
  const text = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : neutraliseFormula(value)
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** Rows joined with CRLF, as RFC 4180 asks, each row ending in one. */
export const csvRows = (rows: (string | number | null | undefined)[][]): string =>
  rows.map((row) => row.map(csvField).join(',') + '\r\n').join('')
