import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import type { AssembledReport } from '../../../src/delivery/types.js'
import { hctReport } from '../../../src/seed/content/reports/hct.js'
import { startTestServer, type TestServer } from '../../helpers/testServer.js'
import { impactReportQuery } from './queries.js'

/** The assembled seeded HCT report over REST and GraphQL, as an anonymous frontend reads it. */
let server: TestServer
const slug = hctReport.slug

beforeAll(async () => {
  server = await startTestServer()
})
afterAll(async () => {
  await server?.close()
})

const expectHctShape = (doc: AssembledReport) => {
  expect(doc.report.title).toBe(hctReport.title)
  expect(doc.report.slug).toBe(slug)
  expect(doc.report.summary).toBe(hctReport.summary)
  expect(doc.report.status).toBe('published')
  expect(doc.draft).toBe(false)
  // rich text both as Lexical JSON and as HTML, text escaped (’ stays, no raw markup)
  expect(doc.report.introduction?.json.root.type).toBe('root')
  expect(doc.report.introduction?.html).toContain('<p')
  expect(doc.report.introduction?.html).toContain('more than 1.2 million people')
  expect(doc.report.analysis?.html).toContain('14 Purpose Goals')

  expect(doc.organisation).toMatchObject({
    name: 'Hertfordshire Community NHS Trust',
    slug: 'hertfordshire-community-nhs-trust',
    type: 'nhs-trust',
    identifiers: [{ scheme: 'nhs-ods', value: 'RY4' }],
    populationServed: { value: 1200000 },
  })
  expect(doc.organisation?.regions).toEqual(expect.arrayContaining(['Hertfordshire', 'West Essex']))
  expect(doc.partner?.slug).toBe('purpose-coalition')
  expect(doc.framework).toMatchObject({ slug: 'purpose-goals-2021', edition: expect.any(String), name: expect.any(String) })

  // quotes verbatim, in order, with the speaker snapshot
  expect(doc.quotes.map((q) => q.speaker.name)).toEqual(['Anne Milton', 'Elliot Howard-Jones'])
  expect(doc.quotes[0].speaker.honorific).toBe('Rt Hon')
  expect(doc.quotes[1].speaker.role).toBe('Chief Executive for Hertfordshire Community NHS Trust')
  hctReport.quotes.forEach((seed, i) => {
    expect(doc.quotes[i].paragraphs).toEqual(seed.paragraphs)
    expect(doc.quotes[i].text).toBe(seed.paragraphs.join('\n\n'))
  })

  expect(doc.recommendations.map((r) => r.title)).toEqual(hctReport.recommendations.map((r) => r.title))
  expect(doc.recommendations[2].goals.map((g) => g.number)).toEqual([5, 14])

  // goals by number, each with its evidence; every seeded evidence item appears exactly once
  const numbers = doc.goals.map((g) => g.number)
  expect(numbers).toEqual([...numbers].sort((a, b) => a - b))
  const seededGoals = [...new Set(hctReport.evidence.map((e) => e.goal))]
  expect(numbers).toEqual(expect.arrayContaining(seededGoals))
  for (const goal of doc.goals) {
    expect(goal.evidence.map((e) => e.title).sort()).toEqual(
      hctReport.evidence.filter((e) => e.goal === goal.number).map((e) => e.title).sort(),
    )
  }
  const evidence = doc.goals.flatMap((g) => g.evidence)
  expect(evidence).toHaveLength(hctReport.evidence.length)
  expect(evidence.every((e) => Array.isArray(e.metrics) && e.source.citation)).toBe(true)
}

describe('GET /api/reports/{slug}/assembled', () => {
  test('assembles the seeded HCT report', async () => {
    const { status, body, headers } = await server.request(`/api/reports/${slug}/assembled`)
    expect(status).toBe(200)
    expect(headers.get('content-type')).toContain('application/json')
    expectHctShape(body as AssembledReport)
  })

  test('an unknown slug is a 404 with a JSON error', async () => {
    const { status, body } = await server.request('/api/reports/no-such-report/assembled')
    expect(status).toBe(404)
    expect(body.errors[0].message).toContain('no-such-report')
  })
})

describe('GraphQL impactReport', () => {
  test('returns the same document as REST', async () => {
    const rest = (await server.request(`/api/reports/${slug}/assembled`)).body as AssembledReport
    const { status, body } = await server.graphql(impactReportQuery, { slug })
    expect(status).toBe(200)
    expect(body.errors).toBeUndefined()
    const doc = body.data.impactReport as AssembledReport
    expectHctShape(doc)
    expect(doc).toEqual(rest)
  })

  test('null for an unknown slug', async () => {
    const { body } = await server.graphql(impactReportQuery, { slug: 'no-such-report' })
    expect(body.errors).toBeUndefined()
    expect(body.data.impactReport).toBeNull()
  })

  test('impactReports lists published reports, filtered by organisation', async () => {
    const query = `query ($organisation: String) { impactReports(organisation: $organisation, limit: 10) {
      totalDocs docs { slug title organisation { slug } framework { slug edition } } } }`
    const all = await server.graphql(query, {})
    expect(all.body.errors).toBeUndefined()
    expect(all.body.data.impactReports.totalDocs).toBeGreaterThanOrEqual(2)
    const hct = await server.graphql(query, { organisation: 'hertfordshire-community-nhs-trust' })
    expect(hct.body.data.impactReports.docs).toEqual([
      { slug, title: hctReport.title, organisation: { slug: 'hertfordshire-community-nhs-trust' }, framework: { slug: 'purpose-goals-2021', edition: expect.any(String) } },
    ])
  })

  test('impactReports filters by framework and by goal', async () => {
    const query = `query ($framework: String, $goal: String) { impactReports(framework: $framework, goal: $goal, limit: 10) {
      totalDocs page totalPages hasNextPage docs { slug } } }`
    const slugsOf = async (variables: Record<string, string>) => {
      const { body } = await server.graphql(query, variables)
      expect(body.errors).toBeUndefined()
      return (body.data.impactReports.docs as { slug: string }[]).map((d) => d.slug)
    }
    expect(await slugsOf({ framework: 'purpose-goals-2021' })).toContain(slug)
    expect(await slugsOf({ framework: 'un-sdgs' })).toEqual([])

    const reports = (await server.graphql('{ impactReports(limit: 10) { docs { slug } } }')).body.data.impactReports.docs as { slug: string }[]
    const goalsOf = async (s: string) => ((await server.request(`/api/reports/${s}/assembled`)).body as AssembledReport).goals.map((g) => g.slug)
    const others = new Set((await Promise.all(reports.filter((r) => r.slug !== slug).map((r) => goalsOf(r.slug)))).flat())
    const onlyHct = (await goalsOf(slug)).find((g) => g && !others.has(g))
    expect(onlyHct).toBeDefined()
    expect(await slugsOf({ goal: onlyHct ?? '' })).toEqual([slug])
  })
})
