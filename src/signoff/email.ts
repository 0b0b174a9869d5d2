import type { Person, Quote } from '../../payload-types.js'

const escapeHtml = (value: string): string =>
  value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c)

const dateTime = (date: Date): string => date.toISOString().replace('T', ' ').slice(0, 16) + ' UTC'

/** The email a speaker receives: who asks, until when, and the link (the words themselves are on the page). */
export const signOffEmail = ({ person, quote, link, expiresAt }: { person: Person; quote: Quote; link: string; expiresAt: Date }) => {
  const greeting = `Dear ${person.name},`
  const ask =
    'You are quoted in an impact report. Before your words are published, please read them exactly as they will ' +
    'appear and approve or decline them (you can add a comment).'
  const validity = `The link works once and until ${dateTime(expiresAt)}. If you did not expect this email, you can ignore it.`
  const excerpt = quote.text.length > 160 ? `${quote.text.slice(0, 157)}…` : quote.text
  return {
    subject: 'Please approve your quote before it is published',
    text: `${greeting}\n\n${ask}\n\n“${excerpt}”\n\n${link}\n\n${validity}\n`,
    html:
      `<p>${escapeHtml(greeting)}</p><p>${escapeHtml(ask)}</p><blockquote>${escapeHtml(excerpt)}</blockquote>` +
      `<p><a href="${escapeHtml(link)}">Read and approve or decline your words</a></p><p>${escapeHtml(validity)}</p>`,
  }
}
