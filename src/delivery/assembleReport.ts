import type { PayloadRequest, Where } from 'payload'
import type { Evidence, Goal, Media, Organisation, Quote, Recommendation, Report } from '../../payload-types.js'
import { slugs } from '../../collections/slugs.js'
import { seesOrganisationInternals } from '../access/index.js'
import { refId, refIds } from '../refs.js'
import { richTextMediaIds } from './html/richTextMedia.js'
import { deliveryFind } from './leanRead.js'
import { evidenceSelect, frameworkSelect, goalSelect, organisationSelect, quoteSelect, recommendationSelect, reportSelect } from './selects.js'
import { richText } from './toHtml.js'
import { coverageAndAlignment } from './coverageData.js'
import { deliveredSignOff, loadQuoteSignOffs, type QuoteSignOffs } from '../signoff/delivery.js'
import { loadIndicatorContext, metricIndicatorFields, noIndicatorContext, statementMediaIds, type IndicatorContext } from './indicators.js'
import type {
  AssembledEvidence,
  AssembledGoal,
  AssembledMedia,
  AssembledOrganisation,
  AssembledQuote,
  AssembledRecommendation,
  AssembledReport,
  AssembleReportInput,
} from './types.js'

const byId = <T extends { id: string }>(docs: T[]): Map<string, T> => new Map(docs.map((d) => [d.id, d]))

const published: Where = { _status: { equals: 'published' } }
const and = (...wheres: (Where | undefined)[]): Where => ({ and: wheres.filter((w): w is Where => Boolean(w)) })


export { wantsDraft } from './draft.js'

/**
 * Whether the caller may preview this report's drafts: staff, or a contributor of its organisation. Anyone
 * else asking for a preview gets the published view (not the latest versions that happen to be published).
 */
const mayPreview = (req: PayloadRequest, report: Pick<Report, 'organisation'>): boolean =>
  seesOrganisationInternals(req, report.organisation)

const media = (doc: Media | undefined): AssembledMedia | null =>
  doc
    ? {
        id: doc.id,
        alt: doc.alt,
        url: doc.url ?? null,
        filename: doc.filename ?? null,
        mimeType: doc.mimeType ?? null,
        width: doc.width ?? null,
        height: doc.height ?? null,
      }
    : null

const organisation = (doc: Organisation | undefined, mediaById: Map<string, Media>): AssembledOrganisation | null =>
  doc
    ? {
        id: doc.id,
        name: doc.name,
        slug: doc.slug ?? null,
        type: doc.type,
        identifiers: (doc.identifiers ?? []).map(({ scheme, value }) => ({ scheme, value })),
        regions: doc.regions ?? [],
        populationServed:
          doc.populationServed && (doc.populationServed.value != null || doc.populationServed.description)
            ? { value: doc.populationServed.value ?? null, description: doc.populationServed.description ?? null }
            : null,
        website: doc.website ?? null,
        logo: media(mediaById.get(refId(doc.logo) ?? '')),
      }
    : null

type SelectedEvidence = Pick<Evidence, 'id' | keyof typeof evidenceSelect>
type DeliveredReportDoc = Pick<Report, 'id' | keyof typeof reportSelect>


const evidenceItem = (doc: SelectedEvidence, mediaById: Map<string, Media>, indicators: IndicatorContext = noIndicatorContext): AssembledEvidence => ({
  id: doc.id,
  title: doc.title,
  description: doc.description ?? null,
  activityType: doc.activityType ?? null,
  assurance: doc.assurance,
  metrics: (doc.metrics ?? []).map((m) => ({
    label: m.label,
    value: m.value,
    unit: m.unit ?? null,
    valueText: m.valueText ?? null,
    baseline: m.baseline ?? null,
    target: m.target ?? null,
    period: m.period ?? null,
    direction: m.direction ?? null,
    ...metricIndicatorFields(m, indicators, mediaById, media),
  })),
  beneficiaries: doc.beneficiaries ?? null,
  area: doc.area ?? null,
  source: { citation: doc.source?.citation ?? null, url: doc.source?.url ?? null },
  attachments: (doc.attachments ?? [])
    .map((ref) => media(mediaById.get(refId(ref) ?? '')))
    .filter((m): m is AssembledMedia => m !== null),
  order: doc.order ?? null,
  status: doc._status ?? 'draft',
})

const quote = (doc: Quote, signOffs: QuoteSignOffs): AssembledQuote => ({
  id: doc.id,
  text: doc.text,
  paragraphs: doc.text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean),
  context: doc.context,
  speaker: { name: doc.speakerName ?? null, honorific: doc.speakerHonorific ?? null, role: doc.speakerRole ?? null },
  // derived from the sign-off records: the speaker approved exactly these words (src/signoff/delivery.ts)
  ...deliveredSignOff(signOffs, doc.id),
  order: doc.order ?? null,
  status: doc._status ?? 'draft',
})

const recommendation = (doc: Recommendation, goalById: Map<string, Goal>): AssembledRecommendation => ({
  id: doc.id,
  title: doc.title,
  description: doc.description ?? null,
  priority: doc.priority ?? null,
  progress: doc.status,
  owner: doc.owner ?? null,
  dueDate: doc.dueDate ?? null,
  goals: refIds(doc.goals ?? [])
    .map((id) => goalById.get(id))
    .filter((g): g is Goal => Boolean(g))
    .sort((a, b) => a.number - b.number)
    .map((g) => ({ id: g.id, number: g.number, title: g.title })),
  order: doc.order ?? null,
  status: doc._status ?? 'draft',
})

/**
 * One report with its organisation, partner, framework edition, goals with their evidence, quotes,
 * recommendations and media, read as `req.user` (access rules apply: anonymous callers get published
 * content of published reports only). A fixed set of reads in three rounds, whatever the number of items (the
 * report; organisations, frameworks, evidence, quotes, recommendations and every goal; media, indicators and
 * sign-offs when there are any): depth 0, no pagination counts, no joins, related documents by `in` — never one
 * lookup per item.
 * Returns null when the caller may not see a report with this slug (or there is none). `input.draft` is the
 * request's decision (see renderReport / wantsDraft); here only whether this caller may preview this report.
 */
export const assembleReport = async (req: PayloadRequest, input: AssembleReportInput): Promise<AssembledReport | null> => {
  const { payload } = req
  const findReport = async (draft: boolean): Promise<DeliveredReportDoc | undefined> =>
    (
      await deliveryFind(req, {
        collection: slugs.reports,
        // Without preview everyone gets the published view, staff included, so it matches what the public sees.
        where: and({ slug: { equals: input.slug } }, draft ? undefined : published),
        select: reportSelect,
        rawRichText: true,
        limit: 1,
        draft,
      })
    )[0] as DeliveredReportDoc | undefined

  // Round 1: the report (a second query only when a preview is refused).
  let draft = Boolean(input.draft)
  let report = await findReport(draft)
  if (draft && (!report || !mayPreview(req, report))) {
    draft = false
    report = await findReport(false)
  }
  if (!report) return null
  const status = draft ? undefined : published
  const common = { req, user: req.user, overrideAccess: false, depth: 0, pagination: false, draft } as const

  // Round 2: what the report points at, its children, and the goals. Reads go straight to the adapter when
  // Payload's afterRead walk would change nothing (leanRead.ts).
  const reportId = report.id
  const ofReport = (): Where => and({ report: { equals: reportId } }, status)
  // the children's access asks for a published report: decided by the one just read, without a join (knownRelation.ts)
  const known = draft ? undefined : { path: 'report', doc: report as unknown as Record<string, unknown> }
  const children = { sort: ['order', 'createdAt'], draft, known }
  const organisationIds = refIds([report.organisation, report.partner])
  const [organisations, frameworks, evidence, quotes, recommendations, everyGoal] = await Promise.all([
    deliveryFind(req, { collection: slugs.organisations, where: { id: { in: organisationIds } }, select: organisationSelect, draft }),
    // every edition (there are few): the report's own, and those its goals' mappings lead to (alignment)
    deliveryFind(req, { collection: slugs.frameworks, where: {}, select: frameworkSelect, draft }),
    deliveryFind(req, { collection: slugs.evidence, where: ofReport(), select: evidenceSelect, ...children }),
    deliveryFind(req, { collection: slugs.quotes, where: ofReport(), select: quoteSelect, ...children }),
    deliveryFind(req, { collection: slugs.recommendations, where: ofReport(), select: recommendationSelect, ...children }),
    // every goal of every edition (reference data, tens per framework): the report's, those its items cite, and the
    // mapping network coverage and alignment need, in one query without a join
    deliveryFind(req, { collection: slugs.goals, where: {}, select: goalSelect, sort: 'number', draft }),
  ])

  // Round 3: every media file in one query, the indicators and the quotes' sign-offs.
  const goalIds = new Set(
    refIds([...(report.goals ?? []), ...evidence.map((e) => e.goal), ...recommendations.flatMap((r) => r.goals ?? [])]),
  )
  const goals = everyGoal.filter((g) => goalIds.has(g.id))
  const mediaIds = refIds([
    report.coverImage,
    report.pdf,
    ...organisations.map((o) => o.logo),
    ...evidence.flatMap((e) => e.attachments ?? []),
    ...statementMediaIds(evidence),
    // rich-text uploads: their URLs come from the Media collection, never from the stored nodes
    ...richTextMediaIds(payload, [report.introduction, report.journey, report.analysis, report.body]),
  ])
  // indicators and earlier values: no query unless a metric references an indicator (src/delivery/indicators.ts)
  const [mediaDocs, indicators, signOffs] = await Promise.all([
    mediaIds.length
      ? payload.find({ ...common, collection: slugs.media, where: { id: { in: mediaIds } } }).then((r) => r.docs)
      : Promise.resolve([] as Media[]),
    loadIndicatorContext(req, { report, evidence: evidence, draft }),
    loadQuoteSignOffs(req, quotes),
  ])

  // issue 11: every goal of the edition covered or explained, and the evidence rolled up to mapped frameworks (no query)
  const { coverage, alignment } = coverageAndAlignment({ report, evidence: evidence, everyGoal, frameworks: frameworks, draft })
  const mediaById = byId(mediaDocs)
  const organisationById = byId(organisations)
  const goalById = byId(goals)
  const evidenceByGoal = new Map<string, AssembledEvidence[]>()
  for (const doc of evidence) {
    const goalId = refId(doc.goal) ?? ''
    const list = evidenceByGoal.get(goalId) ?? []
    list.push(evidenceItem(doc, mediaById, indicators))
    evidenceByGoal.set(goalId, list)
  }
  const framework = frameworks.find((f) => f.id === refId(report.framework))

  return {
    report: {
      id: report.id,
      title: report.title,
      slug: report.slug ?? null,
      period: { from: report.periodFrom ?? null, to: report.periodTo ?? null },
      publicationDate: report.publicationDate ?? null,
      summary: report.summary ?? null,
      sourceUrl: report.sourceUrl ?? null,
      status: report._status ?? 'draft',
      updatedAt: report.updatedAt,
      introduction: richText(report.introduction, mediaById),
      journey: richText(report.journey, mediaById),
      analysis: richText(report.analysis, mediaById),
      body: richText(report.body, mediaById),
    },
    organisation: organisation(organisationById.get(refId(report.organisation) ?? ''), mediaById),
    partner: organisation(organisationById.get(refId(report.partner) ?? ''), mediaById),
    framework: framework
      ? { id: framework.id, name: framework.name, edition: framework.edition, slug: framework.slug ?? null, publisher: framework.publisher ?? null }
      : null,
    goals: goals.map(
      (g): AssembledGoal => ({
        id: g.id,
        number: g.number,
        title: g.title,
        slug: g.slug ?? null,
        summary: g.summary ?? null,
        group: g.group ?? null,
        colour: g.colour ?? null,
        evidence: evidenceByGoal.get(g.id) ?? [],
      }),
    ),
    quotes: quotes.map((q) => quote(q, signOffs)),
    recommendations: recommendations.map((r) => recommendation(r, goalById)),
    media: { coverImage: media(mediaById.get(refId(report.coverImage) ?? '')), pdf: media(mediaById.get(refId(report.pdf) ?? '')) },
    coverage,
    alignment,
    draft,
  }
}
