import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { createWorkflowWorld, eventsOf, transition, type WorkflowWorld } from '../../helpers/workflowFixtures.js'
import { startTestServer, type TestServer } from '../../helpers/testServer.js'

/** The audit trail is append-only for everyone, admins included, over every API; refusals leave no trace. */
let server: TestServer
let world: WorkflowWorld
let eventId: string
let docId: string

beforeAll(async () => {
  server = await startTestServer({ seed: false, demoUsers: false })
  world = await createWorkflowWorld(server)
  const report = await world.report({ title: 'Audited report' })
  docId = (await world.evidence(report.id)).id
  const submitted = await transition(server, world.users.contributorOwn.token, 'evidence', docId, 'submit', { comment: 'First look' })
  eventId = submitted.body.event.id
})
afterAll(async () => {
  await server?.close()
})

const admin = () => world.users.admin.token

describe('workflow events', () => {
  test('nobody creates, updates or deletes events over REST, admin included', async () => {
    const create = await server.request('/api/workflow-events', {
      body: { collection: 'evidence', docId, transition: 'approve', from: 'in_review', to: 'approved' },
      token: admin(),
    })
    expect(create.status).toBe(403)
    const update = await server.request(`/api/workflow-events/${eventId}`, { method: 'PATCH', body: { comment: 'rewritten' }, token: admin() })
    expect(update.status).toBe(403)
    const remove = await server.request(`/api/workflow-events/${eventId}`, { method: 'DELETE', token: admin() })
    expect(remove.status).toBe(403)
    const bulkDelete = await server.request(`/api/workflow-events?where[docId][equals]=${docId}`, { method: 'DELETE', token: admin() })
    expect(bulkDelete.body.docs ?? []).toEqual([])
    expect(await eventsOf(server, docId)).toHaveLength(1)
  })

  test('nor over GraphQL', async () => {
    const update = await server.graphql(`mutation ($id: String!) { updateWorkflowEvent(id: $id, data: { comment: "x" }) { id } }`, { id: eventId }, admin())
    expect(update.body.errors[0].extensions.statusCode).toBe(403)
    const remove = await server.graphql(`mutation ($id: String!) { deleteWorkflowEvent(id: $id) { id } }`, { id: eventId }, admin())
    expect(remove.body.errors[0].extensions.statusCode).toBe(403)
    const create = await server.graphql(
      `mutation { createWorkflowEvent(data: { collection: "evidence", docId: "x", transition: "approve", from: "a", to: "b" }) { id } }`,
      {},
      admin(),
    )
    expect(create.body.errors[0].extensions.statusCode).toBe(403)
    expect((await eventsOf(server, docId))[0].comment).toBe('First look')
  })

  test('nor through the Local API, even with overrideAccess', async () => {
    const { payload } = server
    await expect(payload.update({ collection: 'workflow-events', id: eventId, data: { comment: 'x' } })).rejects.toMatchObject({ status: 403 })
    await expect(payload.delete({ collection: 'workflow-events', id: eventId })).rejects.toMatchObject({ status: 403 })
    await expect(
      payload.create({ collection: 'workflow-events', data: { collection: 'evidence', docId, transition: 'approve', from: 'in_review', to: 'approved' } }),
    ).rejects.toMatchObject({ status: 403 })
    expect(await eventsOf(server, docId)).toHaveLength(1)
  })

  test('a refused or illegal transition writes no event', async () => {
    const before = (await server.payload.count({ collection: 'workflow-events' })).totalDocs
    expect((await transition(server, world.users.contributorOwn.token, 'evidence', docId, 'approve')).status).toBe(403)
    expect((await transition(server, world.users.editor.token, 'evidence', docId, 'publish')).status).toBe(409)
    expect((await transition(server, world.users.reviewer.token, 'evidence', docId, 'approve', { assignee: 'no-such-user' })).status).toBe(400)
    expect((await server.payload.count({ collection: 'workflow-events' })).totalDocs).toBe(before)
  })

  test('staff read the trail; contributors and anonymous readers cannot list it', async () => {
    for (const actor of ['reviewer', 'editor', 'admin'] as const) {
      const response = await server.request(`/api/workflow-events?where[docId][equals]=${docId}`, { token: world.users[actor].token })
      expect(response.status).toBe(200)
      expect(response.body.docs[0]).toMatchObject({ transition: 'submit', from: 'draft', to: 'in_review', comment: 'First look' })
    }
    expect((await server.request('/api/workflow-events', { token: world.users.contributorOwn.token })).status).toBe(403)
    expect((await server.request('/api/workflow-events')).status).toBe(403)
  })
})
