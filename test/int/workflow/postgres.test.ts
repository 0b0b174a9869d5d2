import { afterAll, beforeAll, describe, expect } from '@jest/globals'
import type { CollectionBeforeChangeHook, Config } from 'payload'
import { APIError } from 'payload'
import { transitionWriteOf } from '../../../plugins/workflow/index.js'
import { startPostgres, type PostgresServer } from '../../../src/db/tempPostgres.js'
// without a Postgres, this file's tests are reported as skipped (see postgresTest)
import { postgresTest as test, postgresUnavailable } from '../../helpers/postgresUnavailable.js'
import {
  createWorkflowWorld,
  eventsOf,
  liveStatusOf,
  runWorkflowJobs,
  stageOf,
  transition,
  type WorkflowWorld,
} from '../../helpers/workflowFixtures.js'
import { startTestServer, type TestServer } from '../../helpers/testServer.js'

/**
 * The workflow on Postgres as production runs it: tables from the committed migrations, real transactions.
 * Skipped with a loud line where no Postgres can run (required in CI with REQUIRE_POSTGRES=1).
 */
let postgres: PostgresServer | undefined
let server: TestServer | undefined
let world: WorkflowWorld

const failOnPublish: CollectionBeforeChangeHook = ({ data, originalDoc, req, collection }) => {
  if (transitionWriteOf(req, collection.slug, originalDoc?.id) === 'publish' && String(originalDoc?.title).startsWith('FAIL')) {
    throw new APIError('Injected failure', 422)
  }
  return data
}
const extend = (config: Config): Config => ({
  ...config,
  collections: (config.collections ?? []).map((c) =>
    c.slug === 'evidence' ? { ...c, hooks: { ...c.hooks, beforeChange: [...(c.hooks?.beforeChange ?? []), failOnPublish] } } : c,
  ),
})

beforeAll(async () => {
  postgres = await startPostgres()
  if (!postgres) return postgresUnavailable()
  server = await startTestServer({ databaseUri: await postgres.createDatabase(), production: true, seed: false, demoUsers: false, extend })
  world = await createWorkflowWorld(server)
}, 120_000)
afterAll(async () => {
  await server?.close()
  await postgres?.stop()
})

describe('workflow on Postgres (committed migrations)', () => {
  test('submit → approve → bundle publish, with a rolled-back attempt first', async () => {
    if (!server) return
    const s = server
    const { users } = world
    const report = await world.report({ title: 'Postgres report' })
    const evidence = await world.evidence(report.id, { title: 'FAIL at first' })
    for (const [collection, id] of [['evidence', evidence.id], ['reports', report.id]] as const) {
      expect((await transition(s, users.contributorOwn.token, collection, id, 'submit')).status).toBe(200)
      expect((await transition(s, users.reviewer.token, collection, id, 'approve')).status).toBe(200)
    }
    const failed = await transition(s, users.editor.token, 'reports', report.id, 'publish')
    expect(failed.status).toBe(422)
    expect(await liveStatusOf(s, 'reports', report.id)).toBe('draft')
    expect((await eventsOf(s, report.id)).map((e) => e.transition)).toEqual(['submit', 'approve'])

    // fixed (which sends it back to review), approved again
    await s.payload.update({ collection: 'evidence', id: evidence.id, draft: true, data: { title: 'Fine now' } })
    expect(await stageOf(s, 'evidence', evidence.id)).toBe('in_review')
    expect((await transition(s, users.reviewer.token, 'evidence', evidence.id, 'approve')).status).toBe(200)
    const published = await transition(s, users.editor.token, 'reports', report.id, 'publish')
    expect(published.status).toBe(200)
    expect(published.body.bundle.moved).toEqual([expect.objectContaining({ id: evidence.id, stage: 'published' })])
    expect((await s.request(`/api/evidence/${evidence.id}?depth=0`)).body.title).toBe('Fine now')
  })

  test('a scheduled unpublish fires through the job queue', async () => {
    if (!server) return
    const s = server
    const report = await world.report({ title: 'Scheduled on Postgres', status: 'published' })
    const scheduled = await s.request(`/api/reports/${report.id}/workflow/schedule`, {
      body: { transition: 'unpublish', at: new Date(Date.now() + 400).toISOString() },
      token: world.users.admin.token,
    })
    expect(scheduled.status).toBe(201)
    await new Promise((resolve) => setTimeout(resolve, 500))
    await runWorkflowJobs(s)
    expect(await stageOf(s, 'reports', report.id)).toBe('unpublished')
    expect(await liveStatusOf(s, 'reports', report.id)).toBe('draft')
  })
})
