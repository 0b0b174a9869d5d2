import type { PayloadRequest, Where } from 'payload'
import type { Framework, Organisation } from '../../payload-types.js'
import { slugs } from '../../collections/slugs.js'
import { wantsDraft } from './draft.js'
import { refId, refIds } from '../refs.js'

export type ReportListInput = {
  /** Organisation slug. */
  organisation?: string | null
  /** Framework edition slug. */
  framework?: string | null
  /** Goal slug (reports that report against that goal). */
  goal?: string | null
  limit?: number | null
  page?: number | null
  draft?: boolean | null
}

export type ReportListItem = {
  id: string
  title: string
  slug: string | null
  summary: string | null
  publicationDate: string | null
  organisation: { id: string; name: string; slug: string | null } | null
  framework: { id: string; name: string; edition: string; slug: string | null } | null
}

export type ReportList = {
  docs: ReportListItem[]
  totalDocs: number
  page: number
  totalPages: number
  hasNextPage: boolean
}

/** A page of reports as the caller may see them (published only unless previewing), newest first; three queries at most. */
export const listReports = async (req: PayloadRequest, input: ReportListInput): Promise<ReportList> => {
  const { payload } = req
  const draft = wantsDraft(req, input.draft ?? false)
  const filters: Where[] = draft ? [] : [{ _status: { equals: 'published' } }]
  if (input.organisation) filters.push({ 'organisation.slug': { equals: input.organisation } })
  if (input.framework) filters.push({ 'framework.slug': { equals: input.framework } })
  if (input.goal) filters.push({ 'goals.slug': { equals: input.goal } })
  const limit = Math.min(Math.max(input.limit ?? 20, 1), 100)
  const page = Math.max(input.page ?? 1, 1)
  const common = { req, user: req.user, overrideAccess: false, depth: 0, draft } as const

  const reports = await payload.find({
    ...common,
    collection: slugs.reports,
    where: { and: filters },
    joins: false,
    limit,
    page,
    sort: ['-publicationDate', 'title'],
  })
  const organisationIds = refIds(reports.docs.map((r) => r.organisation))
  const frameworkIds = refIds(reports.docs.map((r) => r.framework))
  const [organisations, frameworks] = await Promise.all([
    organisationIds.length
      ? payload.find({ ...common, collection: slugs.organisations, where: { id: { in: organisationIds } }, pagination: false }).then((r) => r.docs)
      : Promise.resolve([] as Organisation[]),
    frameworkIds.length
      ? payload.find({ ...common, collection: slugs.frameworks, where: { id: { in: frameworkIds } }, pagination: false, joins: false }).then((r) => r.docs)
      : Promise.resolve([] as Framework[]),
  ])
  const organisationById = new Map(organisations.map((o) => [o.id, o]))
  const frameworkById = new Map(frameworks.map((f) => [f.id, f]))

  return {
    docs: reports.docs.map((r) => {
      const o = organisationById.get(refId(r.organisation) ?? '')
      const f = frameworkById.get(refId(r.framework) ?? '')
      return {
        id: r.id,
        title: r.title,
        slug: r.slug ?? null,
        summary: r.summary ?? null,
        publicationDate: r.publicationDate ?? null,
        organisation: o ? { id: o.id, name: o.name, slug: o.slug ?? null } : null,
        framework: f ? { id: f.id, name: f.name, edition: f.edition, slug: f.slug ?? null } : null,
      }
    }),
    totalDocs: reports.totalDocs,
    page: reports.page ?? page,
    totalPages: reports.totalPages,
    hasNextPage: reports.hasNextPage,
  }
}
