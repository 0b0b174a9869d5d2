import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import type { Evidence } from '../../../payload-types.js'
import {
  createWorkflowWorld,
  eventsOf,
  liveStatusOf,
  stageOf,
  transition,
  type WorkflowWorld,
} from '../../helpers/workflowFixtures.js'
import { startTestServer, type TestServer } from '../../helpers/testServer.js'

/**
 * Attempts to publish or move stages around the workflow: plain writes over REST, GraphQL and the Local API,
 * direct edits of the workflow group, version restores, and approving one's own submission.
 */
let server: TestServer
let world: WorkflowWorld
let reportId: string

beforeAll(async () => {
  server = await startTestServer({ seed: false, demoUsers: false })
  world = await createWorkflowWorld(server)
  reportId = (await world.report({ title: 'Bypass report', status: 'published' })).id
})
afterAll(async () => {
  await server?.close()
})

const approved = () => world.evidence(reportId, { workflow: { stage: 'approved', submittedBy: world.author.id } })
const editorUser = async () => server.payload.findByID({ collection: 'users', id: world.users.editor.id })

const statusOf = (error: unknown) => (error as { status?: number }).status

describe('publishing only through the publish transition', () => {
  test.each(['?draft=true', ''])('REST PATCH%s with _status published is 403 and changes nothing', async (query) => {
    const item = await approved()
    const response = await server.request(`/api/evidence/${item.id}${query}`, {
      method: 'PATCH',
      body: { _status: 'published', title: 'Sneaked out' },
      token: world.users.editor.token,
    })
    expect(response.status).toBe(403)
    expect(response.body.errors[0].message).toMatch(/workflow\/publish/)
    expect(await liveStatusOf(server, 'evidence', item.id)).toBe('draft')
    expect(await stageOf(server, 'evidence', item.id)).toBe('approved')
  })

  test('REST create with _status published is 403 and creates nothing', async () => {
    const before = (await server.payload.count({ collection: 'evidence' })).totalDocs
    const response = await server.request('/api/evidence', {
      body: { report: reportId, title: 'Born published', goal: world.goal.id, _status: 'published' },
      token: world.users.admin.token,
    })
    expect(response.status).toBe(403)
    expect((await server.payload.count({ collection: 'evidence' })).totalDocs).toBe(before)
  })

  test('GraphQL update and create with _status published are refused with 403', async () => {
    const item = await approved()
    const update = await server.graphql(
      `mutation ($id: String!) { updateEvidence(id: $id, data: { _status: published }) { id _status } }`,
      { id: item.id },
      world.users.editor.token,
    )
    expect(update.body.errors[0].extensions.statusCode).toBe(403)
    const create = await server.graphql(
      `mutation ($report: String!, $goal: String!) { createEvidence(data: { report: $report, goal: $goal, title: "GraphQL born", assurance: self_reported, _status: published }) { id } }`,
      { report: reportId, goal: world.goal.id },
      world.users.editor.token,
    )
    expect(create.body.errors[0].extensions.statusCode).toBe(403)
    expect(await liveStatusOf(server, 'evidence', item.id)).toBe('draft')
  })

  test('the Local API on behalf of a user refuses too, with or without overrideAccess', async () => {
    const item = await approved()
    const user = await editorUser()
    for (const overrideAccess of [false, true]) {
      const attempt = server.payload.update({ collection: 'evidence', id: item.id, data: { _status: 'published' }, overrideAccess, user })
      await expect(attempt).rejects.toMatchObject({ status: 403 })
    }
    expect(await liveStatusOf(server, 'evidence', item.id)).toBe('draft')
  })

  test('a plain PATCH of live content is saved as a draft: readers keep the published version', async () => {
    const live = await world.evidence(reportId, { title: 'Live words', status: 'published' })
    const response = await server.request(`/api/evidence/${live.id}`, {
      method: 'PATCH',
      body: { title: 'Rewritten words' },
      token: world.users.editor.token,
    })
    expect(response.status).toBe(200)
    const anonymous = await server.request(`/api/evidence/${live.id}?depth=0`)
    expect(anonymous.body.title).toBe('Live words')
    expect(await stageOf(server, 'evidence', live.id)).toBe('draft')
    expect(await liveStatusOf(server, 'evidence', live.id)).toBe('published')
  })

  test('a user restores versions only as drafts: nothing goes live or comes down', async () => {
    const item = await world.evidence(reportId, { title: 'Once live', status: 'published' })
    expect((await transition(server, world.users.editor.token, 'evidence', item.id, 'unpublish')).status).toBe(200)
    const versions = await server.payload.findVersions({
      collection: 'evidence',
      where: { and: [{ parent: { equals: item.id } }, { 'version._status': { equals: 'published' } }] },
    })
    const restorePublished = await server.request(`/api/evidence/versions/${versions.docs[0].id}`, { method: 'POST', token: world.users.editor.token })
    expect(restorePublished.status).toBe(403)
    expect(await liveStatusOf(server, 'evidence', item.id)).toBe('draft')
    const restored = await server.request(`/api/evidence/versions/${versions.docs[0].id}?draft=true`, { method: 'POST', token: world.users.editor.token })
    expect(restored.status).toBe(200)
    expect(await liveStatusOf(server, 'evidence', item.id)).toBe('draft')
    expect((await server.request(`/api/evidence/${item.id}`)).status).toBe(404)
  })

  test('a system write without a user may publish (seeds) and lands in the published stage', async () => {
    const seeded: Evidence = await server.payload.create({
      collection: 'evidence',
      data: { report: reportId, title: 'Seeded', goal: world.goal.id, assurance: 'self-reported', _status: 'published' },
    })
    expect(seeded.workflow?.stage).toBe('published')
    expect((await server.request(`/api/evidence/${seeded.id}`)).status).toBe(200)
  })
})

describe('the workflow group is not writable by users', () => {
  test('REST and GraphQL edits of workflow.* are ignored', async () => {
    const item = await world.evidence(reportId, { workflow: { stage: 'in_review', submittedBy: world.author.id } })
    const rest = await server.request(`/api/evidence/${item.id}?draft=true`, {
      method: 'PATCH',
      body: { workflow: { stage: 'approved', approvedBy: world.users.editor.id, submittedBy: world.users.editor.id } },
      token: world.users.editor.token,
    })
    expect(rest.status).toBe(200)
    const graphql = await server.graphql(
      `mutation ($id: String!) { updateEvidence(id: $id, draft: true, data: { workflow: { stage: approved } }) { id } }`,
      { id: item.id },
      world.users.admin.token,
    )
    expect(graphql.body.errors).toBeUndefined()
    const stored = await server.payload.findByID({ collection: 'evidence', id: item.id, draft: true, depth: 0 })
    expect(stored.workflow).toMatchObject({ stage: 'in_review', submittedBy: world.author.id, approvedBy: null })
    expect(await eventsOf(server, item.id)).toEqual([])
  })

  test('a Local API write with a user and overrideAccess cannot set the stage either', async () => {
    const item = await world.evidence(reportId, { workflow: { stage: 'draft' } })
    await server.payload.update({ collection: 'evidence', id: item.id, draft: true, data: { workflow: { stage: 'approved' } }, user: await editorUser() })
    expect(await stageOf(server, 'evidence', item.id)).toBe('draft')
  })
})

describe('four-eyes', () => {
  test.each(['editor', 'admin'] as const)('an %s cannot approve what they submitted; another reviewer can', async (actor) => {
    const item = await world.evidence(reportId)
    expect((await transition(server, world.users[actor].token, 'evidence', item.id, 'submit')).status).toBe(200)
    const self = await transition(server, world.users[actor].token, 'evidence', item.id, 'approve')
    expect(self.status).toBe(403)
    expect(self.body.errors[0].message).toMatch(/Four-eyes/)
    expect(await stageOf(server, 'evidence', item.id)).toBe('in_review')
    expect((await transition(server, world.users.reviewer.token, 'evidence', item.id, 'approve')).status).toBe(200)
  })
})
