import { createHash } from 'node:crypto'
import type { DecisionResult, LinkRefusal, OpenRequest } from './decide.js'

/**
 * The public sign-off page: plain server-rendered HTML, no script at all. Its only stylesheet is inline and
 * allowed by hash (see `signOffPageHeaders`), forms post to the page itself, nothing may frame it, and the
 * token in the address never leaves as a referrer.
 */

const escapeHtml = (value: string): string =>
  value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c)

const style =
  'body{font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}' +
  'blockquote{margin:1rem 0;padding:.5rem 1rem;border-left:4px solid #0b5d4b;background:#f4f7f6}' +
  'blockquote p{white-space:pre-wrap}textarea{width:100%;min-height:6rem;font:inherit}' +
  'button{font:inherit;padding:.5rem 1rem;margin:.5rem .5rem 0 0;cursor:pointer}' +
  '.approve{background:#0b5d4b;color:#fff;border:0}.decline{background:#fff;border:2px solid #8a1c1c;color:#8a1c1c}' +
  '.note{color:#555;font-size:.9rem}'

const styleHash = `'sha256-${createHash('sha256').update(style).digest('base64')}'`

/** Headers of every sign-off page answer. */
export const signOffPageHeaders: Record<string, string> = {
  'Content-Security-Policy':
    `default-src 'none'; style-src ${styleHash}; form-action 'self'; frame-ancestors 'none'; base-uri 'none'`,
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
  'X-Robots-Tag': 'noindex',
}

const layout = (title: string, body: string): string =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
  `<meta name="robots" content="noindex"><title>${escapeHtml(title)}</title><style>${style}</style></head>` +
  `<body><main>${body}</main></body></html>`

const paragraphs = (text: string): string =>
  text
    .split(/\n\s*\n/)
    .map((p) => `<p>${escapeHtml(p.trim())}</p>`)
    .join('')

export const requestPage = ({ record, quote, speakerName }: OpenRequest): string =>
  layout(
    'Approve your words',
    `<h1>Approve your words</h1>` +
      `<p>${escapeHtml(speakerName || 'Hello')}, these are your words exactly as they will be published` +
      (quote.speakerRole ? `, with your title as “${escapeHtml(quote.speakerRole)}”` : '') +
      `:</p><blockquote>${paragraphs(quote.text)}</blockquote>` +
      `<form method="post"><label for="comment">Comment (optional)</label>` +
      `<textarea id="comment" name="comment" maxlength="2000"></textarea>` +
      `<button class="approve" type="submit" name="decision" value="approve">Approve these words</button>` +
      `<button class="decline" type="submit" name="decision" value="decline">Decline</button></form>` +
      `<p class="note">This link works once${record.expiresAt ? ` and until ${escapeHtml(record.expiresAt.slice(0, 16).replace('T', ' '))} UTC` : ''}. ` +
      `If the words need changing, decline and say how in the comment.</p>`,
  )

export const decisionPage = (result: DecisionResult): string =>
  layout(
    result.decision === 'approved' ? 'Thank you: approved' : 'Thank you: declined',
    `<h1>${result.decision === 'approved' ? 'Thank you — you approved these words' : 'Thank you — you declined these words'}</h1>` +
      `<blockquote>${paragraphs(result.text)}</blockquote>` +
      `<p class="note">Recorded on ${escapeHtml(result.decidedAt.slice(0, 16).replace('T', ' '))} UTC. You can close this page.</p>`,
  )

export const refusalPage = (refusal: LinkRefusal): string =>
  layout('Sign-off link', `<h1>This link cannot be used</h1><p>${escapeHtml(refusal.message)}</p>`)

export const badDecisionPage = (message: string): string => layout('Sign-off', `<h1>Please choose</h1><p>${escapeHtml(message)}</p>`)
