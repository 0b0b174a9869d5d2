import { afterAll, beforeAll, expect } from '@jest/globals'
import { startPostgres, type PostgresServer } from '../../src/db/tempPostgres.js'
// without a Postgres, this file's tests are reported as skipped (see postgresTest)
import { postgresTest as test, postgresUnavailable } from '../helpers/postgresUnavailable.js'
import { createWorkflowWorld, type WorkflowWorld } from '../helpers/workflowFixtures.js'
import { startTestServer, type TestServer } from '../helpers/testServer.js'

/**
 * Postgres runs transactions at READ COMMITTED and its writes really overlap (SQLite's take turns), so two
 * saves sent with the same If-Match both read the old version unless the precondition locks the row.
 */
let postgres: PostgresServer | undefined
let server: TestServer | undefined
let world: WorkflowWorld

beforeAll(async () => {
  postgres = await startPostgres()
  if (!postgres) return postgresUnavailable()
  // schema push: this file is about locking, not about the committed migrations (postgres.migrations.test.ts is)
  server = await startTestServer({ databaseUri: await postgres.createDatabase(), seed: false, demoUsers: false })
  world = await createWorkflowWorld(server)
}, 120_000)
afterAll(async () => {
  await server?.close()
  await postgres?.stop()
})

const rounds = 8

test(`${rounds} rounds of concurrent saves from one version on Postgres: exactly one 200 and one 412 each`, async () => {
  if (!server) return
  const s = server
  const token = world.users.editor.token
  const report = await world.report({ title: 'Postgres race report' })
  const outcomes: string[] = []
  for (let round = 0; round < rounds; round++) {
    const item = await world.evidence(report.id, { title: `Race ${round}` })
    const etag = (await s.request(`/api/evidence/${item.id}?draft=true&depth=0`, { token })).headers.get('etag')
    expect(etag).toMatch(/^"[^"]+"$/)
    const save = (title: string) =>
      s.request(`/api/evidence/${item.id}?draft=true&depth=0`, { method: 'PATCH', body: { title }, token, headers: { 'if-match': etag as string } })
    const results = await Promise.all([save(`Round ${round} one`), save(`Round ${round} two`), save(`Round ${round} three`)])
    const statuses = results.map((r) => r.status).sort()
    outcomes.push(statuses.join(','))
    const winner = results.find((r) => r.status === 200)?.body.doc.title
    expect((await s.payload.findByID({ collection: 'evidence', id: item.id, draft: true, depth: 0 })).title).toBe(winner)
  }
  expect(outcomes).toEqual(Array(rounds).fill('200,412,412'))
}, 120_000)
