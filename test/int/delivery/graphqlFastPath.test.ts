import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { GRAPHQL_POST } from '@payloadcms/next/routes'
import type { Report } from '../../../payload-types.js'
import { hctReport } from '../../../src/seed/content/reports/hct.js'
import { startTestServer, type TestServer } from '../../helpers/testServer.js'
import { impactReportQuery } from './queries.js'

/**
 * The GraphQL delivery fast path (src/http/graphqlFastPath.ts): operations that read only `impactReport` /
 * `impactReports` are answered compiled, and anonymous answers are kept while their reports are the cached public
 * views. Every answer is compared byte for byte with what Payload's own GraphQL handler returns for the same
 * request; `X-Delivery-Cache` shows which path answered (absent: Payload's).
 */
let server: TestServer
let editorToken: string
let reviewerToken: string
let otherContributorToken: string
let hct: Report
const slug = hctReport.slug
const draftTitle = 'Levelling Up Impact Report (fast path draft)'

type Sent = { query: string; variables?: Record<string, unknown>; operationName?: string }

const headersFor = (token?: string, extra: Record<string, string> = {}): Record<string, string> => ({
  'content-type': 'application/json',
  ...(token ? { authorization: `JWT ${token}` } : {}),
  ...extra,
})

/** Payload's headers on a GraphQL answer: its type and CORS (Payload adds CORS headers whenever `cors` is set). */
const comparedHeaders = (headers: Headers) =>
  Object.fromEntries(['content-type', 'access-control-allow-methods', 'access-control-allow-headers', 'access-control-allow-origin'].map((name) => [name, headers.get(name)]))

/** Over HTTP, through every guard and the fast path. */
const served = async (sent: Sent, token?: string, extra?: Record<string, string>) => {
  const response = await fetch(`${server.url}/api/graphql`, { method: 'POST', headers: headersFor(token, extra), body: JSON.stringify(sent) })
  return { status: response.status, text: await response.text(), cache: response.headers.get('x-delivery-cache'), headers: comparedHeaders(response.headers) }
}

/** Payload's own handler, called directly with the same request. */
const payloads = async (sent: Sent, token?: string, extra?: Record<string, string>) => {
  const request = new Request(`${server.url}/api/graphql`, { method: 'POST', headers: headersFor(token, extra), body: JSON.stringify(sent) })
  const response = await GRAPHQL_POST(server.payload.config)(request)
  return { status: response.status, text: await response.text(), headers: comparedHeaders(response.headers) }
}

const expectSameAsPayload = async (sent: Sent, token?: string, extra?: Record<string, string>) => {
  const fast = await served(sent, token, extra)
  const reference = await payloads(sent, token, extra)
  expect(fast.status).toBe(reference.status)
  expect(fast.text).toBe(reference.text)
  expect(fast.headers).toEqual(reference.headers)
  return { ...fast, body: JSON.parse(fast.text) }
}

beforeAll(async () => {
  server = await startTestServer()
  const { payload } = server
  editorToken = await server.login('editor@impact-cms.test', 'demo-editor-pass')
  reviewerToken = await server.login('reviewer@impact-cms.test', 'demo-reviewer-pass')
  const swft = (await payload.find({ collection: 'organisations', where: { slug: { equals: 'south-warwickshire-nhs-foundation-trust' } }, depth: 0 })).docs[0]
  await payload.create({
    collection: 'users',
    data: { email: 'other-contributor@fastpath.test', password: 'other-contributor-pass', role: 'contributor', organisations: [swft.id] },
  })
  otherContributorToken = await server.login('other-contributor@fastpath.test', 'other-contributor-pass')
  hct = (await payload.find({ collection: 'reports', where: { slug: { equals: slug } }, depth: 0, joins: false })).docs[0]
  // a draft rewrite of the published report: only staff and its own contributors may preview it
  await payload.update({ collection: 'reports', id: hct.id, data: { title: draftTitle }, draft: true })
}, 180_000) // seeding takes a while on a busy machine
afterAll(async () => {
  await server?.close()
})

describe('answers exactly as Payload does', () => {
  test('the whole seed report with variables, run then kept', async () => {
    const sent = { query: impactReportQuery, variables: { slug } }
    const first = await expectSameAsPayload(sent)
    expect(first.body.data.impactReport.report.title).toBe(hctReport.title)
    expect(first.body.data.impactReport.goals.length).toBeGreaterThan(0)
    const second = await expectSameAsPayload(sent)
    expect([first.cache, second.cache]).toEqual(['miss', 'hit'])
  })

  test('aliases, named fragments, inline fragments, __typename, directives and an operation name', async () => {
    const query = `
      fragment Goals on ImpactReport { goals { number title evidence { title metrics { label value } } } }
      query Other { impactReports { totalDocs } }
      query Page($slug: String!, $withQuotes: Boolean!) {
        __typename
        first: impactReport(slug: $slug) { __typename ...Goals report { title } }
        again: impactReport(slug: $slug) { ... on ImpactReport { quotes @include(if: $withQuotes) { text speaker { name } } draft } }
        missing: impactReport(slug: "no-such-report") { draft }
      }`
    for (const withQuotes of [true, false]) {
      const { body, cache } = await expectSameAsPayload({ query, operationName: 'Page', variables: { slug, withQuotes } })
      expect(cache).toBe('miss')
      expect(body.data.first.report.title).toBe(hctReport.title)
      expect(body.data.missing).toBeNull()
      expect('quotes' in body.data.again).toBe(withQuotes)
    }
  })

  test('the response type follows Accept, and CORS the Origin, as in Payload', async () => {
    const sent = { query: `{ impactReport(slug: "${slug}") { report { title } } }` }
    for (const accept of ['application/graphql-response+json', 'application/json', '*/*']) {
      const { headers } = await expectSameAsPayload(sent, undefined, { accept, origin: 'https://elsewhere.example' })
      expect(headers['content-type']).toMatch(accept === 'application/graphql-response+json' ? /^application\/graphql-response\+json/ : /^application\/json/)
    }
  })

  test('a report list is answered compiled but never kept (lists are read fresh)', async () => {
    const sent = { query: '{ impactReports(limit: 5) { totalDocs docs { slug title organisation { name } } } }' }
    const first = await expectSameAsPayload(sent)
    const second = await expectSameAsPayload(sent)
    expect(first.body.data.impactReports.totalDocs).toBe(2)
    expect([first.cache, second.cache]).toEqual(['miss', 'miss'])
  })
})

describe('drafts: the same decision as REST', () => {
  const sent = { query: 'query ($slug: String!, $draft: Boolean) { impactReport(slug: $slug, draft: $draft) { report { title } draft } }', variables: { slug, draft: true } }

  test('anonymous `draft: true` gets the published report', async () => {
    const { body } = await expectSameAsPayload(sent)
    expect(body.data.impactReport).toEqual({ report: { title: hctReport.title }, draft: false })
  })

  test('a reviewer and an editor get the draft, never kept for anyone else', async () => {
    for (const token of [reviewerToken, editorToken]) {
      const { body, cache } = await expectSameAsPayload(sent, token)
      expect(cache).toBe('miss')
      expect(body.data.impactReport).toEqual({ report: { title: draftTitle }, draft: true })
    }
    const anonymous = await expectSameAsPayload(sent)
    expect(anonymous.body.data.impactReport.report.title).toBe(hctReport.title)
  })

  test("a contributor of another organisation gets what REST gives them", async () => {
    const { body } = await expectSameAsPayload(sent, otherContributorToken)
    const rest = await server.request(`/api/reports/${slug}/assembled?draft=true`, { token: otherContributorToken })
    expect(body.data.impactReport.report.title).toBe(rest.body.report.title)
    expect(body.data.impactReport.report.title).toBe(hctReport.title)
  })
})

describe('kept answers follow the public view', () => {
  test('a write empties them: the next answer shows it', async () => {
    const sent = { query: 'query ($slug: String!) { impactReport(slug: $slug) { organisation { id name } } }', variables: { slug } }
    const before = await served(sent)
    expect((await served(sent)).cache).toBe('hit')
    const organisation = JSON.parse(before.text).data.impactReport.organisation
    const renamed = `${organisation.name} (renamed)`
    await server.payload.update({ collection: 'organisations', id: organisation.id, data: { name: renamed } })
    const after = await expectSameAsPayload(sent)
    expect(after.cache).toBe('miss')
    expect(after.body.data.impactReport.organisation.name).toBe(renamed)
    await server.payload.update({ collection: 'organisations', id: organisation.id, data: { name: organisation.name } })
  })
})

describe('everything else goes to Payload, and the guards still apply', () => {
  test("errors are Payload's: a missing variable, an unknown field", async () => {
    const missing = await expectSameAsPayload({ query: 'query ($slug: String!) { impactReport(slug: $slug) { draft } }' })
    expect(missing.cache).toBeNull()
    expect(missing.body.errors[0].message).toMatch(/\$slug/)
    const unknown = await expectSameAsPayload({ query: `{ impactReport(slug: "${slug}") { notAField } }` })
    expect(unknown.cache).toBeNull()
    expect(unknown.body.errors[0].message).toMatch(/notAField/)
  })

  test('operations that read more than delivery fields, and mutations', async () => {
    const mixed = await expectSameAsPayload({ query: `{ impactReport(slug: "${slug}") { draft } Organisations(limit: 1) { totalDocs } }` })
    expect(mixed.cache).toBeNull()
    expect(mixed.body.data.impactReport.draft).toBe(false)
    const mutation = await served({ query: `mutation { updateOrganisation(id: "x", data: { name: "y" }) { id } }` })
    expect(mutation.cache).toBeNull()
    expect(JSON.parse(mutation.text).errors.length).toBeGreaterThan(0)
  })

  test('the cost guard refuses before anything runs', async () => {
    const roots = Array.from({ length: 11 }, (_, i) => `r${i}: impactReport(slug: "${slug}") { draft }`).join(' ')
    const refused = await served({ query: `{ ${roots} }` })
    expect(refused.status).toBe(400)
    expect(JSON.parse(refused.text)).toEqual({ errors: [{ message: 'The operation selects 11 root fields; the maximum is 10.' }] })
    expect(refused.cache).toBeNull()
  })
})
