import { afterAll, beforeAll, expect } from '@jest/globals'
import { startPostgres, type PostgresServer } from '../../src/db/tempPostgres.js'
// without a Postgres, this file's tests are reported as skipped (see postgresTest)
import { postgresTest as test, postgresUnavailable } from '../helpers/postgresUnavailable.js'
import { createWorkflowWorld, transition, type WorkflowWorld } from '../helpers/workflowFixtures.js'
import { startTestServer, type TestServer } from '../helpers/testServer.js'

/**
 * The enumeration of users through draft queries is not an SQLite quirk: Payload's draft path drops the access
 * constraint of the collection a relationship leads to on Postgres too. The same refusal holds there.
 */
let postgres: PostgresServer | undefined
let server: TestServer | undefined
let world: WorkflowWorld

beforeAll(async () => {
  postgres = await startPostgres()
  if (!postgres) return postgresUnavailable()
  server = await startTestServer({ databaseUri: await postgres.createDatabase(), production: true, seed: false, demoUsers: false })
  world = await createWorkflowWorld(server)
  const report = await world.report({ title: 'Postgres enumerated report' })
  const { contributorOwn, reviewer } = world.users
  expect((await transition(server, contributorOwn.token, 'reports', report.id, 'submit', { assignee: reviewer.id })).status).toBe(200)
  expect((await transition(server, reviewer.token, 'reports', report.id, 'approve')).status).toBe(200)
}, 120_000)
afterAll(async () => {
  await server?.close()
  await postgres?.stop()
})

test('Postgres: a contributor gets the same 400 for an existing and a missing email, drafts and versions', async () => {
  if (!server) return
  const token = world.users.contributorOwn.token
  for (const template of [
    (v: string) => `/api/reports?draft=true&where[workflow.approvedBy.email][like]=${v}`,
    (v: string) => `/api/reports?draft=true&sort=workflow.assignee.email&where[title][like]=${v}`,
    (v: string) => `/api/reports/versions?where[version.workflow.assignee.role][equals]=${v}`,
  ]) {
    const answers = []
    for (const value of ['reviewer', 'nobody-at-all']) {
      const { status, body } = await server.request(template(value), { token })
      answers.push({ status, totalDocs: body?.totalDocs })
    }
    expect(answers).toEqual([
      { status: 400, totalDocs: undefined },
      { status: 400, totalDocs: undefined },
    ])
  }
})
