import { afterAll, beforeAll, describe, expect } from '@jest/globals'
import type { Report } from '../../payload-types.js'
import { publicReportCache } from '../../src/delivery/cache.js'
import type { AssembledReport } from '../../src/delivery/types.js'
import { startPostgres, type PostgresServer } from '../../src/db/tempPostgres.js'
import { hctReport } from '../../src/seed/content/reports/hct.js'
import { expectInert } from '../helpers/inertHtml.js'
// without a Postgres, this file's tests are reported as skipped (see postgresTest)
import { postgresTest as test, postgresUnavailable } from '../helpers/postgresUnavailable.js'
import { startTestServer, type TestServer } from '../helpers/testServer.js'

/**
 * Issue 8, finding 2 on Postgres, whose uuid columns reject malformed IDs with an SQL error: rich-text references
 * with such IDs are refused with a 400 on write and skipped on read, never a 500.
 */
let postgres: PostgresServer | undefined
let server: TestServer | undefined
let report: Report
let contributorToken: string
const slug = hctReport.slug

const upload = (value: unknown) => ({ type: 'upload', version: 3, format: '', fields: null, relationTo: 'media', value })
const state = (...children: Record<string, unknown>[]) => ({ root: { type: 'root', version: 1, direction: 'ltr', format: '', indent: 0, children } })

beforeAll(async () => {
  postgres = await startPostgres()
  if (!postgres) return postgresUnavailable()
  server = await startTestServer({ databaseUri: await postgres.createDatabase() })
  contributorToken = await server.login('contributor@impact-cms.test', 'demo-contributor-pass')
  report = (await server.payload.find({ collection: 'reports', where: { slug: { equals: slug } }, depth: 0, joins: false })).docs[0]
}, 120_000)
afterAll(async () => {
  await server?.close()
  await postgres?.stop()
})

describe('Postgres: malformed rich-text references', () => {
  test('on write: 400 naming the field, for uploads and relationships alike', async () => {
    if (!server) return
    for (const node of [upload('javascript:alert(1)'), upload({ id: "1' OR '1'='1", url: 'javascript:alert(1)' }), { type: 'relationship', version: 2, relationTo: 'reports', value: 'x' }]) {
      const { status, body } = await server.request(`/api/reports/${report.id}?draft=true`, { method: 'PATCH', body: { body: state(node) }, token: contributorToken })
      expect(status).toBe(400)
      expect(body.errors[0].data.errors).toEqual([expect.objectContaining({ path: 'body', message: expect.stringMatching(/not a valid (media|reports) ID/) })])
    }
  })

  test('already in the database: the report is delivered, the node renders nothing', async () => {
    if (!server) return
    await server.payload.db.updateOne({ collection: 'reports', id: report.id, data: { body: state(upload('not-a-uuid"><script>alert(1)</script>'), upload({ id: 'not-a-uuid', url: 'javascript:alert(1)', mimeType: 'image/png' })) } })
    publicReportCache.clear()
    const { status, body } = await server.request(`/api/reports/${slug}/assembled`)
    expect(status).toBe(200)
    const html = (body as AssembledReport).report.body?.html ?? ''
    expect(html).toBe('')
    expectInert(html)
  })
})
