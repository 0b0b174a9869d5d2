import { lexicalStateToHtml } from '../../src/delivery/html/lexicalHtml.js'
import { escapeHtml } from './html.js'
import { sanitizeHtml } from './sanitizeHtml.js'

/** The report fields a live preview shows, as the admin's form holds them (rich text as Lexical JSON). */
type DraftReport = {
  title?: unknown
  summary?: unknown
  periodFrom?: unknown
  periodTo?: unknown
  introduction?: unknown
  journey?: unknown
  analysis?: unknown
  body?: unknown
}

const sections: [keyof DraftReport, string][] = [
  ['introduction', 'Introduction'],
  ['journey', 'The journey to the goals'],
  ['analysis', 'Analysis'],
  ['body', 'Further content'],
]

const text = (value: unknown): string => (typeof value === 'string' ? value : '')
const day = (value: unknown): string | null => {
  const d = typeof value === 'string' ? new Date(value) : null
  return d && !Number.isNaN(d.getTime()) ? d.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }) : null
}

/**
 * The draft as the site would show it: title, period, summary and the rich-text sections. Text is escaped;
 * rich text goes through the CMS's allowlisted Lexical renderer and then the site's own sanitizer (the sender
 * is a signed-in editor's browser, but the site trusts no HTML it did not check). Evidence, quotes and
 * recommendations are separate documents: they show on the published page, not in the form's values.
 */
export const draftFragment = (data: DraftReport): string => {
  const period = [day(data.periodFrom), day(data.periodTo)].filter(Boolean).join(' – ')
  return `<article>
<h1 id="preview-title">${escapeHtml(text(data.title) || 'Untitled report')}</h1>
${period ? `<p class="meta">${escapeHtml(period)}</p>` : ''}
${text(data.summary) ? `<p>${escapeHtml(text(data.summary))}</p>` : ''}
${sections
  .map(([name, heading]) => {
    const html = sanitizeHtml(lexicalStateToHtml(data[name]))
    return html ? `<section><h2>${escapeHtml(heading)}</h2>${html}</section>` : ''
  })
  .join('\n')}
</article>`
}

export const isDraftReport = (value: unknown): value is DraftReport => typeof value === 'object' && value !== null && !Array.isArray(value)

/** The preview page the admin frames: empty until the admin sends the draft. */
export const previewShell = (adminOrigin: string): string => `<!doctype html>
<html lang="en-GB" data-admin-origin="${escapeHtml(adminOrigin)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Live preview</title>
<link rel="stylesheet" href="/preview/preview.css">
<script src="/preview/client.js" defer></script>
</head>
<body>
<p id="preview-status" class="meta" role="status">Waiting for the editor…</p>
<main id="preview"></main>
</body>
</html>
`

export const previewStyles = `body { font: 1.05rem/1.6 system-ui, sans-serif; margin: 0 auto; max-width: 46rem; padding: 1rem 1.25rem 4rem; }
.meta { color: GrayText; } blockquote { margin: 0; padding-left: 1rem; border-left: 4px solid #005eb8; }`

/**
 * Headers of every preview answer: never stored by the browser or any cache (it is someone's unsaved draft),
 * framed only by the admin, scripts and styles from this site only.
 */
export const previewHeaders = (adminOrigin: string): Record<string, string> => ({
  'cache-control': 'no-store',
  'content-security-policy': [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "connect-src 'self'",
    "img-src 'self' https: data:",
    `frame-ancestors ${adminOrigin}`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; '),
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
})
