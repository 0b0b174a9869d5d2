import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import type { Evidence } from '../../payload-types.js'
import { hctReport } from '../../src/seed/content/reports/hct.js'
import { countDatabaseCalls, totalAdapterCalls } from '../helpers/databaseCallCounter.js'
import { startTestServer, type TestServer } from '../helpers/testServer.js'
import { publicReportCache } from '../../src/delivery/cache.js'

/**
 * Issue 11, item 3: indicators across years. A second HCT report for a later period with the same indicator
 * yields a series of two points and a change, in the assembled report (REST and GraphQL, same shape) and in
 * GET /api/organisations/{slug}/indicators/{indicator}/series; drafts never leak into either.
 */
let server: TestServer
let editorToken: string
let contributorToken: string
const organisationSlug = 'hertfordshire-community-nhs-trust'
const laterSlug = 'hct-levelling-up-impact-report-2023-24'
let indicator: { id: string; slug: string }
let hctId: string
let hctEvidenceId: string

const metricsOf = (body: { goals: { evidence: { title: string; metrics: Record<string, unknown>[] }[] }[] }, title: string) =>
  body.goals.flatMap((g) => g.evidence).find((e) => e.title === title)?.metrics ?? []

/** A published report of HCT for `period` with one evidence item measuring the indicator. */
const publishedReport = async (slug: string, period: string, value: number, status: 'published' | 'draft' = 'published') => {
  const { payload } = server
  const hct = (await payload.find({ collection: 'reports', where: { slug: { equals: hctReport.slug } }, depth: 0, joins: false })).docs[0]
  const goal = (await payload.find({ collection: 'goals', where: { and: [{ framework: { equals: hct.framework } }, { number: { equals: 8 } }] }, depth: 0 })).docs[0]
  const mode = status === 'draft' ? ({ draft: true } as const) : ({ draft: false } as const)
  const report = await payload.create({
    collection: 'reports',
    ...mode,
    data: { title: `Levelling Up Impact Report ${period}`, slug, organisation: hct.organisation, partner: hct.partner, framework: hct.framework, _status: status },
  })
  const metrics = [{ label: 'Patients seen by the Special Care Dental Service', value, unit: 'patients', period, indicator: indicator.id }]
  await payload.create({
    collection: 'evidence',
    ...mode,
    data: { report: report.id, title: `Special Care Dental Service ${period}`, goal: goal.id, assurance: 'self-reported', metrics, _status: status },
  })
  return report
}

beforeAll(async () => {
  server = await startTestServer()
  const { payload } = server
  editorToken = await server.login('editor@impact-cms.test', 'demo-editor-pass')
  contributorToken = await server.login('contributor@impact-cms.test', 'demo-contributor-pass')
  const created = await server.request('/api/indicators', {
    method: 'POST',
    token: editorToken,
    body: {
      name: 'Patients seen by the Special Care Dental Service',
      definition: 'Distinct patients with at least one appointment in the period.',
      unit: 'patients',
      direction: 'higher',
      externalCodes: [{ scheme: 'other', code: 'SCDS-1' }],
    },
  })
  expect(created.status).toBe(201)
  indicator = { id: created.body.doc.id, slug: created.body.doc.slug }
  expect(indicator.slug).toBe('patients-seen-by-the-special-care-dental-service')

  // the seeded HCT report's dental item gets its 2022/23 figure, externally assured
  const hct = (await payload.find({ collection: 'reports', where: { slug: { equals: hctReport.slug } }, depth: 0, joins: false })).docs[0]
  hctId = hct.id
  const dental = (await payload.find({ collection: 'evidence', where: { and: [{ report: { equals: hct.id } }, { title: { equals: 'Special Care Dental Service' } }] }, depth: 0 })).docs[0]
  hctEvidenceId = dental.id
  const metrics: NonNullable<Evidence['metrics']> = [
    {
      label: 'Patients seen by the Special Care Dental Service',
      value: 1200,
      unit: 'patients',
      period: '2022/23',
      indicator: indicator.id,
      assurance: { level: 'externally-assured-limited', assurer: 'Example Assurance LLP', standard: 'isae-3000', date: '2023-06-30T00:00:00.000Z' },
    },
  ]
  await payload.update({ collection: 'evidence', id: dental.id, data: { metrics }, draft: false })
  await publishedReport(laterSlug, '2023/24', 1500)
})
afterAll(async () => {
  await server?.close()
})

describe('indicators', () => {
  test('anyone reads indicators; only editors and admins write them', async () => {
    const read = await server.request(`/api/indicators/${indicator.id}`)
    expect(read.status).toBe(200)
    expect(read.body).toMatchObject({ name: 'Patients seen by the Special Care Dental Service', unit: 'patients', direction: 'higher', externalCodes: [{ scheme: 'other', code: 'SCDS-1' }] })
    for (const token of [undefined, contributorToken]) {
      const refused = await server.request('/api/indicators', { method: 'POST', token, body: { name: 'Not allowed', direction: 'higher' } })
      expect(refused.status).toBe(403)
    }
    expect((await server.request(`/api/indicators?where[name][equals]=Not allowed`)).body.totalDocs).toBe(0)
  })

  test('the seed defines "People served", its provenance marked inferred', async () => {
    const { body } = await server.request('/api/indicators?where[slug][equals]=people-served')
    expect(body.docs).toHaveLength(1)
    expect(body.docs[0]).toMatchObject({
      name: 'People served',
      unit: 'people',
      direction: 'higher',
      provenance: { basis: 'inferred', reference: 'docs/reference/hertfordshire-community-impact-report-news.txt' },
    })
    expect(body.docs[0].provenance.asWritten).toContain('more than 1.2 million people')
  })

  test('renaming an indicator reaches the cached public view at once', async () => {
    const before = await server.request(`/api/reports/${laterSlug}/assembled`)
    expect(metricsOf(before.body, 'Special Care Dental Service 2023/24')[0]).toMatchObject({ indicator: { name: 'Patients seen by the Special Care Dental Service' } })
    const renamed = await server.request(`/api/indicators/${indicator.id}`, { method: 'PATCH', token: editorToken, body: { name: 'Patients seen (Special Care Dental Service)' } })
    expect(renamed.status).toBe(200)
    const after = await server.request(`/api/reports/${laterSlug}/assembled`)
    expect(metricsOf(after.body, 'Special Care Dental Service 2023/24')[0]).toMatchObject({ indicator: { name: 'Patients seen (Special Care Dental Service)', slug: indicator.slug } })
    await server.request(`/api/indicators/${indicator.id}`, { method: 'PATCH', token: editorToken, body: { name: 'Patients seen by the Special Care Dental Service' } })
  })

  test('a metric period written as text gets typed dates, the text kept', async () => {
    const { body } = await server.request(`/api/reports/${laterSlug}/assembled`)
    const [metric] = metricsOf(body, 'Special Care Dental Service 2023/24')
    expect(metric).toMatchObject({ period: '2023/24', periodStart: '2023-04-01', periodEnd: '2024-03-31' })
  })
})

describe('previous value and change in the assembled report', () => {
  test('the later report shows the earlier report’s value and the change', async () => {
    const { status, body } = await server.request(`/api/reports/${laterSlug}/assembled`)
    expect(status).toBe(200)
    const [metric] = metricsOf(body, 'Special Care Dental Service 2023/24')
    expect(metric).toMatchObject({
      value: 1500,
      indicator: { id: indicator.id, slug: indicator.slug, name: 'Patients seen by the Special Care Dental Service', unit: 'patients', direction: 'higher' },
      assurance: { level: 'self-reported', assurer: null, standard: null, date: null, statement: null },
      previous: {
        value: 1200,
        unit: 'patients',
        period: '2022/23',
        periodStart: '2022-04-01',
        periodEnd: '2023-03-31',
        assurance: { level: 'externally-assured-limited' },
        report: { id: hctId, slug: hctReport.slug, title: hctReport.title },
        evidence: { id: hctEvidenceId, title: 'Special Care Dental Service' },
      },
      change: { absolute: 300, percent: 25, better: true },
    })
  })

  test('the earliest report has no previous value; its assurance is delivered', async () => {
    const { body } = await server.request(`/api/reports/${hctReport.slug}/assembled`)
    const [metric] = metricsOf(body, 'Special Care Dental Service')
    expect(metric).toMatchObject({
      value: 1200,
      previous: null,
      change: null,
      assurance: { level: 'externally-assured-limited', assurer: 'Example Assurance LLP', standard: 'isae-3000', date: '2023-06-30', statement: null },
    })
  })

  test('GraphQL impactReport gives the same metric shape', async () => {
    // the metric's nested parts are JSON scalars: the query depth limit (5) leaves no room for selections under metrics
    const query = `query ($slug: String!) { impactReport(slug: $slug) { goals { evidence { title metrics {
      label value unit period periodStart periodEnd indicator assurance previous change } } } } }`
    const graphql = await server.graphql(query, { slug: laterSlug })
    expect(graphql.body.errors).toBeUndefined()
    const rest = await server.request(`/api/reports/${laterSlug}/assembled`)
    const [fromRest] = metricsOf(rest.body, 'Special Care Dental Service 2023/24')
    const [fromGraphQL] = metricsOf(graphql.body.data.impactReport, 'Special Care Dental Service 2023/24')
    const pick = ({ label, value, unit, period, periodStart, periodEnd, indicator: i, assurance, previous, change }: Record<string, unknown>) =>
      ({ label, value, unit, period, periodStart, periodEnd, indicator: i, assurance, previous, change })
    expect(fromGraphQL).toEqual(pick(fromRest))
    expect(fromGraphQL).toMatchObject({ previous: { value: 1200 }, change: { absolute: 300, percent: 25 } })
  })
})

describe('GET /api/organisations/{slug}/indicators/{indicator}/series', () => {
  test('two reports give a series of two points, oldest first, with the change', async () => {
    const { status, body, headers } = await server.request(`/api/organisations/${organisationSlug}/indicators/${indicator.slug}/series`)
    expect(status).toBe(200)
    expect(headers.get('cache-control')).toBe('public, max-age=60, stale-while-revalidate=600')
    expect(body.organisation).toMatchObject({ slug: organisationSlug, name: 'Hertfordshire Community NHS Trust' })
    expect(body.indicator).toMatchObject({ id: indicator.id, unit: 'patients', direction: 'higher', definition: 'Distinct patients with at least one appointment in the period.', externalCodes: [{ scheme: 'other', code: 'SCDS-1' }] })
    expect(body.draft).toBe(false)
    expect(body.points).toHaveLength(2)
    expect(body.points[0]).toMatchObject({
      value: 1200,
      period: '2022/23',
      periodStart: '2022-04-01',
      periodEnd: '2023-03-31',
      report: { slug: hctReport.slug },
      assurance: { level: 'externally-assured-limited', assurer: 'Example Assurance LLP', standard: 'isae-3000', date: '2023-06-30' },
      change: null,
    })
    expect(body.points[1]).toMatchObject({ value: 1500, period: '2023/24', report: { slug: laterSlug }, assurance: { level: 'self-reported' }, change: { absolute: 300, percent: 25, better: true } })
  })

  test('the indicator may be named by ID; 304 on the same ETag', async () => {
    const bySlug = await server.request(`/api/organisations/${organisationSlug}/indicators/${indicator.slug}/series`)
    const byId = await server.request(`/api/organisations/${organisationSlug}/indicators/${indicator.id}/series`)
    expect(byId.body).toEqual(bySlug.body)
    const again = await server.request(`/api/organisations/${organisationSlug}/indicators/${indicator.slug}/series`, { headers: { 'if-none-match': bySlug.headers.get('etag') ?? '' } })
    expect(again.status).toBe(304)
  })

  test('unknown organisation or indicator: 404 JSON', async () => {
    for (const path of [`/api/organisations/no-such-trust/indicators/${indicator.slug}/series`, `/api/organisations/${organisationSlug}/indicators/no-such-indicator/series`]) {
      const { status, body } = await server.request(path)
      expect(status).toBe(404)
      expect(body.errors[0].message).toMatch(/No organisation .* or no indicator/)
    }
  })
})

describe('drafts never leak; the latest earlier period wins', () => {
  const draftSlug = 'hct-levelling-up-impact-report-2024-25'
  const earlierSlug = 'hct-levelling-up-impact-report-2021-22'

  beforeAll(async () => {
    await publishedReport(draftSlug, '2024/25', 2000, 'draft')
    await publishedReport(earlierSlug, '2021/22', 1000)
  })

  test('anonymous readers and staff without preview see the published points only', async () => {
    for (const token of [undefined, editorToken]) {
      const { body } = await server.request(`/api/organisations/${organisationSlug}/indicators/${indicator.slug}/series`, { token })
      expect(body.points.map((p: { value: number }) => p.value)).toEqual([1000, 1200, 1500])
    }
  })

  test('a preview (?draft=true) shows the draft to staff and the organisation’s contributors only', async () => {
    const path = `/api/organisations/${organisationSlug}/indicators/${indicator.slug}/series?draft=true`
    const editor = await server.request(path, { token: editorToken })
    expect(editor.body.draft).toBe(true)
    expect(editor.headers.get('cache-control')).toBe('private, no-store')
    expect(editor.body.points.map((p: { value: number }) => p.value)).toEqual([1000, 1200, 1500, 2000])
    expect(editor.body.points[3]).toMatchObject({ report: { slug: draftSlug }, change: { absolute: 500, percent: 33.3, better: true } })
    const contributor = await server.request(path, { token: contributorToken })
    expect(contributor.body.points.map((p: { value: number }) => p.value)).toEqual([1000, 1200, 1500, 2000])
    const anonymous = await server.request(path)
    expect(anonymous.body.draft).toBe(false)
    expect(anonymous.body.points).toHaveLength(3)
  })

  test('previous values: the latest earlier published period, never the draft', async () => {
    const later = await server.request(`/api/reports/${laterSlug}/assembled`)
    expect(metricsOf(later.body, 'Special Care Dental Service 2023/24')[0]).toMatchObject({ previous: { value: 1200, period: '2022/23' } })
    const first = await server.request(`/api/reports/${hctReport.slug}/assembled`)
    expect(metricsOf(first.body, 'Special Care Dental Service')[0]).toMatchObject({ previous: { value: 1000, period: '2021/22' }, change: { absolute: 200, percent: 20 } })
    const draftPreview = await server.request(`/api/reports/${draftSlug}/assembled?draft=true`, { token: editorToken })
    expect(draftPreview.status).toBe(200)
    expect(metricsOf(draftPreview.body, 'Special Care Dental Service 2024/25')[0]).toMatchObject({ previous: { value: 1500, report: { slug: laterSlug } } })
    // nobody sees the draft report's value as a previous one in the published view
    const graphql = await server.graphql(`{ impactReport(slug: "${laterSlug}") { goals { evidence { metrics { previous { value } } } } } }`)
    expect(JSON.stringify(graphql.body)).not.toContain('2000')
  })
})

describe('previous values cost a constant number of queries', () => {
  test('3 and 30 items citing indicators: the same database calls (previous values in one evidence query)', async () => {
    const { payload } = server
    const second = await server.request('/api/indicators', { method: 'POST', token: editorToken, body: { name: 'Sessions held', unit: 'sessions', direction: 'higher' } })
    const hct = (await payload.find({ collection: 'reports', where: { slug: { equals: hctReport.slug } }, depth: 0, joins: false })).docs[0]
    const goal = (await payload.find({ collection: 'goals', where: { framework: { equals: hct.framework } }, depth: 0, limit: 1 })).docs[0]
    const build = async (slug: string, n: number) => {
      const report = await payload.create({ collection: 'reports', draft: false, data: { title: slug, slug, organisation: hct.organisation, framework: hct.framework, _status: 'published' } })
      for (let i = 0; i < n; i++) {
        const metrics = [
          { label: 'Patients', value: 1600 + i, unit: 'patients', period: '2025/26', indicator: indicator.id },
          { label: 'Sessions', value: 10 + i, unit: 'sessions', period: '2025/26', indicator: second.body.doc.id },
        ]
        await payload.create({ collection: 'evidence', draft: false, data: { report: report.id, title: `${slug} ${i}`, goal: goal.id, assurance: 'self-reported', metrics, _status: 'published' } })
      }
    }
    await build('indicator-count-3', 3)
    await build('indicator-count-30', 30)
    // The keep-alive socket of the last request sat idle through ~20 s of Local API writes: the server has closed it
    // (5 s keep-alive timeout) and the client's first reuse of it may be reset. Spend that reuse on a health check.
    await server.request('/healthz').catch(() => undefined)
    expect((await server.request('/healthz')).status).toBe(200)
    const counter = countDatabaseCalls(payload.db)
    const measure = async (slug: string) => {
      const get = () => server.request(`/api/reports/${slug}/assembled`)
      await get()
      publicReportCache.clear()
      counter.reset()
      const { status, body } = await get()
      expect(status).toBe(200)
      return { calls: counter.snapshot(), body }
    }
    const small = await measure('indicator-count-3')
    const large = await measure('indicator-count-30')
    expect(large.calls).toEqual(small.calls)
    expect(totalAdapterCalls(small.calls)).toBeGreaterThan(0)
    // the published 2023/24 value is the latest earlier one for every item of both reports
    const metrics = large.body.goals.flatMap((g: { evidence: { metrics: { label: string; previous: { value: number } | null }[] }[] }) => g.evidence.flatMap((e) => e.metrics))
    expect(metrics.filter((m: { label: string }) => m.label === 'Patients').map((m: { previous: { value: number } | null }) => m.previous?.value)).toEqual(Array(30).fill(1500))
    expect(metrics.filter((m: { label: string }) => m.label === 'Sessions').every((m: { previous: unknown }) => m.previous === null)).toBe(true)
  })
})
