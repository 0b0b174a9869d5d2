import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { hctReport } from '../../src/seed/content/reports/hct.js'
import { startTestServer, type TestServer } from '../helpers/testServer.js'

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
  const metrics = [
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
