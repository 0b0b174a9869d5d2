import { afterAll, beforeAll, expect } from '@jest/globals'
import { startPostgres, type PostgresServer } from '../../src/db/tempPostgres.js'
import { hctReport } from '../../src/seed/content/reports/hct.js'
import { postgresTest, postgresUnavailable } from '../helpers/postgresUnavailable.js'
import { startTestServer, type TestServer } from '../helpers/testServer.js'

/**
 * Indicators across years on Postgres (UUID columns): the metrics-table query by indicator, the report exclusion and
 * the period order give the same series, previous value and change as on SQLite (indicators.test.ts), drafts kept out.
 */
let postgres: PostgresServer | undefined
let server: TestServer | undefined

beforeAll(async () => {
  postgres = await startPostgres()
  if (!postgres) return postgresUnavailable()
  server = await startTestServer({ databaseUri: await postgres.createDatabase() })
}, 120_000)
afterAll(async () => {
  await server?.close()
  await postgres?.stop()
})

postgresTest('Postgres: a later HCT report gives a series of two points and a change; a draft third point stays private', async () => {
  if (!server) throw new Error('the Postgres server did not start')
  const { payload } = server
  const editor = await server.login('editor@impact-cms.test', 'demo-editor-pass')
  const created = await server.request('/api/indicators', { method: 'POST', token: editor, body: { name: 'Patients seen', unit: 'patients', direction: 'higher' } })
  expect(created.status).toBe(201)
  const indicator = created.body.doc.id as string
  const hct = (await payload.find({ collection: 'reports', where: { slug: { equals: hctReport.slug } }, depth: 0, joins: false })).docs[0]
  const goal = (await payload.find({ collection: 'goals', where: { framework: { equals: hct.framework } }, depth: 0, limit: 1 })).docs[0]
  const report = async (slug: string, period: string, value: number, status: 'published' | 'draft') => {
    const draft = status === 'draft'
    const doc = await payload.create({ collection: 'reports', draft, data: { title: slug, slug, organisation: hct.organisation, framework: hct.framework, _status: status } })
    const metrics = [{ label: 'Patients seen', value, unit: 'patients', period, indicator }]
    await payload.create({ collection: 'evidence', draft, data: { report: doc.id, title: `${slug} item`, goal: goal.id, assurance: 'self-reported', metrics, _status: status } })
  }
  await report('pg-2022-23', '2022/23', 1200, 'published')
  await report('pg-2023-24', '2023/24', 1500, 'published')
  await report('pg-2024-25', '2024/25', 2000, 'draft')

  const series = await server.request(`/api/organisations/hertfordshire-community-nhs-trust/indicators/patients-seen/series`)
  expect(series.status).toBe(200)
  expect(series.body.points.map((p: { value: number; periodStart: string; change: unknown }) => [p.value, p.periodStart, p.change])).toEqual([
    [1200, '2022-04-01', null],
    [1500, '2023-04-01', { absolute: 300, percent: 25, better: true }],
  ])
  const preview = await server.request(`/api/organisations/hertfordshire-community-nhs-trust/indicators/${indicator}/series?draft=true`, { token: editor })
  expect(preview.body.points.map((p: { value: number }) => p.value)).toEqual([1200, 1500, 2000])

  const assembled = await server.request('/api/reports/pg-2023-24/assembled')
  const metric = assembled.body.goals.flatMap((g: { evidence: { metrics: unknown[] }[] }) => g.evidence.flatMap((e) => e.metrics))[0]
  expect(metric).toMatchObject({ previous: { value: 1200, report: { slug: 'pg-2022-23' } }, change: { absolute: 300, percent: 25 } })
}, 120_000)
