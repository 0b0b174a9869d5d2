import type {
  AssembledEvidence,
  AssembledGoal,
  AssembledMetric,
  AssembledOrganisation,
  AssembledQuote,
  AssembledRecommendation,
  AssembledReport,
  AssembledReportDocument,
} from '../../src/delivery/types.js'
import type { ReportListItem } from '../../src/delivery/listReports.js'

/*
 * The CMS's GraphQL API as this site uses it: two queries and the shapes of their answers. The types are
 * picked from the CMS's own (type-only imports, erased at run time), so `tsc` notices when the API changes
 * under the site. A site in its own repository would generate them from the committed `schema.graphql`.
 */

type RichTextHtml = { html: string } | null

export type SiteMetric = Pick<AssembledMetric, 'label' | 'value' | 'unit' | 'valueText' | 'baseline' | 'target' | 'period'>
export type SiteEvidence = Pick<AssembledEvidence, 'id' | 'title' | 'description' | 'assurance' | 'beneficiaries' | 'area'> & {
  metrics: SiteMetric[]
  source: AssembledEvidence['source']
}
export type SiteGoal = Pick<AssembledGoal, 'id' | 'number' | 'title' | 'summary'> & { evidence: SiteEvidence[] }
export type SiteQuote = Pick<AssembledQuote, 'id' | 'paragraphs' | 'context' | 'speaker'>
export type SiteRecommendation = Pick<AssembledRecommendation, 'id' | 'title' | 'description' | 'priority' | 'progress'> & {
  goals: Pick<AssembledRecommendation['goals'][number], 'number' | 'title'>[]
}
export type SiteOrganisation = Pick<AssembledOrganisation, 'name' | 'identifiers' | 'website'>

export type SiteReport = {
  report: Pick<AssembledReportDocument, 'title' | 'slug' | 'summary' | 'publicationDate' | 'sourceUrl' | 'period'> & {
    introduction: RichTextHtml
    journey: RichTextHtml
    analysis: RichTextHtml
    body: RichTextHtml
  }
  organisation: SiteOrganisation | null
  partner: Pick<AssembledOrganisation, 'name'> | null
  framework: Pick<NonNullable<AssembledReport['framework']>, 'name' | 'edition'> | null
  goals: SiteGoal[]
  quotes: SiteQuote[]
  recommendations: SiteRecommendation[]
}

export type SiteReportSummary = Pick<ReportListItem, 'title' | 'slug' | 'summary' | 'publicationDate'> & {
  organisation: Pick<NonNullable<ReportListItem['organisation']>, 'name'> | null
  framework: Pick<NonNullable<ReportListItem['framework']>, 'name' | 'edition'> | null
}

const section = 'html'

export const reportQuery = `query ImpactReportPage($slug: String!) {
  impactReport(slug: $slug) {
    report { title slug summary publicationDate sourceUrl period { from to }
      introduction { ${section} } journey { ${section} } analysis { ${section} } body { ${section} } }
    organisation { name website identifiers { scheme value } }
    partner { name }
    framework { name edition }
    goals { id number title summary
      evidence { id title description assurance beneficiaries area
        metrics { label value unit valueText baseline target period }
        source { citation url } } }
    quotes { id paragraphs context speaker { name honorific role } }
    recommendations { id title description priority progress goals { number title } }
  }
}`

export const reportListQuery = `query ImpactReportIndex {
  impactReports(limit: 100) {
    docs { title slug summary publicationDate organisation { name } framework { name edition } }
    totalDocs
  }
}`

export class CmsError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'CmsError'
  }
}

type GraphQLAnswer<T> = { data?: T | null; errors?: { message: string }[] }

/** A small GraphQL client: one POST, a timeout, and errors turned into one `CmsError`. */
export const createCmsClient = (cmsUrl: string | (() => string), { timeoutMs = 5_000 }: { timeoutMs?: number } = {}) => {
  const endpointOf = () => new URL('/api/graphql', typeof cmsUrl === 'function' ? cmsUrl() : cmsUrl).href
  const query = async <T>(document: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const endpoint = endpointOf()
    let response: Response
    try {
      response = await fetch(endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ query: document, variables }),
        signal: AbortSignal.timeout(timeoutMs),
      })
    } catch (cause) {
      throw new CmsError(`CMS unreachable at ${endpoint}: ${cause instanceof Error ? cause.message : String(cause)}`)
    }
    const answer = (await response.json().catch(() => ({}))) as GraphQLAnswer<T>
    if (!response.ok || answer.errors?.length || !answer.data) {
      const detail = answer.errors?.map((e) => e.message).join('; ') ?? `HTTP ${response.status}`
      throw new CmsError(`CMS GraphQL error: ${detail}`)
    }
    return answer.data
  }
  return {
    get endpoint() {
      return endpointOf()
    },
    report: async (slug: string): Promise<SiteReport | null> =>
      (await query<{ impactReport: SiteReport | null }>(reportQuery, { slug })).impactReport,
    reports: async (): Promise<SiteReportSummary[]> =>
      (await query<{ impactReports: { docs: SiteReportSummary[] } }>(reportListQuery)).impactReports.docs,
  }
}

export type CmsClient = ReturnType<typeof createCmsClient>
