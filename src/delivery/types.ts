import type { Evidence, Framework, Goal, Media, Organisation, Quote, Recommendation, Report } from '../../payload-types.js'
import type { AssembledAlignment, AssembledCoverage } from './coverageTypes.js'
import type { AssembledMetricIndicatorFields } from './indicatorTypes.js'

/** Lexical rich text as stored (the JSON a frontend may render itself) and as sanitized HTML. */
export type AssembledRichText = { json: NonNullable<Report['introduction']>; html: string }

export type AssembledMedia = Pick<Media, 'id' | 'alt'> & {
  url: string | null
  filename: string | null
  mimeType: string | null
  width: number | null
  height: number | null
}

export type AssembledOrganisation = Pick<Organisation, 'id' | 'name' | 'type'> & {
  slug: string | null
  identifiers: { scheme: NonNullable<Organisation['identifiers']>[number]['scheme']; value: string }[]
  regions: string[]
  populationServed: { value: number | null; description: string | null } | null
  website: string | null
  logo: AssembledMedia | null
}

export type AssembledFramework = Pick<Framework, 'id' | 'name' | 'edition'> & { slug: string | null; publisher: string | null }

type Metric = NonNullable<Evidence['metrics']>[number]
export type AssembledMetric = Pick<Metric, 'label' | 'value'> & {
  unit: string | null
  valueText: string | null
  baseline: number | null
  target: number | null
  period: string | null
  direction: Metric['direction'] | null
} & AssembledMetricIndicatorFields

export type AssembledEvidence = Pick<Evidence, 'id' | 'title' | 'assurance'> & {
  description: string | null
  activityType: Evidence['activityType'] | null
  metrics: AssembledMetric[]
  beneficiaries: string | null
  area: string | null
  source: { citation: string | null; url: string | null }
  attachments: AssembledMedia[]
  order: number | null
  status: NonNullable<Evidence['_status']>
}

export type AssembledGoal = Pick<Goal, 'id' | 'number' | 'title'> & {
  slug: string | null
  summary: string | null
  group: Goal['group'] | null
  colour: string | null
  /** Evidence of this report for this goal, in the report's order. */
  evidence: AssembledEvidence[]
}

export type AssembledQuote = Pick<Quote, 'id' | 'text' | 'context'> & {
  /** `text` split on blank lines. */
  paragraphs: string[]
  speaker: { name: string | null; honorific: string | null; role: string | null }
  /** A valid sign-off exists: the speaker approved exactly these words. */
  speakerApproved: boolean
  /** The speaker's latest decision on these words (never their email or comment). */
  signOff: { decision: 'approved' | 'declined'; at: string | null } | null
  order: number | null
  status: NonNullable<Quote['_status']>
}

export type AssembledGoalRef = Pick<Goal, 'id' | 'number' | 'title'>

export type AssembledRecommendation = Pick<Recommendation, 'id' | 'title'> & {
  description: string | null
  priority: Recommendation['priority'] | null
  progress: Recommendation['status']
  owner: string | null
  dueDate: string | null
  goals: AssembledGoalRef[]
  order: number | null
  status: NonNullable<Recommendation['_status']>
}

export type AssembledReportDocument = Pick<Report, 'id' | 'title' | 'updatedAt'> & {
  slug: string | null
  period: { from: string | null; to: string | null }
  publicationDate: string | null
  summary: string | null
  sourceUrl: string | null
  status: NonNullable<Report['_status']>
  introduction: AssembledRichText | null
  journey: AssembledRichText | null
  analysis: AssembledRichText | null
  body: AssembledRichText | null
}

/** One report with everything a frontend needs to render its page: the body of `GET /api/reports/{slug}/assembled`. */
export type AssembledReport = {
  report: AssembledReportDocument
  organisation: AssembledOrganisation | null
  partner: AssembledOrganisation | null
  framework: AssembledFramework | null
  /** The goals the report reports against (its own list and those its evidence cites), by number. */
  goals: AssembledGoal[]
  quotes: AssembledQuote[]
  recommendations: AssembledRecommendation[]
  media: { coverImage: AssembledMedia | null; pdf: AssembledMedia | null }
  /** Every goal of the edition: evidence counts, assurance mix, declared status and reason (src/delivery/coverage.ts). */
  coverage: AssembledCoverage
  /** The evidence rolled up to the goals of every framework the report's goals map to (src/delivery/alignment.ts). */
  alignment: AssembledAlignment[]
  /** True when this is the latest (draft) content shown to an authenticated previewer. */
  draft: boolean
}

export type AssembleReportInput = {
  slug: string
  /** Latest versions instead of published ones; honoured only for an authenticated user. */
  draft?: boolean
}
