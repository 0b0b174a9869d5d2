import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { createWorkflowWorld, transition, type WorkflowWorld } from '../helpers/workflowFixtures.js'
import { startTestServer, type TestServer } from '../helpers/testServer.js'

/**
 * Issue 8, finding 4: review comments, events and schedules of a document are internal to its organisation.
 * Staff and contributors of the item's own organisation read them through `GET /api/{collection}/{id}/workflow`
 * and GraphQL `workflowDocument`; a contributor of another organisation, one with no organisation and an
 * anonymous caller do not — even when the item is published and they may read it.
 */
let server: TestServer
let world: WorkflowWorld
let reportId: string
let evidenceId: string
let loneToken: string

const reviewNote = 'Internal review note: the baseline figure is doubtful'
const embargoNote = 'Embargoed until the board meets'

beforeAll(async () => {
  server = await startTestServer({ seed: false, demoUsers: false })
  world = await createWorkflowWorld(server)
  const { contributorOwn, reviewer, editor } = world.users
  reportId = (await world.report({ title: 'Published with history' })).id
  evidenceId = (await world.evidence(reportId, { title: 'Evidence with history' })).id
  for (const [collection, id] of [['reports', reportId], ['evidence', evidenceId]] as const) {
    expect((await transition(server, contributorOwn.token, collection, id, 'submit', { comment: 'Ready for a look' })).status).toBe(200)
    expect((await transition(server, reviewer.token, collection, id, 'approve', { comment: reviewNote })).status).toBe(200)
  }
  // publishing the report publishes its approved evidence with it
  expect((await transition(server, editor.token, 'reports', reportId, 'publish')).status).toBe(200)
  const at = new Date(Date.now() + 86_400_000).toISOString()
  const scheduled = await server.request(`/api/reports/${reportId}/workflow/schedule`, {
    body: { transition: 'unpublish', at, comment: embargoNote },
    token: editor.token,
  })
  expect(scheduled.status).toBe(201)
  await server.payload.create({
    collection: 'users',
    data: { email: 'lone-contributor@workflow.test', password: 'lone-password', role: 'contributor', organisations: [] },
  })
  loneToken = await server.login('lone-contributor@workflow.test', 'lone-password')
})
afterAll(async () => {
  await server?.close()
})

type Caller = 'contributorOwn' | 'contributorOther' | 'lone' | 'reviewer' | 'editor' | 'admin'
const tokenOf = (caller: Caller) => (caller === 'lone' ? loneToken : world.users[caller].token)

const workflowOf = (collection: string, id: string, caller: Caller) => server.request(`/api/${collection}/${id}/workflow`, { token: tokenOf(caller) })

describe('GET /api/{collection}/{id}/workflow', () => {
  test('contributors of another organisation, or of none, read the stage of a published item but no comments', async () => {
    for (const caller of ['contributorOther', 'lone'] as const) {
      for (const [collection, id] of [['reports', reportId], ['evidence', evidenceId]]) {
        // they may read the published item itself
        expect((await server.request(`/api/${collection}/${id}`, { token: tokenOf(caller) })).status).toBe(200)
        const response = await workflowOf(collection, id, caller)
        expect(response.status).toBe(200)
        expect(response.body.state.stage).toBe('published')
        expect(response.body.events).toEqual([])
        expect(response.body.schedules).toEqual([])
        expect(JSON.stringify(response.body)).not.toContain('Internal review note')
        expect(JSON.stringify(response.body)).not.toContain('Embargoed')
      }
    }
  })

  test("only the item's own contributors and staff read the comments and schedules; anonymous callers get 401", async () => {
    const anonymous = await server.request(`/api/reports/${reportId}/workflow`)
    expect(anonymous.status).toBe(401)
    expect(JSON.stringify(anonymous.body)).not.toContain('Internal review note')
    const other = await workflowOf('reports', reportId, 'contributorOther')
    expect(other.body.events).toEqual([])
    for (const caller of ['contributorOwn', 'reviewer', 'editor', 'admin'] as const) {
      const report = await workflowOf('reports', reportId, caller)
      expect({ caller, status: report.status }).toEqual({ caller, status: 200 })
      expect(report.body.events.map((e: { comment: string | null }) => e.comment)).toEqual(expect.arrayContaining([reviewNote, 'Ready for a look']))
      expect(report.body.schedules).toEqual([expect.objectContaining({ transition: 'unpublish', comment: embargoNote })])
      const evidence = await workflowOf('evidence', evidenceId, caller)
      expect(evidence.body.events.map((e: { comment: string | null }) => e.comment)).toContain(reviewNote)
    }
  })
})

describe('GraphQL workflowDocument', () => {
  const query = `query ($id: String!) { workflowDocument(collection: reports, id: $id) { state { stage } events { comment } schedules { comment } } }`

  test('the same answer: no comments for another organisation, comments for the own one', async () => {
    const other = await server.graphql(query, { id: reportId }, tokenOf('contributorOther'))
    expect(other.body.data.workflowDocument).toEqual({ state: { stage: 'published' }, events: [], schedules: [] })
    const lone = await server.graphql(query, { id: reportId }, loneToken)
    expect(lone.body.data.workflowDocument.events).toEqual([])
    const own = await server.graphql(query, { id: reportId }, tokenOf('contributorOwn'))
    expect(own.body.data.workflowDocument.events).toEqual(expect.arrayContaining([{ comment: reviewNote }]))
    expect(own.body.data.workflowDocument.schedules).toEqual([{ comment: embargoNote }])
  })
})
