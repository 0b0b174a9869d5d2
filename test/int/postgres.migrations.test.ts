import { afterAll, beforeAll, expect, test } from '@jest/globals'
import { checkServesSeedAndHidesDrafts, startPostgresTestServer } from '../helpers/postgresSuite.js'

let suite: Awaited<ReturnType<typeof startPostgresTestServer>>

beforeAll(async () => {
  suite = await startPostgresTestServer(true)
}, 120_000)
afterAll(async () => {
  await suite?.close()
})

test('Postgres with committed migrations (production): seed served, UUID ids, drafts private', async () => {
  if (!suite) return
  expect(await checkServesSeedAndHidesDrafts(suite.server)).toEqual({
    goalCount: 14,
    firstGoalId: expect.stringMatching(/^[0-9a-f-]{36}$/),
    draftStatus: 201,
    anonymousDraftStatus: 404,
    health: 'ok',
  })
})
