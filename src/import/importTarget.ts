import type { PayloadRequest } from 'payload'
import { slugs } from '../../collections/slugs.js'
import { actsForOrganisation, isBoundToOrganisations } from '../access/organisationPolicy.js'
import { roleOf } from '../access/user.js'
import { refId } from '../refs.js'
import { fileProblem } from './errors.js'
import type { GoalIndex } from './validateRows.js'

export type ImportTarget = {
  report: { id: string; slug: string; title: string; organisation: string; framework: string }
  goals: GoalIndex
}

/**
 * Whether this caller may import into a report of this organisation: whoever may create its evidence, i.e.
 * editors and admins, and contributors of the report's organisation (reviewers review, they do not write).
 * A call without a user is the system (the CLI without --as).
 */
export const mayImport = (req: PayloadRequest, organisation: string): boolean => {
  if (!req.user) return true
  const role = roleOf(req)
  return role === 'admin' || role === 'editor' || (isBoundToOrganisations(req) && actsForOrganisation(req, organisation))
}

/** The report (latest draft) named by the slug, checked against the caller, and the goals of its edition. */
export const loadImportTarget = async (req: PayloadRequest, slug: string): Promise<ImportTarget> => {
  const { payload } = req
  const found = await payload.find({
    collection: slugs.reports,
    where: { slug: { equals: slug } },
    draft: true,
    depth: 0,
    limit: 1,
    pagination: false,
    select: { title: true, slug: true, organisation: true, framework: true },
    req,
  })
  const doc = found.docs[0]
  if (!doc) throw fileProblem(`No report with the slug "${slug}".`, 404)
  const organisation = refId(doc.organisation) as string
  if (!mayImport(req, organisation)) {
    // someone who may not even read the report (another organisation's draft) learns nothing: as for no report
    const readable = await payload.count({ collection: slugs.reports, where: { id: { equals: doc.id } }, overrideAccess: false, user: req.user, req })
    if (readable.totalDocs === 0) throw fileProblem(`No report with the slug "${slug}".`, 404)
    throw fileProblem("You may not import evidence into this report: only editors, admins and contributors of the report's organisation may.", 403)
  }
  const framework = refId(doc.framework) as string
  const [edition, goals] = await Promise.all([
    payload.findByID({ collection: slugs.frameworks, id: framework, depth: 0, select: { name: true, edition: true }, req }),
    payload.find({
      collection: slugs.goals,
      where: { framework: { equals: framework } },
      depth: 0,
      pagination: false,
      select: { number: true, slug: true },
      req,
    }),
  ])
  const index: GoalIndex = { byNumber: new Map(), bySlug: new Map(), editionName: [edition.name, edition.edition].filter(Boolean).join(' ') }
  for (const goal of goals.docs) {
    if (typeof goal.number === 'number') index.byNumber.set(goal.number, String(goal.id))
    if (goal.slug) index.bySlug.set(String(goal.slug).toLowerCase(), String(goal.id))
  }
  return { report: { id: String(doc.id), slug: String(doc.slug), title: String(doc.title), organisation, framework }, goals: index }
}

/** Indicator IDs by slug (empty when metrics have no indicator). */
export const loadIndicators = async (req: PayloadRequest, collection: string | undefined): Promise<Map<string, string>> => {
  const indicators = new Map<string, string>()
  if (!collection) return indicators
  const found = await req.payload.find({ collection, depth: 0, pagination: false, select: { slug: true }, req } as Parameters<typeof req.payload.find>[0])
  for (const doc of found.docs as { id: string | number; slug?: unknown }[]) {
    if (typeof doc.slug === 'string') indicators.set(doc.slug.toLowerCase(), String(doc.id))
  }
  return indicators
}
