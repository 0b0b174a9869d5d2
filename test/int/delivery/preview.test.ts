import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import type { Evidence, Report } from '../../../payload-types.js'
import type { AssembledReport } from '../../../src/delivery/types.js'
import { cacheControl } from '../../../src/delivery/endpoint.js'
import { hctReport } from '../../../src/seed/content/reports/hct.js'
import { startTestServer, type TestServer } from '../../helpers/testServer.js'
import { impactReportQuery } from './queries.js'

/** Drafts never reach anonymous readers (REST and GraphQL, nested items included); editors preview them; caching headers. */
let server: TestServer
let editorToken: string
let ownContributorToken: string
let otherContributorToken: string
let hct: Report
let draftReport: Report
let draftEvidence: Evidence
const slug = hctReport.slug
const draftSlug = 'delivery-draft-only-report'
const publishedTitle = hctReport.title
const draftTitle = 'Levelling Up Impact Report (draft rewrite)'

const titles = (doc: AssembledReport) => doc.goals.flatMap((g) => g.evidence.map((e) => e.title))
const assembled = (pathname: string, token?: string, headers?: Record<string, string>) => server.request(pathname, { token, headers })

beforeAll(async () => {
  server = await startTestServer()
  const { payload } = server
  editorToken = await server.login('editor@impact-cms.test', 'demo-editor-pass')
  ownContributorToken = await server.login('contributor@impact-cms.test', 'demo-contributor-pass')
  const swft = (await payload.find({ collection: 'organisations', where: { slug: { equals: 'south-warwickshire-nhs-foundation-trust' } }, depth: 0 })).docs[0]
  await payload.create({
    collection: 'users',
    data: { email: 'other-contributor@delivery.test', password: 'other-contributor-pass', role: 'contributor', organisations: [swft.id] },
  })
  otherContributorToken = await server.login('other-contributor@delivery.test', 'other-contributor-pass')
  hct = (await payload.find({ collection: 'reports', where: { slug: { equals: slug } }, depth: 0, joins: false })).docs[0]
  const goal = (await payload.find({ collection: 'goals', where: { framework: { equals: hct.framework }, number: { equals: 3 } }, depth: 0 })).docs[0]

  // System writes (no user), as a seed script would: a draft report, a draft child of a published report,
  // a published child of the draft report, and a draft rewrite of the published report.
  draftReport = await payload.create({
    collection: 'reports',
    data: { title: 'A report still in draft', slug: draftSlug, organisation: hct.organisation, framework: hct.framework, _status: 'draft' },
  })
  await payload.create({
    collection: 'evidence',
    data: { report: draftReport.id, title: 'Published evidence of a draft report', goal: goal.id, assurance: 'verified', _status: 'published' },
  })
  draftEvidence = await payload.create({
    collection: 'evidence',
    data: {
      report: hct.id,
      title: 'Unpublished evidence',
      goal: goal.id,
      assurance: 'self-reported',
      metrics: [{ label: 'Secret figure', value: 42 }],
      _status: 'draft',
    },
  })
  await payload.update({ collection: 'reports', id: hct.id, data: { title: draftTitle }, draft: true })
})
afterAll(async () => {
  await server?.close()
})

describe('anonymous readers see published content only', () => {
  test('REST: the published report without the draft evidence or the draft rewrite, even with ?draft=true', async () => {
    for (const query of ['', '?draft=true']) {
      const { status, body } = await assembled(`/api/reports/${slug}/assembled${query}`)
      expect(status).toBe(200)
      const doc = body as AssembledReport
      expect(doc.report.title).toBe(publishedTitle)
      expect(doc.draft).toBe(false)
      expect(titles(doc)).not.toContain('Unpublished evidence')
      expect(JSON.stringify(doc)).not.toContain('Secret figure')
      expect(titles(doc)).toHaveLength(hctReport.evidence.length)
    }
  })

  test('REST: a draft report is a 404, with or without ?draft=true', async () => {
    expect((await assembled(`/api/reports/${draftSlug}/assembled`)).status).toBe(404)
    expect((await assembled(`/api/reports/${draftSlug}/assembled?draft=true`)).status).toBe(404)
  })

  test('GraphQL: the same, nested evidence included', async () => {
    for (const draft of [false, true]) {
      const { body } = await server.graphql(impactReportQuery, { slug, draft })
      expect(body.errors).toBeUndefined()
      const doc = body.data.impactReport as AssembledReport
      expect(doc.report.title).toBe(publishedTitle)
      expect(titles(doc)).not.toContain('Unpublished evidence')
      expect(JSON.stringify(doc)).not.toContain('Secret figure')
      const hidden = await server.graphql(impactReportQuery, { slug: draftSlug, draft })
      expect(hidden.body.data.impactReport).toBeNull()
    }
    const list = await server.graphql('{ impactReports(draft: true, limit: 100) { docs { slug title } } }')
    const slugs = list.body.data.impactReports.docs.map((d: { slug: string }) => d.slug)
    expect(slugs).toContain(slug)
    expect(slugs).not.toContain(draftSlug)
  })
})

describe('preview for an editor', () => {
  test('REST ?draft=true returns the draft rewrite and the draft evidence', async () => {
    const { status, body } = await assembled(`/api/reports/${slug}/assembled?draft=true`, editorToken)
    expect(status).toBe(200)
    const doc = body as AssembledReport
    expect(doc.draft).toBe(true)
    expect(doc.report.title).toBe(draftTitle)
    expect(doc.report.status).toBe('draft')
    const item = doc.goals.flatMap((g) => g.evidence).find((e) => e.id === draftEvidence.id)
    expect(item).toMatchObject({ title: 'Unpublished evidence', status: 'draft', metrics: [expect.objectContaining({ label: 'Secret figure', value: 42 })] })
    // while anonymous readers still get the published one
    expect((await assembled(`/api/reports/${slug}/assembled`)).body.report.title).toBe(publishedTitle)
  })

  test('REST without ?draft the editor gets the published view', async () => {
    const doc = (await assembled(`/api/reports/${slug}/assembled`, editorToken)).body as AssembledReport
    expect(doc.draft).toBe(false)
    expect(doc.report.title).toBe(publishedTitle)
    expect(titles(doc)).not.toContain('Unpublished evidence')
  })

  test('a draft-only report can be previewed', async () => {
    const { status, body } = await assembled(`/api/reports/${draftSlug}/assembled?draft=true`, editorToken)
    expect(status).toBe(200)
    expect(titles(body as AssembledReport)).toEqual(['Published evidence of a draft report'])
  })

  test('GraphQL draft: true with the editor token', async () => {
    const { body } = await server.graphql(impactReportQuery, { slug, draft: true }, editorToken)
    expect(body.errors).toBeUndefined()
    const doc = body.data.impactReport as AssembledReport
    expect(doc.report.title).toBe(draftTitle)
    expect(titles(doc)).toContain('Unpublished evidence')
  })
})

describe('preview for contributors', () => {
  test("a contributor of the report's organisation previews its drafts", async () => {
    const doc = (await assembled(`/api/reports/${slug}/assembled?draft=true`, ownContributorToken)).body as AssembledReport
    expect(doc.draft).toBe(true)
    expect(doc.report.title).toBe(draftTitle)
    expect(titles(doc)).toContain('Unpublished evidence')
  })

  test("a contributor of another organisation gets the published view, and no draft-only report", async () => {
    const { status, body, headers } = await assembled(`/api/reports/${slug}/assembled?draft=true`, otherContributorToken)
    expect(status).toBe(200)
    const doc = body as AssembledReport
    expect(doc.draft).toBe(false)
    expect(doc.report.title).toBe(publishedTitle)
    expect(titles(doc)).not.toContain('Unpublished evidence')
    expect(titles(doc)).toHaveLength(hctReport.evidence.length)
    expect(headers.get('cache-control')).toBe(cacheControl.private)
    expect((await assembled(`/api/reports/${draftSlug}/assembled?draft=true`, otherContributorToken)).status).toBe(404)
    const { body: gql } = await server.graphql(impactReportQuery, { slug, draft: true }, otherContributorToken)
    expect(gql.data.impactReport.report.title).toBe(publishedTitle)
  })
})

describe('caching', () => {
  test('anonymous: public Cache-Control, strong ETag, 304 on If-None-Match', async () => {
    const first = await assembled(`/api/reports/${slug}/assembled`)
    expect(first.headers.get('cache-control')).toBe(cacheControl.public)
    expect(first.headers.get('cache-control')).toBe('public, max-age=60, stale-while-revalidate=600')
    const etag = first.headers.get('etag')
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{20,}"$/)
    expect(first.headers.get('vary')).toMatch(/Authorization/)

    const again = await assembled(`/api/reports/${slug}/assembled`)
    expect(again.headers.get('etag')).toBe(etag)

    const notModified = await assembled(`/api/reports/${slug}/assembled`, undefined, { 'if-none-match': etag ?? '' })
    expect(notModified.status).toBe(304)
    expect(notModified.body).toBeUndefined()
    expect(notModified.headers.get('etag')).toBe(etag)
    expect(notModified.headers.get('cache-control')).toBe(cacheControl.public)

    const listed = await assembled(`/api/reports/${slug}/assembled`, undefined, { 'if-none-match': `"other", ${etag}` })
    expect(listed.status).toBe(304)
    const stale = await assembled(`/api/reports/${slug}/assembled`, undefined, { 'if-none-match': '"stale"' })
    expect(stale.status).toBe(200)
  })

  test('preview and signed-in responses are private, no-store, with their own ETag', async () => {
    const anonymous = await assembled(`/api/reports/${slug}/assembled`)
    const preview = await assembled(`/api/reports/${slug}/assembled?draft=true`, editorToken)
    expect(preview.headers.get('cache-control')).toBe('private, no-store')
    expect(preview.headers.get('etag')).not.toBe(anonymous.headers.get('etag'))
    const signedIn = await assembled(`/api/reports/${slug}/assembled`, editorToken)
    expect(signedIn.headers.get('cache-control')).toBe(cacheControl.private)
  })

  test('the ETag changes when published content changes', async () => {
    const before = (await assembled(`/api/reports/${slug}/assembled`)).headers.get('etag')
    const recommendation = (await server.payload.find({ collection: 'recommendations', where: { report: { equals: hct.id } }, limit: 1, depth: 0 })).docs[0]
    await server.payload.update({ collection: 'recommendations', id: recommendation.id, data: { owner: 'Chief Executive' } })
    const after = await assembled(`/api/reports/${slug}/assembled`, undefined, { 'if-none-match': before ?? '' })
    expect(after.status).toBe(200)
    expect(after.headers.get('etag')).not.toBe(before)
    expect((after.body as AssembledReport).recommendations.find((r) => r.id === recommendation.id)?.owner).toBe('Chief Executive')
  })
})
