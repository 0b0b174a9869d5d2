import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import {
  createWorkflowWorld,
  eventsOf,
  graphqlTransition,
  stageOf,
  transition,
  type StageSetup,
  type WorkflowActor,
  type WorkflowWorld,
} from '../../helpers/workflowFixtures.js'
import { startTestServer, type TestServer } from '../../helpers/testServer.js'

/**
 * Every role × every transition, over REST and GraphQL. Each cell gets a fresh evidence item of organisation A
 * in the stage the transition starts from, submitted by an author outside the matrix (so four-eyes never
 * decides a cell). Allowed cells move the stage and write one event; refused cells are 403 and change nothing.
 */
let server: TestServer
let world: WorkflowWorld
let reportId: string

type Actor = WorkflowActor | 'anonymous'
const actors: Actor[] = ['anonymous', 'contributorOwn', 'contributorOther', 'reviewer', 'editor', 'admin']
const authors: Actor[] = ['contributorOwn', 'editor', 'admin']
const reviewers: Actor[] = ['reviewer', 'editor', 'admin']
const editors: Actor[] = ['editor', 'admin']

const transitions: { name: string; from: StageSetup['stage']; to: string; status?: 'published'; allowed: Actor[] }[] = [
  { name: 'submit', from: 'draft', to: 'in_review', allowed: authors },
  { name: 'withdraw', from: 'in_review', to: 'draft', allowed: authors },
  { name: 'request-changes', from: 'in_review', to: 'changes_requested', allowed: reviewers },
  { name: 'approve', from: 'in_review', to: 'approved', allowed: reviewers },
  { name: 'publish', from: 'approved', to: 'published', allowed: editors },
  { name: 'unpublish', from: 'published', to: 'unpublished', status: 'published', allowed: editors },
]

const cells = (['rest', 'graphql'] as const).flatMap((api) =>
  transitions.flatMap((t) => actors.map((actor) => ({ api, actor, ...t, expected: t.allowed.includes(actor) }))),
)

beforeAll(async () => {
  server = await startTestServer({ seed: false, demoUsers: false })
  world = await createWorkflowWorld(server)
  reportId = (await world.report({ title: 'Matrix report' })).id
})
afterAll(async () => {
  await server?.close()
})

const tokenOf = (actor: Actor) => (actor === 'anonymous' ? undefined : world.users[actor].token)

/** The HTTP-like status of a GraphQL answer: 200 when there are no errors. */
const graphqlStatus = (body: { errors?: { extensions?: { statusCode?: number } }[] }) =>
  body.errors?.length ? (body.errors[0].extensions?.statusCode ?? 500) : 200

describe('who may perform which transition', () => {
  test.each(cells)('$api: $actor $name → allowed: $expected', async ({ api, actor, name, from, to, status, expected }) => {
    const target = await world.evidence(reportId, { status: status ?? 'draft', workflow: { stage: from, submittedBy: world.author.id } })
    const before = (await eventsOf(server, target.id)).length
    const response =
      api === 'rest'
        ? await transition(server, tokenOf(actor), 'evidence', target.id, name)
        : await graphqlTransition(server, tokenOf(actor), 'evidence', target.id, name)
    const code = api === 'rest' ? response.status : graphqlStatus(response.body)
    const refusal = actor === 'anonymous' ? 401 : 403
    expect(code).toBe(expected ? 200 : refusal)
    expect(await stageOf(server, 'evidence', target.id)).toBe(expected ? to : from)
    expect((await eventsOf(server, target.id)).length).toBe(before + (expected ? 1 : 0))
  })

  test('contributors act on reports of their own organisation only', async () => {
    const own = await world.report({ title: 'Own report' })
    const other = await world.report({ title: 'Other report', organisation: world.orgB.id })
    expect((await transition(server, world.users.contributorOwn.token, 'reports', own.id, 'submit')).status).toBe(200)
    expect((await transition(server, world.users.contributorOwn.token, 'reports', other.id, 'submit')).status).toBe(403)
    expect((await transition(server, world.users.contributorOther.token, 'reports', other.id, 'submit')).status).toBe(200)
  })
})
