import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { createWorkflowWorld, transition, type WorkflowWorld } from '../../helpers/workflowFixtures.js'
import { startTestServer, type TestServer } from '../../helpers/testServer.js'

/** What waits on whom, across collections, over REST and GraphQL. */
let server: TestServer
let world: WorkflowWorld
const ids: Record<string, string> = {}

beforeAll(async () => {
  server = await startTestServer({ seed: false, demoUsers: false })
  world = await createWorkflowWorld(server)
  const author = world.author.id
  const report = await world.report({ title: 'Queue report', workflow: { stage: 'in_review', submittedBy: author } })
  const otherReport = await world.report({ title: 'Other org report', organisation: world.orgB.id })
  ids.report = report.id
  ids.evidenceInReview = (await world.evidence(report.id, { title: 'Evidence in review', workflow: { stage: 'in_review', submittedBy: author } })).id
  ids.evidenceApproved = (await world.evidence(report.id, { title: 'Evidence approved', workflow: { stage: 'approved', submittedBy: author } })).id
  ids.ownChanges = (await world.evidence(report.id, { title: 'Own changes requested', workflow: { stage: 'changes_requested', submittedBy: author } })).id
  ids.otherChanges = (await world.evidence(otherReport.id, { title: 'Other changes requested', workflow: { stage: 'changes_requested' } })).id
  ids.draftAssigned = (await world.evidence(report.id, { title: 'Draft assigned to reviewer2', workflow: { stage: 'draft', assignee: world.users.reviewer2.id } })).id
  ids.quote = (await world.quote(report.id, { workflow: { stage: 'in_review', submittedBy: author } })).id
})
afterAll(async () => {
  await server?.close()
})

type Item = { collection: string; id: string; reason: string; stage: string; transitions: string[]; title: string }
const queueOf = async (token?: string) => server.request('/api/workflow/queue', { token })
const idsOf = (docs: Item[]) => docs.map((d) => d.id).sort()

describe('the review queue', () => {
  test('a reviewer sees everything in review across collections, with what they can do', async () => {
    const { status, body } = await queueOf(world.users.reviewer.token)
    expect(status).toBe(200)
    expect(idsOf(body.docs)).toEqual([ids.report, ids.evidenceInReview, ids.quote].sort())
    const evidence = body.docs.find((d: Item) => d.id === ids.evidenceInReview)
    expect(evidence).toMatchObject({ collection: 'evidence', stage: 'in_review', reason: 'stage', title: 'Evidence in review' })
    expect(evidence.transitions).toEqual(['request-changes', 'approve'])
  })

  test('an editor also sees approved items waiting to be published', async () => {
    const { body } = await queueOf(world.users.editor.token)
    expect(idsOf(body.docs)).toEqual([ids.report, ids.evidenceInReview, ids.evidenceApproved, ids.quote].sort())
    expect(body.docs.find((d: Item) => d.id === ids.evidenceApproved).transitions).toEqual(['publish', 'withdraw'])
  })

  test('a contributor sees changes requested on their own organisation only', async () => {
    const { body } = await queueOf(world.users.contributorOwn.token)
    expect(idsOf(body.docs)).toEqual([ids.ownChanges])
    const other = await queueOf(world.users.contributorOther.token)
    expect(idsOf(other.body.docs)).toEqual([ids.otherChanges])
  })

  test('assigned items wait on their assignee whatever the stage', async () => {
    const { body } = await queueOf(world.users.reviewer2.token)
    expect(body.docs.find((d: Item) => d.id === ids.draftAssigned)).toMatchObject({ reason: 'assigned', stage: 'draft', transitions: [] })
    // assigning through a transition puts it in that reviewer's queue
    const item = await world.evidence(ids.report, { workflow: { stage: 'draft' } })
    await transition(server, world.users.contributorOwn.token, 'evidence', item.id, 'submit', { assignee: world.users.reviewer2.id })
    const after = await queueOf(world.users.reviewer2.token)
    expect(after.body.docs.find((d: Item) => d.id === item.id)).toMatchObject({ reason: 'assigned', stage: 'in_review' })
  })

  test('GraphQL workflowQueue lists the same items', async () => {
    const rest = await queueOf(world.users.editor.token)
    const graphql = await server.graphql(
      `{ workflowQueue { totalDocs docs { collection id title stage reason transitions } } }`,
      {},
      world.users.editor.token,
    )
    expect(graphql.body.errors).toBeUndefined()
    expect(idsOf(graphql.body.data.workflowQueue.docs)).toEqual(idsOf(rest.body.docs))
    const approved = graphql.body.data.workflowQueue.docs.find((d: Item) => d.id === ids.evidenceApproved)
    expect(approved).toMatchObject({ collection: 'evidence', stage: 'approved', transitions: ['publish', 'withdraw'] })
  })

  test('anonymous callers get 401, over REST and GraphQL', async () => {
    expect((await queueOf()).status).toBe(401)
    const graphql = await server.graphql(`{ workflowQueue { totalDocs } }`)
    expect(graphql.body.errors[0].extensions.statusCode).toBe(401)
  })
})
