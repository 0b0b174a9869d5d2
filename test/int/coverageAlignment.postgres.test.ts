import { afterAll, beforeAll, describe, expect } from '@jest/globals'
import type { AssembledReport } from '../../src/delivery/types.js'
import { startPostgres, type PostgresServer } from '../../src/db/tempPostgres.js'
import { hctReport } from '../../src/seed/content/reports/hct.js'
// without a Postgres, this file's tests are reported as skipped (see postgresTest)
import { postgresTest as test, postgresUnavailable } from '../helpers/postgresUnavailable.js'
import { startTestServer, type TestServer } from '../helpers/testServer.js'

/**
 * Coverage, alignment and the publish gate on Postgres (UUID ids; the reverse-mapping query runs through the
 * array's relationship rows): the seeded HCT report is complete and aligned, and a report with an unexplained
 * goal is refused.
 */
let postgres: PostgresServer | undefined
let server: TestServer | undefined
const slug = hctReport.slug

beforeAll(async () => {
  postgres = await startPostgres()
  if (!postgres) return postgresUnavailable()
  server = await startTestServer({ databaseUri: await postgres.createDatabase() })
}, 120_000)
afterAll(async () => {
  await server?.close()
  await postgres?.stop()
})

describe('Postgres: coverage and alignment', () => {
  test('HCT: 14 goals accounted for; SDG 3 carries the goal 8 evidence', async () => {
    if (!server) throw new Error('the Postgres server did not start')
    const coverage = await server.request(`/api/reports/${slug}/coverage`)
    expect(coverage.status).toBe(200)
    expect(coverage.body.coverage).toMatchObject({ complete: true, totals: { goals: 14, unexplained: 0 } })
    const doc = (await server.request(`/api/reports/${slug}/assembled`)).body as AssembledReport
    const health = doc.goals.find((g) => g.number === 8)!.evidence.map((e) => e.id)
    const sdg3 = doc.alignment.find((a) => a.framework.slug === 'un-sdgs')!.goals.find((g) => g.number === 3)!
    expect(sdg3).toMatchObject({ evidenceCount: health.length, evidence: health, basis: 'inferred' })
    expect(health[0]).toMatch(/^[0-9a-f-]{36}$/)
  })

  test('a report with an unexplained goal is refused with 409 naming it', async () => {
    if (!server) throw new Error('the Postgres server did not start')
    const editor = await server.login('editor@impact-cms.test', 'demo-editor-pass')
    const reviewer = await server.login('reviewer@impact-cms.test', 'demo-reviewer-pass')
    const hct = (await server.payload.find({ collection: 'reports', where: { slug: { equals: slug } }, depth: 0 })).docs[0]
    const created = await server.request('/api/reports?draft=true', {
      token: editor,
      body: { title: 'Postgres gate', organisation: hct.organisation, framework: hct.framework },
    })
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    const move = (name: string, token: string) => server!.request(`/api/reports/${id}/workflow/${name}`, { method: 'POST', body: {}, token })
    expect((await move('submit', editor)).status).toBe(200)
    expect((await move('approve', reviewer)).status).toBe(200)
    const refused = await move('publish', editor)
    expect(refused.status).toBe(409)
    expect(refused.body.errors[0].message).toContain('Goals neither covered nor explained: 1. Strong foundations in Early Years;')
    expect(refused.body.errors[0].data.refused[0]).toMatchObject({ collection: 'reports', id })
  })
})
