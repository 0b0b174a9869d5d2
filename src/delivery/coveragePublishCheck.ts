import type { PayloadRequest } from 'payload'
import type { PublishCheck } from '../../plugins/workflow/index.js'
import { slugs } from '../../collections/slugs.js'
import { refId, type Ref } from '../refs.js'
import { declarationsByGoal, goalStatus, type DeclarationRow } from './coverage.js'

/**
 * Goals whose evidence will be live once the report is published: evidence with a published version, and
 * evidence approved in its latest version (a report's publish takes its approved items live with it). Items
 * still in draft or review do not count: publishing the report leaves them out or is refused for them.
 */
const goalsWithLiveEvidence = async (req: PayloadRequest, reportId: string): Promise<Set<string>> => {
  const common = { req, overrideAccess: true, depth: 0, pagination: false, collection: slugs.evidence } as const
  const [live, latest] = await Promise.all([
    req.payload.find({ ...common, draft: false, where: { and: [{ report: { equals: reportId } }, { _status: { equals: 'published' } }] }, select: { goal: true } }),
    req.payload.find({ ...common, draft: true, where: { report: { equals: reportId } }, select: { goal: true, workflow: true } }),
  ])
  const approved = latest.docs.filter((doc) => doc.workflow?.stage === 'approved')
  return new Set([...live.docs, ...approved].map((doc) => refId(doc.goal)).filter((id): id is string => Boolean(id)))
}

/**
 * The goals of the report's edition that are neither covered (live evidence, or declared covered) nor explained
 * (declared not applicable, planned or not reported, with a reason), as "3. Positive destinations post-16+".
 */
export const unexplainedGoals = async (req: PayloadRequest, report: { id: string; framework?: unknown; coverage?: unknown }): Promise<string[]> => {
  const framework = refId(report.framework as Ref | null | undefined)
  if (!framework) return []
  const [goals, covered] = await Promise.all([
    req.payload.find({
      req,
      overrideAccess: true,
      depth: 0,
      pagination: false,
      collection: slugs.goals,
      where: { framework: { equals: framework } },
      sort: 'number',
      select: { number: true, title: true },
    }),
    goalsWithLiveEvidence(req, report.id),
  ])
  const declared = declarationsByGoal(report.coverage as DeclarationRow[] | null | undefined)
  return goals.docs
    .filter((goal) => goalStatus(covered.has(goal.id), declared.get(goal.id)).status === 'unexplained')
    .map((goal) => `${goal.number}. ${goal.title}`)
}

/**
 * The workflow's publish gate for reports (plugin option `beforePublish`): every goal of the edition covered or
 * explained. Runs inside the publish transaction, for REST, GraphQL, the Local API and scheduled publishing.
 */
export const coveragePublishCheck: PublishCheck = async ({ collection, doc, req }) => {
  if (collection !== slugs.reports) return undefined
  const missing = await unexplainedGoals(req, { id: String(doc.id), framework: doc.framework, coverage: doc.coverage })
  if (!missing.length) return undefined
  return [
    `Goals neither covered nor explained: ${missing.join('; ')}. Add published or approved evidence for them, or declare them on the Coverage tab (covered, not applicable, planned or not reported, with a reason).`,
  ]
}
