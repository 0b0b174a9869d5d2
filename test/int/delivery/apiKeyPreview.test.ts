import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import type { Report } from '../../../payload-types.js'
import { cacheControl } from '../../../src/delivery/endpoint.js'
import type { AssembledReport } from '../../../src/delivery/types.js'
import { hctReport } from '../../../src/seed/content/reports/hct.js'
import { startTestServer, type TestServer } from '../../helpers/testServer.js'
import { impactReportQuery } from './queries.js'

/**
 * Preview with an API key (users have `auth.useAPIKey`): a frontend's preview mode sends
 * `Authorization: users API-Key <key>` instead of a session token. A valid editor key sees the draft over REST
 * and GraphQL; a wrong, revoked or unprivileged key is treated as anonymous: the published view, never a 401.
 * (Payload 3.90 indexes `apiKey` whenever it is given, even with `enableAPIKey: false` in the same write —
 * that flag is kept for backward compatibility — so revoking means turning it off, or clearing `apiKey`, later.)
 */
let server: TestServer
let hct: Report
const slug = hctReport.slug
const draftTitle = 'Levelling Up Impact Report (API-key preview)'
const draftEvidenceTitle = 'Evidence only the preview shows'
const editorKey = randomUUID()
const revokedKey = randomUUID()
const otherContributorKey = randomUUID()

const apiKey = (key: string) => ({ authorization: `users API-Key ${key}` })
const assembled = (key: string, query = '?draft=true') => server.request(`/api/reports/${slug}/assembled${query}`, { headers: apiKey(key) })
const graphql = async (key: string, draft: boolean) =>
  (await server.request('/api/graphql', { body: { query: impactReportQuery, variables: { slug, draft } }, headers: apiKey(key) })).body
const evidenceTitles = (doc: AssembledReport) => doc.goals.flatMap((g) => g.evidence.map((e) => e.title))

beforeAll(async () => {
  server = await startTestServer()
  const { payload } = server
  hct = (await payload.find({ collection: 'reports', where: { slug: { equals: slug } }, depth: 0, joins: false })).docs[0]
  const swft = (await payload.find({ collection: 'organisations', where: { slug: { equals: 'south-warwickshire-nhs-foundation-trust' } }, depth: 0 })).docs[0]
  await payload.create({
    collection: 'users',
    data: { email: 'preview-bot@delivery.test', password: randomUUID(), role: 'editor', enableAPIKey: true, apiKey: editorKey },
  })
  // revoked the way the admin does it: the key is turned off after it was in use
  const revoked = await payload.create({
    collection: 'users',
    data: { email: 'revoked-bot@delivery.test', password: randomUUID(), role: 'editor', enableAPIKey: true, apiKey: revokedKey },
  })
  await payload.update({ collection: 'users', id: revoked.id, data: { enableAPIKey: false } })
  await payload.create({
    collection: 'users',
    data: { email: 'other-bot@delivery.test', password: randomUUID(), role: 'contributor', organisations: [swft.id], enableAPIKey: true, apiKey: otherContributorKey },
  })

  const goal = (await payload.find({ collection: 'goals', where: { framework: { equals: hct.framework }, number: { equals: 3 } }, depth: 0 })).docs[0]
  await payload.create({
    collection: 'evidence',
    data: { report: hct.id, title: draftEvidenceTitle, goal: goal.id, assurance: 'self-reported', _status: 'draft' },
  })
  await payload.update({ collection: 'reports', id: hct.id, data: { title: draftTitle }, draft: true })
})
afterAll(async () => {
  await server?.close()
})

describe('an editor API key', () => {
  test('REST ?draft=true returns the draft rewrite and draft evidence, privately', async () => {
    const { status, body, headers } = await assembled(editorKey)
    expect(status).toBe(200)
    const doc = body as AssembledReport
    expect(doc.draft).toBe(true)
    expect(doc.report.title).toBe(draftTitle)
    expect(doc.report.status).toBe('draft')
    expect(evidenceTitles(doc)).toContain(draftEvidenceTitle)
    expect(headers.get('cache-control')).toBe(cacheControl.private)
  })

  test('REST without ?draft returns the published view (still private: the caller is signed in)', async () => {
    const { body, headers } = await assembled(editorKey, '')
    expect((body as AssembledReport).report.title).toBe(hctReport.title)
    expect(evidenceTitles(body as AssembledReport)).not.toContain(draftEvidenceTitle)
    expect(headers.get('cache-control')).toBe(cacheControl.private)
  })

  test('GraphQL draft: true returns the draft; draft: false the published report', async () => {
    const preview = await graphql(editorKey, true)
    expect(preview.errors).toBeUndefined()
    expect(preview.data.impactReport.draft).toBe(true)
    expect(preview.data.impactReport.report.title).toBe(draftTitle)
    expect(evidenceTitles(preview.data.impactReport)).toContain(draftEvidenceTitle)

    const published = await graphql(editorKey, false)
    expect(published.data.impactReport.report.title).toBe(hctReport.title)
  })

  test('the key identifies the user (GET /api/users/me)', async () => {
    const { body } = await server.request('/api/users/me', { headers: apiKey(editorKey) })
    expect(body.user).toMatchObject({ email: 'preview-bot@delivery.test', role: 'editor' })
  })
})

describe('keys that must not preview', () => {
  const cases: [string, string][] = [
    ['a wrong key', randomUUID()],
    ['a malformed key', 'not-a-key'],
    ['a revoked key (enableAPIKey turned off)', revokedKey],
  ]
  for (const [name, key] of cases) {
    test(`${name}: the published version over REST and GraphQL, 200 not 401`, async () => {
      const { status, body, headers } = await assembled(key)
      expect(status).toBe(200)
      const doc = body as AssembledReport
      expect(doc.draft).toBe(false)
      expect(doc.report.title).toBe(hctReport.title)
      expect(evidenceTitles(doc)).not.toContain(draftEvidenceTitle)
      expect(JSON.stringify(doc)).not.toContain(draftTitle)
      // treated as anonymous: the shared public view
      expect(headers.get('cache-control')).toBe(cacheControl.public)

      const gql = await graphql(key, true)
      expect(gql.errors).toBeUndefined()
      expect(gql.data.impactReport.draft).toBe(false)
      expect(gql.data.impactReport.report.title).toBe(hctReport.title)
      expect(JSON.stringify(gql)).not.toContain(draftEvidenceTitle)
    })
  }

  test("a valid key of another organisation's contributor: the published version", async () => {
    const { status, body } = await assembled(otherContributorKey)
    expect(status).toBe(200)
    expect((body as AssembledReport).draft).toBe(false)
    expect((body as AssembledReport).report.title).toBe(hctReport.title)
    const gql = await graphql(otherContributorKey, true)
    expect(gql.data.impactReport.report.title).toBe(hctReport.title)
    expect(JSON.stringify(gql)).not.toContain(draftEvidenceTitle)
  })
})
