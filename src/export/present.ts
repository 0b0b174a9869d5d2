import type { AssembledEvidence, AssembledMetric, AssembledQuote, AssembledRecommendation, AssembledReport } from '../delivery/types.js'

/** Words shared by the HTML and PDF exports, so both say the same thing the same way. */

// one formatter: toLocaleString with options builds a new Intl formatter on every call (most of a 1,000-item PDF's time)
const numberFormat = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 })
const number = (value: number): string => numberFormat.format(value)

/** "1,200,000 people" or the figure as the report wrote it ("1.2 million"). */
export const metricFigure = (m: AssembledMetric): string => m.valueText ?? [number(m.value), m.unit].filter(Boolean).join(' ')

/** Baseline, target and period of a metric, only those it has. */
export const metricDetails = (m: AssembledMetric): string =>
  [
    m.baseline !== null ? `baseline ${number(m.baseline)}` : null,
    m.target !== null ? `target ${number(m.target)}` : null,
    m.period ? `period ${m.period}` : null,
    m.direction ? `${m.direction} is better` : null,
  ]
    .filter(Boolean)
    .join(' · ')

// evidence-level assurance, then the per-figure levels (collections/fields/metricAssurance.ts)
const assuranceLabels: Record<string, string> = {
  'self-reported': 'Self-reported',
  verified: 'Verified',
  audited: 'Audited',
  'internally-reviewed': 'Internally reviewed',
  'externally-assured-limited': 'Externally assured (limited)',
  'externally-assured-reasonable': 'Externally assured (reasonable)',
}

/** How far a figure has been checked, as a reader should see it. */
export const assuranceLabel = (value: string | null | undefined): string => (value ? (assuranceLabels[value] ?? value) : 'Not stated')

const standardLabels: Record<string, string> = { 'isae-3000': 'ISAE 3000', 'isae-3410': 'ISAE 3410', aa1000as: 'AA1000AS', other: 'other standard' }

/**
 * The assurance mark of one figure: its own assurance when the metric carries one (level, and who assured it
 * against which standard: "Verified by Grant Thornton, ISAE 3000"), else its evidence item's level.
 */
export const metricAssurance = (m: AssembledMetric, evidence: AssembledEvidence): string => {
  const own: unknown = (m as AssembledMetric & { assurance?: unknown }).assurance
  if (!own || typeof own !== 'object') return assuranceLabel(evidence.assurance)
  const field = (name: string): string | null => {
    const value: unknown = (own as Record<string, unknown>)[name]
    return typeof value === 'string' && value ? value : null
  }
  const standard = field('standard')
  const by = [field('assurer') ? `by ${field('assurer')}` : null, standard ? (standardLabels[standard] ?? standard) : null].filter(Boolean)
  return [assuranceLabel(field('level') ?? evidence.assurance), by.join(', ')].filter(Boolean).join(' ')
}

export const speakerName = (q: AssembledQuote): string => [q.speaker.honorific, q.speaker.name].filter(Boolean).join(' ')

const contextLabels: Record<string, string> = { foreword: 'Foreword', statement: 'Statement', 'case-study': 'Case study' }
export const quoteContext = (q: AssembledQuote): string => contextLabels[q.context] ?? q.context

const priorityLabels: Record<string, string> = { high: 'High priority', medium: 'Medium priority', low: 'Low priority' }
const progressLabels: Record<string, string> = { proposed: 'Proposed', accepted: 'Accepted', 'in-progress': 'In progress', done: 'Done' }

/** "High priority · Proposed · Owner: … · Due 2025-03-31 · Goals 5, 14". */
export const recommendationDetails = (r: AssembledRecommendation): string =>
  [
    r.priority ? priorityLabels[r.priority] : null,
    progressLabels[r.progress] ?? r.progress,
    r.owner ? `Owner: ${r.owner}` : null,
    r.dueDate ? `Due ${r.dueDate.slice(0, 10)}` : null,
    r.goals.length ? `Goal${r.goals.length > 1 ? 's' : ''} ${r.goals.map((g) => g.number).join(', ')}` : null,
  ]
    .filter(Boolean)
    .join(' · ')

const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })

/** "1 April 2023 – 31 March 2024", or what part of it is known. */
export const reportPeriod = (doc: AssembledReport): string | null => {
  const day = (iso: string | null) => (iso ? dateFormat.format(new Date(iso)) : null)
  const from = day(doc.report.period.from)
  const to = day(doc.report.period.to)
  return from || to ? [from, to].filter(Boolean).join(' – ') : null
}

export const organisationLine = (doc: AssembledReport): string | null => {
  const org = doc.organisation
  if (!org) return null
  const ids = org.identifiers.map((i) => `${i.scheme.toUpperCase()} ${i.value}`).join(', ')
  return ids ? `${org.name} (${ids})` : org.name
}

/** The rich-text sections in reading order, with their headings; empty ones left out. */
export const sectionsBeforeGoals = ['introduction', 'journey'] as const
export const sectionsAfterGoals = ['analysis', 'body'] as const
export const sectionHeadings: Record<(typeof sectionsBeforeGoals | typeof sectionsAfterGoals)[number], string> = {
  introduction: 'Introduction',
  journey: 'The journey to the goals',
  analysis: 'Analysis',
  body: 'Further content',
}
