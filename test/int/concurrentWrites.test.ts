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
  const stored = await server.payload.count({ collection: 'organisations', where: { name: { like: 'Concurrent' } } })
  expect(stored.totalDocs).toBe(12)
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
})
