import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import type { AssembledCoverage, CoverageGoal } from '../../src/delivery/coverageTypes.js'
import { coverageByReport } from '../../src/seed/content/coverage.js'
import { purposeGoals2021 } from '../../src/seed/content/purposeGoals.js'
import { hctReport } from '../../src/seed/content/reports/hct.js'
import { createAccounts, type Account } from '../helpers/accounts.js'
import { startTestServer, type TestServer } from '../helpers/testServer.js'

/**
 * Coverage with reasons over the seeded HCT report: `GET /api/reports/{slug}/coverage`, the `coverage` block of
 * the assembled report and GraphQL `impactReport { coverage }` give every goal of the edition with evidence counts,
 * assurance mix, declared status and reason; drafts never leak; the seeded report still publishes.
 */
let server: TestServer
let users: Record<'reviewer' | 'editor' | 'contributorOwn' | 'contributorOther', Account>
let hctId: string
const slug = hctReport.slug

beforeAll(async () => {
  server = await startTestServer()
  const organisations = (await server.payload.find({ collection: 'organisations', depth: 0, limit: 100 })).docs
  const orgId = (s: string) => organisations.find((o) => o.slug === s)!.id
  users = await createAccounts(
    server,
    {
      reviewer: { role: 'reviewer', organisations: [] },
      editor: { role: 'editor', organisations: [] },
      contributorOwn: { role: 'contributor', organisations: [orgId('hertfordshire-community-nhs-trust')] },
      contributorOther: { role: 'contributor', organisations: [orgId('south-warwickshire-nhs-foundation-trust')] },
    },
    (name) => `${name.toLowerCase()}@coverage.test`,
    (name) => `The ${name}`,
  )
  hctId = (await server.payload.find({ collection: 'reports', where: { slug: { equals: slug } }, depth: 0, limit: 1 })).docs[0].id
})
afterAll(async () => {
  await server?.close()
})

const coverageOf = async (token?: string, draft = false) => {
  const response = await server.request(`/api/reports/${slug}/coverage${draft ? '?draft=true' : ''}`, { token })
  expect(response.status).toBe(200)
  return response.body as { report: { slug: string }; framework: { slug: string }; coverage: AssembledCoverage; draft: boolean }
}
const byNumber = (coverage: AssembledCoverage, number: number): CoverageGoal => coverage.goals.find((g) => g.goal.number === number)!
const seededCount = (number: number) => hctReport.evidence.filter((e) => e.goal === number).length

describe('HCT coverage (anonymous, published view)', () => {
  test('lists all 14 goals in order, each covered or explained as the seed declares', async () => {
    const body = await coverageOf()
    expect(body.report.slug).toBe(slug)
    expect(body.framework.slug).toBe('purpose-goals-2021')
    expect(body.draft).toBe(false)
    const { coverage } = body
    expect(coverage.goals.map((g) => [g.goal.number, g.goal.title])).toEqual(purposeGoals2021.map((g) => [g.number, g.title]))

    const declarations = coverageByReport[slug]
    expect(declarations.map((d) => d.goal)).toEqual(purposeGoals2021.map((g) => g.number))
    for (const declared of declarations) {
      const goal = byNumber(coverage, declared.goal)
      expect(goal.declaration).toEqual({ status: declared.status, reason: declared.reason, reasonSource: declared.reasonSource })
      const published = seededCount(declared.goal)
      expect(goal.evidence).toEqual({ published, inProgress: null })
      // evidence makes a goal covered; otherwise the declaration decides
      expect(goal.status).toBe(published ? 'covered' : declared.status)
      expect(goal.coveredBy).toBe(published ? 'evidence' : declared.status === 'covered' ? 'declaration' : null)
      expect(goal.assurance).toEqual(published ? [{ level: 'self-reported', count: published }] : [])
    }
    expect(coverage.complete).toBe(true)
    expect(coverage.totals).toEqual({
      goals: 14,
      covered: coverage.goals.filter((g) => g.status === 'covered').length,
      notApplicable: 0,
      planned: 2,
      notReported: 7,
      unexplained: 0,
    })
  })

  test('goal 8 is covered by its published health evidence; goals 5 and 14 are planned with the article’s words', async () => {
    const { coverage } = await coverageOf()
    expect(byNumber(coverage, 8)).toMatchObject({ status: 'covered', coveredBy: 'evidence', evidence: { published: seededCount(8), inProgress: null } })
    for (const number of [5, 14]) {
      expect(byNumber(coverage, number)).toMatchObject({
        status: 'planned',
        coveredBy: null,
        declaration: { status: 'planned', reasonSource: 'source', reason: expect.stringContaining('expanding its pre-employment support') },
      })
    }
    // a goal the article is silent about: said so, by the editors, never guessed
    expect(byNumber(coverage, 12)).toMatchObject({
      status: 'not-reported',
      declaration: { reasonSource: 'editorial', reason: expect.stringContaining('names no work towards this goal') },
    })
  })

  test('the assembled report carries the same block, and GraphQL impactReport { coverage } the same data', async () => {
    const { coverage } = await coverageOf()
    const assembled = await server.request(`/api/reports/${slug}/assembled`)
    expect(assembled.body.coverage).toEqual(coverage)
    const { body } = await server.graphql(
      `query ($slug: String!) { impactReport(slug: $slug) { coverage { complete
        totals { goals covered notApplicable planned notReported unexplained }
        goals { goal { id number title } status coveredBy declaration { status reason reasonSource } evidence { published inProgress } assurance { level count } } } } }`,
      { slug },
    )
    expect(body.errors).toBeUndefined()
    expect(body.data.impactReport.coverage).toEqual(coverage)
  })

  test('ETag and 304 as for …/assembled; unknown slug 404 JSON', async () => {
    const first = await server.request(`/api/reports/${slug}/coverage`)
    const etag = first.headers.get('etag')!
    expect(etag).toMatch(/^"/)
    expect(first.headers.get('cache-control')).toContain('public')
    expect((await server.request(`/api/reports/${slug}/coverage`, { headers: { 'if-none-match': etag } })).status).toBe(304)
    const missing = await server.request('/api/reports/no-such-report/coverage')
    expect(missing.status).toBe(404)
    expect(missing.body.errors[0].message).toContain('no-such-report')
  })
})

describe('drafts never leak', () => {
  let draftItemId: string
  beforeAll(async () => {
    const goal8 = (await server.payload.find({ collection: 'goals', where: { and: [{ number: { equals: 8 } }, { framework: { equals: (await server.payload.findByID({ collection: 'reports', id: hctId, depth: 0 })).framework as string } }] }, depth: 0 })).docs[0]
    const created = await server.request('/api/evidence?draft=true', {
      method: 'POST',
      token: users.contributorOwn.token,
      body: { report: hctId, goal: goal8.id, title: 'Draft: a new clinic', assurance: 'verified', _status: 'draft' },
    })
    expect(created.status).toBe(201)
    draftItemId = created.body.doc.id
  })

  test('anonymous readers and another organisation’s contributor see published counts only', async () => {
    for (const token of [undefined, users.contributorOther.token]) {
      const body = await coverageOf(token, true)
      expect(body.draft).toBe(false)
      expect(byNumber(body.coverage, 8).evidence).toEqual({ published: seededCount(8), inProgress: null })
      expect(byNumber(body.coverage, 8).assurance).toEqual([{ level: 'self-reported', count: seededCount(8) }])
    }
  })

  test('staff and the report’s own contributor previewing count the draft as in progress, with its assurance', async () => {
    for (const token of [users.reviewer.token, users.contributorOwn.token]) {
      const body = await coverageOf(token, true)
      expect(body.draft).toBe(true)
      expect(byNumber(body.coverage, 8).evidence).toEqual({ published: seededCount(8), inProgress: 1 })
      expect(byNumber(body.coverage, 8).assurance).toEqual([
        { level: 'verified', count: 1 },
        { level: 'self-reported', count: seededCount(8) },
      ])
    }
    // signed in without ?draft=true: the published view, answered privately
    const plain = await server.request(`/api/reports/${slug}/coverage`, { token: users.reviewer.token })
    expect(plain.body.draft).toBe(false)
    expect(plain.headers.get('cache-control')).toContain('private')
  })

  test('an unpublished report: 404 for anonymous readers, its coverage for a reviewer previewing', async () => {
    const hidden = await server.payload.create({
      collection: 'reports',
      draft: true,
      data: {
        title: 'Unpublished coverage',
        organisation: (await server.payload.findByID({ collection: 'reports', id: hctId, depth: 0 })).organisation as string,
        framework: (await server.payload.findByID({ collection: 'reports', id: hctId, depth: 0 })).framework as string,
        _status: 'draft',
      },
    })
    expect((await server.request(`/api/reports/${hidden.slug}/coverage`)).status).toBe(404)
    expect((await server.request(`/api/reports/${hidden.slug}/coverage?draft=true`, { token: users.contributorOther.token })).status).toBe(404)
    const preview = await server.request(`/api/reports/${hidden.slug}/coverage?draft=true`, { token: users.reviewer.token })
    expect(preview.status).toBe(200)
    expect(preview.body.coverage).toMatchObject({ complete: false, totals: { goals: 14, unexplained: 14 } })
  })

  afterAll(async () => {
    await server.payload.delete({ collection: 'evidence', id: draftItemId })
  })
})

describe('the seeded HCT report still publishes through the workflow', () => {
  test('edited, submitted, approved by a reviewer and published by an editor: 200, all goals accounted for', async () => {
    const edited = await server.request(`/api/reports/${hctId}?draft=true`, {
      method: 'PATCH',
      token: users.editor.token,
      body: { summary: `${hctReport.summary} (reviewed)` },
    })
    expect(edited.status).toBe(200)
    const move = (name: string, token: string) => server.request(`/api/reports/${hctId}/workflow/${name}`, { method: 'POST', body: {}, token })
    expect((await move('submit', users.editor.token)).status).toBe(200)
    expect((await move('approve', users.reviewer.token)).status).toBe(200)
    const published = await move('publish', users.editor.token)
    expect(published.status).toBe(200)
    expect(published.body.state).toMatchObject({ stage: 'published', status: 'published' })
    const live = await server.request(`/api/reports/${slug}/coverage`)
    expect(live.body.coverage.complete).toBe(true)
  })
})
