import { startPostgres, type PostgresServer } from '../../src/db/tempPostgres.js'
import { postgresUnavailable } from './postgresUnavailable.js'
import { startTestServer, type TestServer } from './testServer.js'

/** A test server on a fresh Postgres database, or undefined (with a loud line) where none can run. */
export const startPostgresTestServer = async (production: boolean) => {
  const postgres: PostgresServer | undefined = await startPostgres()
  if (!postgres) {
    postgresUnavailable()
    return undefined
  }
  const server: TestServer = await startTestServer({ databaseUri: await postgres.createDatabase(), production })
  return {
    server,
    close: async () => {
      await server.close()
      await postgres.stop()
    },
  }
}

/** What both Postgres suites check: seeded content is served with UUID ids and drafts stay private. */
export const checkServesSeedAndHidesDrafts = async (server: TestServer) => {
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
