import { sanitizeHtml } from './sanitizeHtml.js'
import type { SiteEvidence, SiteGoal, SiteMetric, SiteQuote, SiteRecommendation, SiteReport, SiteReportSummary } from './cms.js'

/** Escapes text for HTML element content and double-quoted attribute values. */
export const escapeHtml = (value: unknown): string =>
  String(value ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c)

/** An `http(s):` URL or nothing: other schemes (javascript:, data:) never become links. */
const safeUrl = (value: string | null | undefined): string | null => {
  if (!value) return null
  try {
    const url = new URL(value)
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null
  } catch {
    return null
  }
}

const link = (href: string | null | undefined, text: string): string => {
  const url = safeUrl(href)
  return url ? `<a href="${escapeHtml(url)}">${escapeHtml(text)}</a>` : escapeHtml(text)
}

const identifierLabels: Record<string, string> = {
  'nhs-ods': 'NHS ODS code',
  'companies-house': 'Companies House number',
  'charity-number': 'Registered charity number',
}

const date = (iso: string | null | undefined): string | null => {
  if (!iso) return null
  const d = new Date(iso)
  return Number.isNaN(d.getTime()) ? null : d.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
}

const time = (iso: string | null | undefined): string => {
  const text = date(iso)
  return text && iso ? `<time datetime="${escapeHtml(iso.slice(0, 10))}">${escapeHtml(text)}</time>` : ''
}

const styles = `
  :root { color-scheme: light dark; --accent: #005eb8; }
  body { font: 1.05rem/1.6 system-ui, sans-serif; margin: 0 auto; max-width: 46rem; padding: 1rem 1.25rem 4rem; }
  a { color: var(--accent); } a:focus-visible { outline: 3px solid #ffb81c; outline-offset: 2px; }
  .skip { position: absolute; left: -999px; } .skip:focus { left: 1rem; top: 1rem; background: Canvas; padding: .5rem; }
  blockquote { margin: 0; padding-left: 1rem; border-left: 4px solid var(--accent); }
  figure { margin: 1.5rem 0; } figcaption { font-style: normal; margin-top: .5rem; }
  dl.metrics { display: grid; grid-template-columns: auto 1fr; gap: .25rem 1rem; } dl.metrics dt { font-weight: 600; }
  .meta { color: GrayText; }
`

const page = (title: string, main: string, breadcrumb = ''): string => `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${styles}</style>
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header><nav aria-label="Breadcrumb"><a href="/">Impact reports</a>${breadcrumb}</nav></header>
<main id="main">
${main}
</main>
</body>
</html>
`

const metric = (m: SiteMetric): string => {
  const value = m.valueText ?? `${m.value}${m.unit ? ` ${m.unit}` : ''}`
  const extra = [
    m.baseline != null ? `baseline ${m.baseline}` : '',
    m.target != null ? `target ${m.target}` : '',
    m.period ? m.period : '',
  ].filter(Boolean)
  return `<dt>${escapeHtml(m.label)}</dt><dd>${escapeHtml(value)}${extra.length ? ` <span class="meta">(${escapeHtml(extra.join(', '))})</span>` : ''}</dd>`
}

const evidence = (e: SiteEvidence): string => `<article class="evidence">
<h4>${escapeHtml(e.title)}</h4>
${e.description ? `<p>${escapeHtml(e.description)}</p>` : ''}
${e.beneficiaries ? `<p><strong>Who benefits:</strong> ${escapeHtml(e.beneficiaries)}</p>` : ''}
${e.area ? `<p><strong>Where:</strong> ${escapeHtml(e.area)}</p>` : ''}
${e.metrics.length ? `<dl class="metrics">${e.metrics.map(metric).join('')}</dl>` : ''}
<p class="meta">Assurance: ${escapeHtml(e.assurance)}${e.source.citation || e.source.url ? ` · Source: ${link(e.source.url, e.source.citation ?? e.source.url ?? '')}` : ''}</p>
</article>`

const goal = (g: SiteGoal): string => {
  // typed as a number, but the page must not rely on another service's types for its safety
  const number = escapeHtml(g.number)
  return `<section class="goal" aria-labelledby="goal-${number}">
<h3 id="goal-${number}">Goal ${number}: ${escapeHtml(g.title)}</h3>
${g.summary ? `<p>${escapeHtml(g.summary)}</p>` : ''}
${g.evidence.length ? g.evidence.map(evidence).join('\n') : '<p class="meta">No evidence reported against this goal.</p>'}
</section>`
}

const speakerLine = (q: SiteQuote): string => {
  const name = [q.speaker.honorific, q.speaker.name].filter(Boolean).join(' ')
  return `<cite>${escapeHtml(name || 'Unnamed speaker')}</cite>${q.speaker.role ? `, ${escapeHtml(q.speaker.role)}` : ''}`
}

const quote = (q: SiteQuote): string => `<figure class="quote">
<blockquote>${q.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('')}</blockquote>
<figcaption>— ${speakerLine(q)}</figcaption>
</figure>`

const recommendation = (r: SiteRecommendation): string => `<li>
<h3>${escapeHtml(r.title)}</h3>
${r.description ? `<p>${escapeHtml(r.description)}</p>` : ''}
<p class="meta">Status: ${escapeHtml(r.progress)}${r.priority ? ` · Priority: ${escapeHtml(r.priority)}` : ''}${
  r.goals.length ? ` · Goals: ${r.goals.map((g) => escapeHtml(`${g.number} ${g.title}`)).join('; ')}` : ''
}</p>
</li>`

/**
 * A section's HTML as the CMS delivers it. The CMS sanitizes it already; the site still re-reads it through its own
 * allowlist (sanitizeHtml), so a compromised or older CMS cannot put script on the page. Everything else on the
 * page is plain text and escaped here.
 */
const richSection = (id: string, heading: string, html: { html: string } | null): string => {
  const safe = html?.html ? sanitizeHtml(html.html) : ''
  return safe ? `<section aria-labelledby="${id}"><h2 id="${id}">${escapeHtml(heading)}</h2>\n${safe}\n</section>` : ''
}

export const reportPage = (doc: SiteReport): string => {
  const { report, organisation } = doc
  const identifiers = organisation?.identifiers ?? []
  const period = [date(report.period.from), date(report.period.to)].filter(Boolean).join(' to ')
  const main = `<article>
<header>
<h1>${escapeHtml(report.title)}</h1>
${organisation ? `<p class="organisation">${link(organisation.website, organisation.name)}${identifiers
    .map((i) => ` <span class="identifier">(${escapeHtml(identifierLabels[i.scheme] ?? i.scheme)}: <span translate="no">${escapeHtml(i.value)}</span>)</span>`)
    .join('')}</p>` : ''}
${doc.partner ? `<p class="meta">In partnership with ${escapeHtml(doc.partner.name)}</p>` : ''}
${doc.framework ? `<p class="meta">Measured against ${escapeHtml(doc.framework.name)} (${escapeHtml(doc.framework.edition)})</p>` : ''}
${report.publicationDate ? `<p class="meta">Published ${time(report.publicationDate)}</p>` : ''}
${period ? `<p class="meta">Period: ${escapeHtml(period)}</p>` : ''}
</header>
${report.summary ? `<section aria-labelledby="summary"><h2 id="summary">Summary</h2><p>${escapeHtml(report.summary)}</p></section>` : ''}
${doc.quotes.length ? `<section aria-labelledby="voices"><h2 id="voices">In their words</h2>\n${doc.quotes.map(quote).join('\n')}\n</section>` : ''}
${richSection('introduction', 'Introduction', report.introduction)}
${richSection('journey', 'Journey to the goals', report.journey)}
${richSection('analysis', 'Analysis', report.analysis)}
${richSection('more', 'More from the report', report.body)}
${doc.goals.length ? `<section aria-labelledby="goals"><h2 id="goals">Goals and evidence</h2>\n${doc.goals.map(goal).join('\n')}\n</section>` : ''}
${doc.recommendations.length ? `<section aria-labelledby="recommendations"><h2 id="recommendations">Recommendations</h2>\n<ol>${doc.recommendations.map(recommendation).join('\n')}</ol>\n</section>` : ''}
${safeUrl(report.sourceUrl) ? `<p class="meta">${link(report.sourceUrl, 'Read the original report')}</p>` : ''}
</article>`
  return page(`${report.title} — ${organisation?.name ?? 'Impact report'}`, main, ` › <span aria-current="page">${escapeHtml(report.title)}</span>`)
}

export const indexPage = (reports: SiteReportSummary[]): string => {
  const items = reports
    .filter((r) => r.slug)
    .map(
      (r) => `<li>
<h2><a href="/reports/${encodeURIComponent(r.slug ?? '')}">${escapeHtml(r.title)}</a></h2>
<p class="meta">${escapeHtml(r.organisation?.name ?? '')}${r.framework ? ` · ${escapeHtml(`${r.framework.name} (${r.framework.edition})`)}` : ''}${
        r.publicationDate ? ` · ${time(r.publicationDate)}` : ''
      }</p>
${r.summary ? `<p>${escapeHtml(r.summary)}</p>` : ''}
</li>`,
    )
  const main = `<h1>Impact reports</h1>
${items.length ? `<ul class="reports">${items.join('\n')}</ul>` : '<p>No reports have been published yet.</p>'}`
  return page('Impact reports', main)
}

export const messagePage = (title: string, message: string): string =>
  page(title, `<h1>${escapeHtml(title)}</h1><p>${escapeHtml(message)}</p>`)
