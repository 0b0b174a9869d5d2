import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import type { Report } from '../../../payload-types.js'
import { publicReportCache } from '../../../src/delivery/cache.js'
import type { AssembledReport } from '../../../src/delivery/types.js'
import { hctReport } from '../../../src/seed/content/reports/hct.js'
import { countDatabaseCalls, totalAdapterCalls, type DatabaseCalls } from '../../helpers/databaseCallCounter.js'
import { startTestServer, type TestServer } from '../../helpers/testServer.js'
import { impactReportQuery } from './queries.js'
import { signOffOnRecord } from '../../../src/signoff/onRecord.js'

/**
 * The assembled report costs the same number of database calls for 3 and for 30 evidence items: counted at
 * the adapter (every find/count/query method of `payload.db`) and, on SQLite, at the client (SQL statements).
 */
let server: TestServer
let editorToken: string
const small = 'delivery-query-count-3'
const large = 'delivery-query-count-30'

let counter: ReturnType<typeof countDatabaseCalls>

const makeReport = async (slug: string, evidenceCount: number, hct: Report, goalIds: string[]) => {
  const { payload } = server
  const report = await payload.create({
    collection: 'reports',
    data: { title: `Query count ${evidenceCount}`, slug, organisation: hct.organisation, partner: hct.partner, framework: hct.framework, goals: goalIds.slice(0, 3), _status: 'published' },
  })
  for (let i = 0; i < evidenceCount; i++) {
    await payload.create({
      collection: 'evidence',
      data: {
        report: report.id,
        title: `Evidence ${i + 1}`,
        goal: goalIds[i % goalIds.length],
        assurance: 'verified',
        metrics: [
          { label: 'People reached', value: 100 + i, unit: 'people' },
          { label: 'Sessions', value: i, unit: 'sessions', baseline: 0, target: 50 },
        ],
        source: { citation: `Citation ${i + 1}` },
        order: i + 1,
        _status: i % 10 === 9 ? 'draft' : 'published',
      },
    })
  }
  for (let i = 0; i < Math.ceil(evidenceCount / 3); i++) {
    await payload.create({ collection: 'quotes', data: { report: report.id, speakerName: `Speaker ${i}`, text: `Words ${i}`, context: 'statement', order: i, _status: 'published' }, context: signOffOnRecord(`Words ${i}`, 'test fixture') })
    await payload.create({ collection: 'recommendations', data: { report: report.id, title: `Recommendation ${i}`, status: 'proposed', goals: [goalIds[i % goalIds.length]], order: i, _status: 'published' } })
  }
}

beforeAll(async () => {
  server = await startTestServer()
  const { payload } = server
  editorToken = await server.login('editor@impact-cms.test', 'demo-editor-pass')
  const hct = (await payload.find({ collection: 'reports', where: { slug: { equals: hctReport.slug } }, depth: 0, joins: false })).docs[0]
  const goalIds = (await payload.find({ collection: 'goals', where: { framework: { equals: hct.framework } }, depth: 0, pagination: false, sort: 'number' })).docs.map((g) => g.id)
  await makeReport(small, 3, hct, goalIds)
  await makeReport(large, 30, hct, goalIds)
  counter = countDatabaseCalls(payload.db)
})
afterAll(async () => {
  await server?.close()
})

const measure = async (run: () => Promise<unknown>): Promise<DatabaseCalls> => {
  await run() // warm: first calls may load schema or users
  publicReportCache.clear() // count the assembly, not the in-process cache of the public view
  counter.reset()
  await run()
  return counter.snapshot()
}

describe('a constant number of database calls', () => {
  test('REST, anonymous: 3 and 30 evidence items cost the same', async () => {
    const check = (slug: string, n: number) => async () => {
      const { status, body } = await server.request(`/api/reports/${slug}/assembled`)
      expect(status).toBe(200)
      expect((body as AssembledReport).goals.flatMap((g) => g.evidence)).toHaveLength(n)
    }
    const a = await measure(check(small, 3))
    const b = await measure(check(large, 27)) // every tenth item is a draft
    expect(b).toEqual(a)
    // measured: 10 adapter calls (no media in these reports) — the original 7 finds, one for the quotes' sign-off
    // decisions (src/signoff/delivery.ts) and the reads issue 11 added for coverage, alignment and indicators
    expect(totalAdapterCalls(a)).toBeGreaterThan(0)
    expect(totalAdapterCalls(a)).toBeLessThanOrEqual(10)
    expect(a.statements).toBeGreaterThan(0)
  })

  test('REST, editor preview: the same for 3 and 30', async () => {
    const check = (slug: string, n: number) => async () => {
      const { status, body } = await server.request(`/api/reports/${slug}/assembled?draft=true`, { token: editorToken })
      expect(status).toBe(200)
      expect((body as AssembledReport).goals.flatMap((g) => g.evidence)).toHaveLength(n)
    }
    const a = await measure(check(small, 3))
    const b = await measure(check(large, 30))
    expect(b).toEqual(a)
    expect(a.adapter.queryDrafts).toBeGreaterThan(0)
  })

  test('GraphQL impactReport: the same for 3 and 30', async () => {
    const check = (slug: string) => async () => {
      const { body } = await server.graphql(impactReportQuery, { slug })
      expect(body.errors).toBeUndefined()
    }
    const a = await measure(check(small))
    const b = await measure(check(large))
    expect(b).toEqual(a)
    expect(totalAdapterCalls(a)).toBeLessThanOrEqual(10)
  })

  test('repeated anonymous requests are served from the in-process cache until something changes', async () => {
    const get = () => server.request(`/api/reports/${large}/assembled`)
    const first = await get()
    counter.reset()
    const again = await get()
    const graphql = await server.graphql(impactReportQuery, { slug: large })
    expect(totalAdapterCalls(counter.snapshot())).toBe(0)
    expect(again.headers.get('etag')).toBe(first.headers.get('etag'))
    expect(graphql.body.data.impactReport).toEqual(first.body)

    const quote = (await server.payload.find({ collection: 'quotes', where: { 'report.slug': { equals: large } }, limit: 1, depth: 0 })).docs[0]
    await server.payload.update({ collection: 'quotes', id: quote.id, data: { text: 'Changed words' }, context: signOffOnRecord('Changed words', 'test fixture') })
    counter.reset()
    const changed = await get()
    expect(totalAdapterCalls(counter.snapshot())).toBeGreaterThan(0)
    expect(changed.headers.get('etag')).not.toBe(first.headers.get('etag'))
    expect((changed.body as AssembledReport).quotes.find((q) => q.id === quote.id)?.text).toBe('Changed words')

    // signed-in callers always get a fresh assembly
    counter.reset()
    await server.request(`/api/reports/${large}/assembled`, { token: editorToken })
    expect(totalAdapterCalls(counter.snapshot())).toBeGreaterThan(0)
  })
})
