import { fetchAllPages } from './fetchAllPages.js'

type Stage = { workflow?: { stage?: null | string } | null }
export type ComposerGoal = { id: string; number?: null | number; title: string }
export type ComposerMetric = { label?: null | string; value?: null | number; unit?: null | string; valueText?: null | string }
export type ComposerEvidence = Stage & { id: string; title: string; goal?: null | string; order?: null | number; metrics?: ComposerMetric[] | null }
export type ComposerRecommendation = Stage & { id: string; title: string; goals?: null | string[] }
export type ComposerQuote = Stage & { id: string; text: string; speakerName?: null | string }
export type ComposerData = { goals: ComposerGoal[]; evidence: ComposerEvidence[]; recommendations: ComposerRecommendation[]; quotes: ComposerQuote[] }

const select = (fields: string[]) => fields.map((f) => `select[${f}]=true`).join('&')
const byReport = (report: string) => `where[report][equals]=${encodeURIComponent(report)}&draft=true&depth=0&sort=order`

/**
 * What the composer shows, in four bounded list queries with the user's cookie (their access): the edition's
 * goals, and the report's evidence, recommendations and quotes (latest drafts, only the fields shown).
 */
export const loadComposerData = async (apiBase: string, report: string, framework: string, signal: AbortSignal): Promise<ComposerData> => {
  const [goals, evidence, recommendations, quotes] = await Promise.all([
    fetchAllPages<ComposerGoal>(`${apiBase}/goals`, `where[framework][equals]=${encodeURIComponent(framework)}&depth=0&sort=number&${select(['number', 'title'])}`, signal),
    fetchAllPages<ComposerEvidence>(`${apiBase}/evidence`, `${byReport(report)}&${select(['title', 'goal', 'order', 'metrics', 'workflow'])}`, signal),
    fetchAllPages<ComposerRecommendation>(`${apiBase}/recommendations`, `${byReport(report)}&${select(['title', 'goals', 'order', 'workflow'])}`, signal),
    fetchAllPages<ComposerQuote>(`${apiBase}/quotes`, `${byReport(report)}&${select(['text', 'speakerName', 'order', 'workflow'])}`, signal),
  ])
  return { goals, evidence, recommendations, quotes }
}

/** "People served: 1,200 people · Waiting time: 12 %": the first metrics of an item, as written when given. */
export const metricsSummary = (metrics: ComposerMetric[] | null | undefined, shown = 2): string => {
  const list = metrics ?? []
  const parts = list.slice(0, shown).map((m) => {
    const figure = m.valueText || (typeof m.value === 'number' ? `${m.value.toLocaleString('en-GB')}${m.unit ? ` ${m.unit}` : ''}` : '')
    return [m.label, figure].filter(Boolean).join(': ')
  })
  if (list.length > shown) parts.push(`+${list.length - shown} more`)
  return parts.join(' · ')
}
