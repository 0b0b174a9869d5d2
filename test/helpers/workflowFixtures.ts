import type { Evidence, Quote, Recommendation, Report } from '../../payload-types.js'
import { createAccounts, type AccountSpec } from './accounts.js'
import type { TestServer } from './testServer.js'
import { signOffOnRecord } from '../../src/signoff/onRecord.js'

/** Who acts in the workflow tests: one account per role, two contributors (own and other organisation). */
export type WorkflowActor = 'contributorOwn' | 'contributorOther' | 'reviewer' | 'reviewer2' | 'editor' | 'admin'
export const workflowActors: WorkflowActor[] = ['contributorOwn', 'contributorOther', 'reviewer', 'reviewer2', 'editor', 'admin']

type WorkflowStage = NonNullable<NonNullable<Evidence['workflow']>['stage']>

/** A workflow state set by a system write (no user), which the plugin accepts as given: quick test set-up. */
export type StageSetup = { stage: WorkflowStage; submittedBy?: string; assignee?: string }

let counter = 0
const next = () => ++counter

/**
 * Two organisations, a framework with a goal, and one signed-in account per actor. Content is created with the
 * Local API without a user, as a seed script would, with `_status` saying whether it is live.
 */
export const createWorkflowWorld = async (server: TestServer) => {
  const { payload } = server
  const n = next()
  const orgA = await payload.create({ collection: 'organisations', data: { name: `Workflow Org A ${n}`, type: 'nhs-trust' } })
  const orgB = await payload.create({ collection: 'organisations', data: { name: `Workflow Org B ${n}`, type: 'local-authority' } })
  const framework = await payload.create({ collection: 'frameworks', data: { name: `Workflow Goals ${n}`, edition: '1', status: 'active' } })
  const goal = await payload.create({ collection: 'goals', data: { framework: framework.id, number: 1, title: 'A goal' } })

  const roles: Record<WorkflowActor, AccountSpec> = {
    contributorOwn: { role: 'contributor', organisations: [orgA.id] },
    contributorOther: { role: 'contributor', organisations: [orgB.id] },
    reviewer: { role: 'reviewer', organisations: [] },
    reviewer2: { role: 'reviewer', organisations: [] },
    editor: { role: 'editor', organisations: [] },
    admin: { role: 'admin', organisations: [] },
  }
  const users = await createAccounts(server, roles, (actor) => `${actor.toLowerCase()}-${n}@workflow.test`, (actor) => `The ${actor}`)
  /** An author who is none of the actors: submissions by them never trip the four-eyes rule in a matrix. */
  const author = await payload.create({
    collection: 'users',
    data: { email: `author-${n}@workflow.test`, password: 'author-password', role: 'contributor', organisations: [orgA.id] },
  })

  /**
   * Reports explain their one goal by default (planned), so publishing them passes the coverage gate whatever
   * evidence a test adds; `coverage: []` leaves it unexplained.
   */
  const report = async (
    options: { title?: string; status?: 'draft' | 'published'; workflow?: StageSetup; organisation?: string; coverage?: Report['coverage'] } = {},
  ) =>
    payload.create({
      collection: 'reports',
      data: {
        title: options.title ?? `Workflow report ${next()}`,
        organisation: options.organisation ?? orgA.id,
        framework: framework.id,
        _status: options.status ?? 'draft',
        ...(options.workflow ? { workflow: options.workflow } : {}),
        coverage: options.coverage ?? [{ goal: goal.id, status: 'planned', reason: 'Test fixture: evidence to follow.' }],
      },
    }) as Promise<Report>

  const evidence = async (reportId: string, options: { title?: string; status?: 'draft' | 'published'; workflow?: StageSetup } = {}) =>
    payload.create({
      collection: 'evidence',
      data: {
        report: reportId,
        title: options.title ?? `Workflow evidence ${next()}`,
        goal: goal.id,
        assurance: 'self-reported',
        _status: options.status ?? 'draft',
        ...(options.workflow ? { workflow: options.workflow } : {}),
      },
    }) as Promise<Evidence>

  const quote = async (reportId: string, options: { status?: 'draft' | 'published'; workflow?: StageSetup } = {}) => {
    const text = `Quoted words ${next()}`
    return payload.create({
      collection: 'quotes',
      // signed off on record: these tests are about the workflow, not the sign-off link
      context: signOffOnRecord(text, 'test fixture'),
      data: {
        report: reportId,
        text,
        speakerName: 'A Speaker',
        context: 'statement',
        _status: options.status ?? 'draft',
        ...(options.workflow ? { workflow: options.workflow } : {}),
      },
    }) as Promise<Quote>
  }

  const recommendation = async (reportId: string, options: { status?: 'draft' | 'published'; workflow?: StageSetup } = {}) =>
    payload.create({
      collection: 'recommendations',
      data: {
        report: reportId,
        title: `Recommendation ${next()}`,
        status: 'proposed',
        _status: options.status ?? 'draft',
        ...(options.workflow ? { workflow: options.workflow } : {}),
      },
    }) as Promise<Recommendation>

  return { orgA, orgB, framework, goal, users, author, report, evidence, quote, recommendation }
}

export type WorkflowWorld = Awaited<ReturnType<typeof createWorkflowWorld>>

/** `POST /api/{collection}/{id}/workflow/{transition}` as a user (or anonymously without a token). */
export const transition = (
  server: TestServer,
  token: string | undefined,
  collection: string,
  id: string,
  name: string,
  body: Record<string, unknown> = {},
) => server.request(`/api/${collection}/${id}/workflow/${name}`, { method: 'POST', body, token })

export const transitionMutation = `
  mutation Transition($collection: WorkflowCollectionSlug!, $id: String!, $transition: WorkflowTransitionName!, $comment: String, $assignee: String, $excludeUnapproved: Boolean) {
    workflowTransition(collection: $collection, id: $id, transition: $transition, comment: $comment, assignee: $assignee, excludeUnapproved: $excludeUnapproved) {
      state { collection id stage previousStage status assignee submittedBy approvedBy approvedVersion }
      event { id collection docId versionId transition from to user comment createdAt }
      bundle { moved { collection id stage title } excluded { collection id stage title } }
    }
  }`

/** The GraphQL twin of `transition`; enum values use `_` for `-` (`request_changes`). */
export const graphqlTransition = (
  server: TestServer,
  token: string | undefined,
  collection: string,
  id: string,
  name: string,
  extra: { comment?: string; assignee?: string; excludeUnapproved?: boolean } = {},
) => server.graphql(transitionMutation, { collection, id, transition: name.replace(/-/g, '_'), ...extra }, token)

/** The stage of a document's latest version, read without access control. */
export const stageOf = async (server: TestServer, collection: 'reports' | 'evidence' | 'quotes' | 'recommendations', id: string) => {
  const doc = await server.payload.findByID({ collection, id, draft: true, depth: 0 })
  return doc.workflow?.stage
}

/** The published (live) version's `_status`, as anonymous readers' main-table reads see it. */
export const liveStatusOf = async (server: TestServer, collection: 'reports' | 'evidence' | 'quotes' | 'recommendations', id: string) => {
  const doc = await server.payload.findByID({ collection, id, depth: 0 })
  return doc._status
}

export const eventsOf = async (server: TestServer, docId: string) =>
  (await server.payload.find({ collection: 'workflow-events', where: { docId: { equals: docId } }, sort: 'createdAt', limit: 0, depth: 0 })).docs

/** Runs the workflow job queue (scheduled transitions, webhook deliveries) as the cron would. */
export const runWorkflowJobs = (server: TestServer) => server.payload.jobs.run({ queue: 'workflow', limit: 100 })
