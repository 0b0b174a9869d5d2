import type { PayloadRequest, Where } from 'payload'
import { seesEveryOrganisation } from '../../access/index.js'
import { actedForOrganisationsWhere } from '../../access/organisationPolicy.js'
import { refId, type Ref } from '../../refs.js'
import { reportChildSlugs, slugs } from '../../../collections/slugs.js'
import { waitingOnFor, type WaitingOn } from './waitingOn.js'

export type CoverageGoal = { id: string; number: null | number; title: string }
export type CoverageReport = {
  id: string
  title: string
  organisation: null | string
  /** The report's own workflow stage. */
  stage: string
  /** Its items (evidence, quotes, recommendations) per workflow stage, the report itself left out. */
  stageCounts: Record<string, number>
  /** Who must act next on the report or its items, from their stages. */
  waitingOn: WaitingOn[]
}
/** Evidence of one report for one goal: published, and everything not (yet) published. */
export type CoverageCell = { goal: string; report: string; published: number; inProgress: number }
export type CoverageMatrix = {
  framework: string
  organisation: null | string
  goals: CoverageGoal[]
  reports: CoverageReport[]
  cells: CoverageCell[]
}

export type CoverageFilter = { framework: string; organisation?: null | string }

type Row = Record<string, unknown>
const stageOf = (doc: Row): string => {
  const workflow = doc.workflow as { stage?: unknown } | null | undefined
  return typeof workflow?.stage === 'string' ? workflow.stage : 'draft'
}
const idOf = (value: unknown): null | string => refId(value as Ref | null | undefined) ?? null

/**
 * The goal-coverage matrix of one framework edition: its goals × the reports the caller may see (of one
 * organisation when asked), with evidence counts per cell, and per report the stages of its items. Read with the
 * caller's access (`overrideAccess: false`); contributors are further held to the organisations they act for,
 * so another organisation's published report never appears on their dashboard. The cells come from one query
 * over evidence (ids, report, goal and stage only), grouped here, so every database adapter answers it alike.
 */
export const coverageMatrix = async (req: PayloadRequest, filter: CoverageFilter): Promise<CoverageMatrix> => {
  const { payload } = req
  const ownScope = seesEveryOrganisation(req) ? true : actedForOrganisationsWhere(req, 'organisation')
  const empty: CoverageMatrix = { framework: filter.framework, organisation: filter.organisation ?? null, goals: [], reports: [], cells: [] }
  const reportWhere: Where[] = [{ framework: { equals: filter.framework } }]
  if (filter.organisation) reportWhere.push({ organisation: { equals: filter.organisation } })
  if (ownScope === false) return empty
  if (ownScope !== true) reportWhere.push(ownScope)

  const common = { depth: 0, pagination: false, overrideAccess: false, req } as const
  const [goals, reports] = await Promise.all([
    payload.find({ ...common, collection: slugs.goals, where: { framework: { equals: filter.framework } }, sort: 'number', select: { number: true, title: true } }),
    payload.find({
      ...common,
      collection: slugs.reports,
      draft: true,
      where: { and: reportWhere },
      sort: 'title',
      select: { title: true, organisation: true, workflow: true },
    }),
  ])
  const reportIds = reports.docs.map((r) => String(r.id))
  const children = reportIds.length
    ? await Promise.all(
        reportChildSlugs.map((collection) =>
          payload.find({
            ...common,
            collection,
            draft: true,
            where: { report: { in: reportIds } },
            select: collection === slugs.evidence ? { report: true, goal: true, workflow: true } : { report: true, workflow: true },
          }),
        ),
      )
    : []

  const stageCounts = new Map<string, Record<string, number>>(reportIds.map((id) => [id, {}]))
  const cells = new Map<string, CoverageCell>()
  reportChildSlugs.forEach((collection, index) => {
    for (const doc of (children[index]?.docs ?? []) as Row[]) {
      const report = idOf(doc.report)
      const counts = report ? stageCounts.get(report) : undefined
      if (!report || !counts) continue
      const stage = stageOf(doc)
      counts[stage] = (counts[stage] ?? 0) + 1
      const goal = collection === slugs.evidence ? idOf(doc.goal) : null
      if (!goal) continue
      const key = `${goal}:${report}`
      const cell = cells.get(key) ?? { goal, report, published: 0, inProgress: 0 }
      if (stage === 'published') cell.published += 1
      else cell.inProgress += 1
      cells.set(key, cell)
    }
  })

  return {
    ...empty,
    goals: goals.docs.map((g) => ({ id: String(g.id), number: typeof g.number === 'number' ? g.number : null, title: String(g.title ?? '') })),
    reports: reports.docs.map((r) => {
      const row = r as Row
      const counts = stageCounts.get(String(r.id)) ?? {}
      return {
        id: String(r.id),
        title: String(row.title ?? ''),
        organisation: idOf(row.organisation),
        stage: stageOf(row),
        stageCounts: counts,
        waitingOn: waitingOnFor([stageOf(row), ...Object.keys(counts)]),
      }
    }),
    cells: [...cells.values()],
  }
}
