import { afterAll, beforeAll, expect } from '@jest/globals'
import { startPostgres, type PostgresServer } from '../../src/db/tempPostgres.js'
import { postgresTest, postgresUnavailable } from './postgresUnavailable.js'
import { startTestServer, type TestServer } from './testServer.js'

/** What a Postgres suite checks: seeded content is served with UUID ids and drafts stay private. */
const checkServesSeedAndHidesDrafts = async (server: TestServer) => {
  const goals = await server.request('/api/goals?where[framework.slug][equals]=purpose-goals-2021&limit=100&depth=0')
  const editor = await server.login('editor@impact-cms.test', 'demo-editor-pass')
  const report = (await server.request('/api/reports?limit=1&depth=0')).body.docs[0]
  const draft = await server.request('/api/reports?draft=true', {
    body: { title: 'Postgres draft', organisation: report.organisation, framework: report.framework },
    token: editor,
  })
  const anonymous = await server.request(`/api/reports/${draft.body.doc?.id}`)
  const health = await server.request('/healthz')
  return {
    goalCount: goals.body.totalDocs,
    firstGoalId: goals.body.docs[0]?.id,
    draftStatus: draft.status,
    anonymousDraftStatus: anonymous.status,
    health: health.body.status,
  }
}

/**
 * The server on a fresh database of a throwaway Postgres, connected as development (schema push) or
 * production (committed migrations) connects. One per test file: see startTestServer.
 */
export const postgresSuite = (production: boolean) => {
  let postgres: PostgresServer | undefined
  let server: TestServer | undefined

  beforeAll(async () => {
    postgres = await startPostgres()
    if (!postgres) return postgresUnavailable()
    server = await startTestServer({ databaseUri: await postgres.createDatabase(), production })
  }, 120_000)
  afterAll(async () => {
    await server?.close()
    await postgres?.stop()
  })

  // without a Postgres the test is skipped (see postgresTest), so a missing server here is a failure
  postgresTest(`Postgres with ${production ? 'committed migrations (production)' : 'schema push (development)'}: seed served, UUID ids, drafts private`, async () => {
    if (!server) throw new Error('the Postgres server did not start')
    expect(await checkServesSeedAndHidesDrafts(server)).toEqual({
      goalCount: 14,
      firstGoalId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      draftStatus: 201,
      anonymousDraftStatus: 404,
      health: 'ok',
    })
  })
}
