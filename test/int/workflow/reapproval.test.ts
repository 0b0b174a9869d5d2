import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { createWorkflowWorld, eventsOf, stageOf, transition, type WorkflowWorld } from '../../helpers/workflowFixtures.js'
import { startTestServer, type TestServer } from '../../helpers/testServer.js'

/**
 * Approval covers the content the reviewer saw: changing it sends the item back to review. And a published
 * item's next draft goes through review while readers keep seeing the published version.
 */
let server: TestServer
let world: WorkflowWorld
let reportId: string

beforeAll(async () => {
  server = await startTestServer({ seed: false, demoUsers: false })
  world = await createWorkflowWorld(server)
  reportId = (await world.report({ title: 'Reapproval report', status: 'published' })).id
})
afterAll(async () => {
  await server?.close()
})

/** An item taken to `approved` through the real transitions. */
const approvedItem = async () => {
  const item = await world.evidence(reportId, { title: 'Approved words' })
  expect((await transition(server, world.users.contributorOwn.token, 'evidence', item.id, 'submit')).status).toBe(200)
  expect((await transition(server, world.users.reviewer.token, 'evidence', item.id, 'approve')).status).toBe(200)
  return item
}

const patch = (id: string, body: Record<string, unknown>, token: string) =>
  server.request(`/api/evidence/${id}?draft=true`, { method: 'PATCH', body, token })

const workflowOf = async (id: string) => (await server.payload.findByID({ collection: 'evidence', id, draft: true, depth: 0 })).workflow

describe('reapproval', () => {
  test('a content change to approved content sends it back to review, clears the approval and records why', async () => {
    const item = await approvedItem()
    const response = await patch(item.id, { title: 'Changed after approval' }, world.users.contributorOwn.token)
    expect(response.status).toBe(200)
    expect(await workflowOf(item.id)).toMatchObject({
      stage: 'in_review',
      approvedBy: null,
      approvedVersion: null,
      submittedBy: world.users.contributorOwn.id,
    })
    const last = (await eventsOf(server, item.id)).at(-1)
    expect(last).toMatchObject({ transition: 'reapproval', from: 'approved', to: 'in_review', user: world.users.contributorOwn.id })
    expect((await transition(server, world.users.editor.token, 'evidence', item.id, 'publish')).status).toBe(409)
  })

  test('saving the same content again, or touching only workflow fields, keeps the approval', async () => {
    const item = await approvedItem()
    const stored = await server.payload.findByID({ collection: 'evidence', id: item.id, draft: true, depth: 0 })
    const same = await patch(item.id, { title: stored.title, goal: stored.goal, report: stored.report, metrics: stored.metrics }, world.users.editor.token)
    expect(same.status).toBe(200)
    const metadataOnly = await patch(item.id, { workflow: { assignee: world.users.editor.id } }, world.users.editor.token)
    expect(metadataOnly.status).toBe(200)
    expect(await workflowOf(item.id)).toMatchObject({ stage: 'approved', approvedBy: world.users.reviewer.id })
    expect((await eventsOf(server, item.id)).map((e) => e.transition)).toEqual(['submit', 'approve'])
  })

  test('whoever changed approved content cannot approve their own change (four-eyes)', async () => {
    const item = await approvedItem()
    await patch(item.id, { title: 'Reviewer tweak' }, world.users.editor.token)
    expect((await transition(server, world.users.editor.token, 'evidence', item.id, 'approve')).status).toBe(403)
    expect((await transition(server, world.users.reviewer.token, 'evidence', item.id, 'approve')).status).toBe(200)
  })
})

describe('the next draft of published content', () => {
  test('goes through review while anonymous REST and GraphQL keep seeing the published version', async () => {
    const { users } = world
    const item = await approvedItem()
    expect((await transition(server, users.editor.token, 'evidence', item.id, 'publish')).status).toBe(200)

    const anonymousTitle = async () => {
      const rest = await server.request(`/api/evidence/${item.id}?depth=0`)
      const graphql = await server.graphql(`query ($id: String!) { Evidence(id: $id) { title _status } }`, { id: item.id })
      expect(graphql.body.data.Evidence.title).toBe(rest.body.title)
      return rest.body.title as string
    }
    expect(await anonymousTitle()).toBe('Approved words')

    expect((await patch(item.id, { title: 'Second edition' }, users.contributorOwn.token)).status).toBe(200)
    expect(await stageOf(server, 'evidence', item.id)).toBe('draft')
    expect((await eventsOf(server, item.id)).at(-1)).toMatchObject({ transition: 'edit', from: 'published', to: 'draft' })
    expect(await anonymousTitle()).toBe('Approved words')

    expect((await transition(server, users.contributorOwn.token, 'evidence', item.id, 'submit')).status).toBe(200)
    expect(await anonymousTitle()).toBe('Approved words')
    // asking for drafts does not help an anonymous reader
    expect((await server.request(`/api/evidence/${item.id}?draft=true&depth=0`)).body.title).toBe('Approved words')
    // staff preview the draft
    const preview = await server.request(`/api/evidence/${item.id}?draft=true&depth=0`, { token: users.reviewer.token })
    expect(preview.body.title).toBe('Second edition')

    expect((await transition(server, users.reviewer.token, 'evidence', item.id, 'approve')).status).toBe(200)
    expect(await anonymousTitle()).toBe('Approved words')
    expect((await transition(server, users.editor.token, 'evidence', item.id, 'publish')).status).toBe(200)
    expect(await anonymousTitle()).toBe('Second edition')
  })

  test('can be taken down while its next draft is still in review (unpublish from a live item)', async () => {
    const { users } = world
    const item = await approvedItem()
    expect((await transition(server, users.editor.token, 'evidence', item.id, 'publish')).status).toBe(200)
    expect((await patch(item.id, { title: 'Pending rewrite' }, users.contributorOwn.token)).status).toBe(200)
    expect((await transition(server, users.contributorOwn.token, 'evidence', item.id, 'submit')).status).toBe(200)
    expect((await server.request(`/api/evidence/${item.id}?depth=0`)).status).toBe(200)

    const offered = await server.request(`/api/evidence/${item.id}/workflow`, { token: users.editor.token })
    expect(offered.body.transitions).toContain('unpublish')
    // only the roles allowed to unpublish, even from a live item
    expect((await transition(server, users.contributorOwn.token, 'evidence', item.id, 'unpublish')).status).toBe(403)
    const down = await transition(server, users.editor.token, 'evidence', item.id, 'unpublish')
    expect(down.status).toBe(200)
    expect(await stageOf(server, 'evidence', item.id)).toBe('unpublished')
    expect((await server.request(`/api/evidence/${item.id}?depth=0`)).status).toBe(404)
    // the pending rewrite is kept as the item's content, not lost
    const kept = await server.payload.findByID({ collection: 'evidence', id: item.id, draft: true, depth: 0 })
    expect(kept.title).toBe('Pending rewrite')
    // a draft that was never published cannot be "unpublished"
    const fresh = await world.evidence(reportId, { title: 'Never live' })
    expect((await transition(server, users.editor.token, 'evidence', fresh.id, 'unpublish')).status).toBe(409)
  })
})
