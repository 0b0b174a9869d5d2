/** Schemes a delivered link or media URL may have; relative addresses resolve to the page's own (http or https). */
const allowedProtocols = new Set(['http:', 'https:', 'mailto:'])

const maxUrlLength = 2048

/**
 * The URL if it is safe to put in `href`/`src`, else null: http, https, mailto, or a relative address.
 * Read the way a browser reads it, so disguises do not pass: tabs and newlines anywhere and controls or spaces at
 * either end are dropped first (`java\tscript:`, `\u0001 javascript:`), and the scheme is judged by the WHATWG URL
 * parser (case-insensitive). Other control characters refuse the URL outright.
 */
export const safeUrl = (raw: unknown): string | null => {
  if (typeof raw !== 'string') return null
  const url = raw.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '')
  if (!url || url.length > maxUrlLength || /[\u0000-\u001f\u007f]/.test(url)) return null
  try {
    // the base only settles relative addresses; an absolute URL keeps its own scheme
    return allowedProtocols.has(new URL(url, 'https://relative.invalid/').protocol) ? url : null
  } catch {
    return null
  }
}

export const safeUrlRule = 'a link must start with http://, https:// or mailto:, or be a relative address'
