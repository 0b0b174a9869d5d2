import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import type { Evidence } from '../../payload-types.js'
import { createWorkflowWorld, stageOf, transitionMutation, type WorkflowWorld } from '../helpers/workflowFixtures.js'
import { startTestServer, type TestServer } from '../helpers/testServer.js'

/**
 * Issue 8, finding 8: two editors saving from the same version must not silently lose one change.
 * Reads carry an ETag; a write whose If-Match no longer names the stored version is refused with 412.
 */
let server: TestServer
let world: WorkflowWorld
let editor: string

beforeAll(async () => {
  server = await startTestServer({ seed: false, demoUsers: false })
  world = await createWorkflowWorld(server)
  editor = world.users.editor.token
})
afterAll(async () => {
  await server?.close()
})

const newEvidence = async (title: string): Promise<Evidence> => {
  const report = await world.report({ title: `${title} report` })
  return world.evidence(report.id, { title })
}

/** The draft read an editor's form loads, with its ETag. */
const readDraft = async (id: string) => {
  const response = await server.request(`/api/evidence/${id}?draft=true&depth=0`, { token: editor })
  expect(response.status).toBe(200)
  const etag = response.headers.get('etag')
  expect(etag).toMatch(/^"[^"]+"$/)
  return { doc: response.body as Evidence, etag: etag as string }
}

const saveTitle = (id: string, title: string, ifMatch?: string) =>
  server.request(`/api/evidence/${id}?draft=true&depth=0`, {
    method: 'PATCH',
    body: { title },
    token: editor,
    headers: ifMatch === undefined ? {} : { 'if-match': ifMatch },
  })

const storedTitle = async (id: string) => (await server.payload.findByID({ collection: 'evidence', id, draft: true, depth: 0 })).title

describe('REST', () => {
  test('GET returns an ETag, the same for the same version and a new one after a write', async () => {
    const item = await newEvidence('Tagged')
    const first = await readDraft(item.id)
    expect(first.etag).toMatch(/^"[^"]+"$/)
    expect((await readDraft(item.id)).etag).toBe(first.etag)
    const published = await server.request(`/api/evidence/${item.id}?depth=0`, { token: editor })
    expect(published.headers.get('etag')).toMatch(/^"[^"]+"$/)

    const saved = await saveTitle(item.id, 'Tagged, edited', first.etag)
    expect(saved.status).toBe(200)
    const after = await readDraft(item.id)
    expect(after.etag).not.toBe(first.etag)
    // the write answers with the tag of the version it created, ready for the next conditional write
    expect(saved.headers.get('etag')).toBe(after.etag)
  })

  test('a stale If-Match gets 412 with the current version, and nothing is written', async () => {
    const item = await newEvidence('Contested')
    const loaded = await readDraft(item.id)
    expect((await saveTitle(item.id, 'First editor', loaded.etag)).status).toBe(200)
    const current = await readDraft(item.id)

    const stale = await saveTitle(item.id, 'Second editor', loaded.etag)
    expect(stale.status).toBe(412)
    expect(stale.body.errors[0].message).toMatch(/changed since/i)
    expect(stale.body.errors[0].data).toEqual({ currentETag: current.etag, updatedAt: current.doc.updatedAt })
    expect(stale.headers.get('etag')).toBe(current.etag)
    expect(await storedTitle(item.id)).toBe('First editor')
    expect((await readDraft(item.id)).etag).toBe(current.etag)
  })

  test('a matching tag, "*" and no precondition all write', async () => {
    const item = await newEvidence('Unconditional')
    expect((await saveTitle(item.id, 'With the tag', (await readDraft(item.id)).etag)).status).toBe(200)
    expect((await saveTitle(item.id, 'With a star', '*')).status).toBe(200)
    expect((await saveTitle(item.id, 'In a list', `"not-it", ${(await readDraft(item.id)).etag}`)).status).toBe(200)
    expect((await saveTitle(item.id, 'Without a header')).status).toBe(200)
    expect(await storedTitle(item.id)).toBe('Without a header')
  })

  test('a weak tag never satisfies If-Match (strong comparison)', async () => {
    const item = await newEvidence('Weak')
    const { etag } = await readDraft(item.id)
    expect((await saveTitle(item.id, 'Weakly', `W/${etag}`)).status).toBe(412)
    expect(await storedTitle(item.id)).toBe('Weak')
  })

  test('two concurrent saves from the same version: exactly one wins, the other gets 412', async () => {
    const item = await newEvidence('Race')
    const { etag } = await readDraft(item.id)
    const results = await Promise.all([saveTitle(item.id, 'Racer one', etag), saveTitle(item.id, 'Racer two', etag)])
    expect(results.map((r) => r.status).sort()).toEqual([200, 412])
    const winner = results.find((r) => r.status === 200)!.body.doc.title
    expect(await storedTitle(item.id)).toBe(winner)
  })

  test('DELETE honours If-Match', async () => {
    const item = await newEvidence('Doomed')
    const loaded = await readDraft(item.id)
    await saveTitle(item.id, 'Doomed, edited', loaded.etag)
    const stale = await server.request(`/api/evidence/${item.id}`, { method: 'DELETE', token: editor, headers: { 'if-match': loaded.etag } })
    expect(stale.status).toBe(412)
    expect(await storedTitle(item.id)).toBe('Doomed, edited')
    const fresh = await server.request(`/api/evidence/${item.id}`, { method: 'DELETE', token: editor, headers: { 'if-match': (await readDraft(item.id)).etag } })
    expect(fresh.status).toBe(200)
    expect(await server.payload.count({ collection: 'evidence', where: { id: { equals: item.id } } })).toEqual({ totalDocs: 0 })
  })

  test('collections without drafts get the same precondition', async () => {
    const org = await server.payload.create({ collection: 'organisations', data: { name: 'Conditional Org', type: 'other' } })
    const read = await server.request(`/api/organisations/${org.id}`, { token: editor })
    const etag = read.headers.get('etag')!
    const save = (name: string) =>
      server.request(`/api/organisations/${org.id}`, { method: 'PATCH', body: { name }, token: editor, headers: { 'if-match': etag } })
    expect((await save('Conditional Org, first')).status).toBe(200)
    expect((await save('Conditional Org, second')).status).toBe(412)
    expect((await server.payload.findByID({ collection: 'organisations', id: org.id })).name).toBe('Conditional Org, first')
  })
})

describe('GraphQL', () => {
  const mutation = `mutation Save($id: String!, $title: String!) {
    updateEvidence(id: $id, data: { title: $title }, draft: true) { id title updatedAt }
  }`
  const save = (id: string, title: string, ifMatch: string) =>
    server.request('/api/graphql', { body: { query: mutation, variables: { id, title } }, token: editor, headers: { 'if-match': ifMatch } })

  test('an update mutation sent with a stale If-Match header is refused with statusCode 412', async () => {
    const item = await newEvidence('Graph')
    const loaded = await readDraft(item.id)
    const first = await save(item.id, 'Graph, first', loaded.etag)
    expect(first.body.errors).toBeUndefined()
    expect(first.body.data.updateEvidence.title).toBe('Graph, first')

    const stale = await save(item.id, 'Graph, second', loaded.etag)
    expect(stale.body.errors[0].extensions.statusCode).toBe(412)
    expect(stale.body.errors[0].extensions.data.currentETag).toBe((await readDraft(item.id)).etag)
    expect(await storedTitle(item.id)).toBe('Graph, first')
  })

  test('the tag can be formed from the id and updatedAt a GraphQL client reads', async () => {
    const item = await newEvidence('Graph tag')
    const read = await server.request('/api/graphql', {
      body: { query: `query($id: String!) { Evidence(id: $id, draft: true) { id updatedAt } }`, variables: { id: item.id } },
      token: editor,
    })
    const { id, updatedAt } = read.body.data.Evidence
    expect(`"${id}@${updatedAt}"`).toBe((await readDraft(item.id)).etag)
  })
})

describe('workflow transitions', () => {
  test('a transition with a stale If-Match gets 412 and the stage stays', async () => {
    const item = await newEvidence('Transit')
    const loaded = await readDraft(item.id)
    await saveTitle(item.id, 'Transit, edited', loaded.etag)
    const submit = (ifMatch: string) =>
      server.request(`/api/evidence/${item.id}/workflow/submit`, { body: {}, token: editor, headers: { 'if-match': ifMatch } })

    const eventCount = async () => (await server.payload.count({ collection: 'workflow-events', where: { docId: { equals: item.id } } })).totalDocs
    const eventsBefore = await eventCount()
    const stale = await submit(loaded.etag)
    expect(stale.status).toBe(412)
    expect(await stageOf(server, 'evidence', item.id)).toBe('draft')
    expect(await eventCount()).toBe(eventsBefore)

    expect((await submit((await readDraft(item.id)).etag)).status).toBe(200)
    expect(await stageOf(server, 'evidence', item.id)).toBe('in_review')
  })

  test('the GraphQL workflowTransition mutation takes the If-Match header too', async () => {
    const item = await newEvidence('Graph transit')
    const loaded = await readDraft(item.id)
    await saveTitle(item.id, 'Graph transit, edited', loaded.etag)
    const submit = (ifMatch: string) =>
      server.request('/api/graphql', {
        body: { query: transitionMutation, variables: { collection: 'evidence', id: item.id, transition: 'submit' } },
        token: editor,
        headers: { 'if-match': ifMatch },
      })
    const stale = await submit(loaded.etag)
    expect(stale.body.errors[0].extensions.statusCode).toBe(412)
    expect(await stageOf(server, 'evidence', item.id)).toBe('draft')
    const fresh = await submit((await readDraft(item.id)).etag)
    expect(fresh.body.errors).toBeUndefined()
    expect(fresh.body.data.workflowTransition.state.stage).toBe('in_review')
  })
})
