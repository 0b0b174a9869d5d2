import { afterAll, beforeAll, expect, test } from '@jest/globals'
import { createWorld, type World } from '../helpers/fixtures.js'
import { startTestServer, type TestServer } from '../helpers/testServer.js'

/** Several editors saving at once on the embedded database: every save lands, none is a 500. */
let server: TestServer
let world: World

beforeAll(async () => {
  server = await startTestServer({ seed: false, demoUsers: false })
  world = await createWorld(server)
})
afterAll(async () => {
  await server?.close()
})

test('12 concurrent REST creates and reads all succeed', async () => {
  const token = world.users.editor.token
  const writes = Array.from({ length: 12 }, (_, i) =>
    server.request('/api/organisations', { body: { name: `Concurrent ${i}`, type: 'other' }, token }),
  )
  const reads = Array.from({ length: 6 }, () => server.request('/api/organisations?limit=100&depth=0'))
  const results = await Promise.all([...writes, ...reads])
  expect(results.map((r) => r.status)).toEqual([...Array(12).fill(201), ...Array(6).fill(200)])
  const names = Array.from({ length: 12 }, (_, i) => `Concurrent ${i}`)
  // every answer names its own row, and that row holds what was sent
  const created = results.slice(0, 12).map((r) => ({ id: r.body.doc.id as string, name: r.body.doc.name as string }))
  expect(created.map((c) => c.name)).toEqual(names)
  expect(new Set(created.map((c) => c.id)).size).toBe(12)
  const stored = await server.payload.find({ collection: 'organisations', where: { name: { like: 'Concurrent' } }, limit: 100, depth: 0, sort: 'createdAt' })
  expect(stored.totalDocs).toBe(12)
  expect(stored.docs.map((d) => ({ id: d.id, name: d.name, type: d.type })).sort((a, b) => a.name.localeCompare(b.name, 'en', { numeric: true }))).toEqual(
    created.map((c) => ({ ...c, type: 'other' })),
  )
  // a read running alongside the writes sees whole rows only, each one a row that was written
  for (const read of results.slice(12)) {
    for (const doc of read.body.docs as { id: string; name: string }[]) {
      if (doc.name.startsWith('Concurrent')) expect(created).toContainEqual({ id: doc.id, name: doc.name })
    }
  }
})

test('12 concurrent REST updates of different rows each land on their own row', async () => {
  const token = world.users.editor.token
  const rows = await Promise.all(
    Array.from({ length: 12 }, (_, i) => server.payload.create({ collection: 'organisations', data: { name: `Before ${i}`, type: 'other' } })),
  )
  const answers = await Promise.all(
    rows.map((row, i) => server.request(`/api/organisations/${row.id}`, { method: 'PATCH', body: { name: `After ${i}` }, token })),
  )
  expect(answers.map((a) => a.status)).toEqual(Array(12).fill(200))
  const stored = await Promise.all(rows.map((row) => server.payload.findByID({ collection: 'organisations', id: row.id, depth: 0 })))
  expect(stored.map((d) => d.name)).toEqual(rows.map((_, i) => `After ${i}`))
  expect((await server.payload.count({ collection: 'organisations', where: { name: { like: 'Before' } } })).totalDocs).toBe(0)
})

test('concurrent Local API creates of drafts with hooks all land', async () => {
  const report = await server.payload.create({
    collection: 'reports',
    draft: true,
    data: { title: 'Busy report', organisation: world.orgA.id, framework: world.framework.id, _status: 'draft' },
  })
  const created = await Promise.allSettled(
    Array.from({ length: 8 }, (_, i) =>
      server.payload.create({
        collection: 'evidence',
        draft: true,
        data: { report: report.id, title: `Parallel ${i}`, goal: world.goal1.id, assurance: 'self-reported', _status: 'draft' },
      }),
    ),
  )
  expect(created.filter((r) => r.status === 'rejected')).toEqual([])
  const titles = Array.from({ length: 8 }, (_, i) => `Parallel ${i}`)
  const ids = created.map((r) => (r.status === 'fulfilled' ? r.value.id : ''))
  // read back: eight rows of this report, one per create, each with what was sent and its own draft version
  const stored = await server.payload.find({ collection: 'evidence', draft: true, where: { report: { equals: report.id } }, limit: 100, depth: 0 })
  expect(stored.totalDocs).toBe(8)
  const byId = new Map(stored.docs.map((d) => [d.id, d]))
  expect(ids.map((id) => byId.get(id)).map((d) => d && { title: d.title, goal: d.goal, assurance: d.assurance, _status: d._status })).toEqual(
    titles.map((title) => ({ title, goal: world.goal1.id, assurance: 'self-reported', _status: 'draft' })),
  )
  const versions = await server.payload.findVersions({ collection: 'evidence', where: { parent: { in: ids } }, limit: 100, depth: 0 })
  expect(versions.docs.map((v) => v.version.title).sort()).toEqual(titles)
})
