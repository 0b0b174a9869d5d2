import type { AssembledEvidence, AssembledGoal, AssembledReport } from '../delivery/types.js'
import { escapeHtml as e } from '../delivery/html/escape.js'
import { safeUrl } from '../../collections/fields/richText/safeUrl.js'
import type { IndexEntry } from './contentIndex.js'
import { printStyles } from './htmlStyles.js'
import {
  metricAssurance,
  metricDetails,
  metricFigure,
  organisationLine,
  quoteContext,
  recommendationDetails,
  reportPeriod,
  sectionHeadings,
  sectionsAfterGoals,
  sectionsBeforeGoals,
  speakerName,
  assuranceLabel,
} from './present.js'

const goalAnchor = (goal: { number: number }) => `goal-${goal.number}`

const link = (url: string | null, text: string): string => {
  const href = url ? safeUrl(url) : null
  return href && /^https?:/i.test(href) ? `<a href="${e(href)}">${e(text)}</a>` : e(text)
}

const header = (doc: AssembledReport): string => {
  const meta = [
    organisationLine(doc),
    doc.partner ? `in partnership with ${doc.partner.name}` : null,
    doc.framework ? `${doc.framework.name} (${doc.framework.edition})` : null,
    reportPeriod(doc),
    doc.report.publicationDate ? `Published ${doc.report.publicationDate.slice(0, 10)}` : null,
  ].filter((m): m is string => Boolean(m))
  const org = doc.organisation
  const orgFacts = org
    ? [org.regions.length ? `Serves ${org.regions.join(', ')}` : null, org.populationServed?.description ?? null].filter(Boolean).join(' · ')
    : ''
  return `<header>
<h1>${e(doc.report.title)}</h1>
${meta.map((m) => `<p class="meta">${e(m)}</p>`).join('\n')}
${orgFacts ? `<p class="meta">${e(orgFacts)}</p>` : ''}
${doc.draft ? '<p class="meta"><strong>Draft preview: not published.</strong></p>' : ''}
${doc.report.summary ? `<p>${e(doc.report.summary)}</p>` : ''}
</header>`
}

const contents = (index: IndexEntry[]): string =>
  index.length
    ? `<nav class="index" aria-labelledby="contents"><h2 id="contents">Goals</h2><ol>${index
        .map((g) =>
          g.evidenceCount
            ? `<li value="${g.number}"><a href="#${goalAnchor(g)}">${e(g.title)}</a> — ${g.evidenceCount} evidence item${g.evidenceCount > 1 ? 's' : ''}</li>`
            : `<li value="${g.number}">${e(g.title)} — <span class="reason">${e(g.reason ?? '')}</span></li>`,
        )
        .join('')}</ol></nav>`
    : ''

const quotes = (doc: AssembledReport): string =>
  doc.quotes.length
    ? `<section aria-labelledby="quotes"><h2 id="quotes">Forewords and statements</h2>${doc.quotes
        .map(
          (q) => `<figure><blockquote>${q.paragraphs.map((p) => `<p>${e(p)}</p>`).join('')}</blockquote>
<figcaption>— <cite>${e(speakerName(q))}</cite>${q.speaker.role ? `, ${e(q.speaker.role)}` : ''} (${e(quoteContext(q))})</figcaption></figure>`,
        )
        .join('\n')}</section>`
    : ''

const section = (doc: AssembledReport, name: keyof typeof sectionHeadings): string => {
  const content = doc.report[name]
  // the assembled HTML is built from an allowlist (src/delivery/html): fixed tags, escaped text, safe URLs
  return content?.html ? `<section aria-labelledby="${name}"><h2 id="${name}">${e(sectionHeadings[name])}</h2>${content.html}</section>` : ''
}

const evidenceItem = (item: AssembledEvidence): string => {
  const metrics = item.metrics.length
    ? `<dl class="metrics">${item.metrics
        .map((m) => {
          const details = metricDetails(m)
          return `<dt>${e(m.label)}</dt><dd>${e(metricFigure(m))} <span class="assurance">${e(metricAssurance(m, item))}</span>${details ? `<br><span class="details">${e(details)}</span>` : ''}</dd>`
        })
        .join('')}</dl>`
    : ''
  const facts = [item.beneficiaries ? `Beneficiaries: ${item.beneficiaries}` : null, item.area ? `Area: ${item.area}` : null].filter(Boolean)
  return `<article class="evidence"><h3>${e(item.title)} <span class="assurance">${e(assuranceLabel(item.assurance))}</span></h3>
${item.description ? `<p>${e(item.description)}</p>` : ''}${metrics}
${facts.length ? `<p class="details">${e(facts.join(' · '))}</p>` : ''}
${item.source.citation || item.source.url ? `<p class="details">Source: ${link(item.source.url, item.source.citation ?? item.source.url ?? '')}</p>` : ''}</article>`
}

const goal = (g: AssembledGoal): string =>
  `<section class="goal" aria-labelledby="${goalAnchor(g)}"><h2 id="${goalAnchor(g)}">Goal ${g.number}: ${e(g.title)}</h2>
${g.summary ? `<p class="details">${e(g.summary)}</p>` : ''}${g.evidence.length ? g.evidence.map(evidenceItem).join('\n') : '<p class="details">No evidence in this report.</p>'}</section>`

const recommendations = (doc: AssembledReport): string =>
  doc.recommendations.length
    ? `<section aria-labelledby="recommendations"><h2 id="recommendations">Recommendations</h2><ol>${doc.recommendations
        .map((r) => `<li><strong>${e(r.title)}</strong>${r.description ? `<p>${e(r.description)}</p>` : ''}<p class="details">${e(recommendationDetails(r))}</p></li>`)
        .join('')}</ol></section>`
    : ''

/**
 * A standalone, print-friendly page of the report: its stylesheet inline, no script, no external resource.
 * Every value is escaped; rich-text sections are the allowlisted HTML the assembled report already carries.
 */
export const reportToHtml = (doc: AssembledReport, index: IndexEntry[]): string => `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(doc.report.title)}${doc.organisation ? ` — ${e(doc.organisation.name)}` : ''}</title>
<style>${printStyles}</style>
</head>
<body>
<main>
${header(doc)}
${contents(index)}
${quotes(doc)}
${sectionsBeforeGoals.map((s) => section(doc, s)).join('\n')}
${doc.goals.map(goal).join('\n')}
${sectionsAfterGoals.map((s) => section(doc, s)).join('\n')}
${recommendations(doc)}
</main>
</body>
</html>
`
