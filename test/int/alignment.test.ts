import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import type { Goal } from '../../payload-types.js'
import type { AssembledAlignment } from '../../src/delivery/coverageTypes.js'
import type { AssembledReport } from '../../src/delivery/types.js'
import { hctReport } from '../../src/seed/content/reports/hct.js'
import { createAccounts, type Account } from '../helpers/accounts.js'
import { startTestServer, type TestServer } from '../helpers/testServer.js'

/**
 * Alignment across frameworks over the seeded HCT report: its evidence rolled up along the stored goal mappings
 * (with their basis and note) to every mapped framework, the same in the assembled JSON and GraphQL
 * `impactReport { alignment(framework:) }`; drafts never leak into it.
 */
let server: TestServer
let reviewer: Account
const slug = hctReport.slug

beforeAll(async () => {
  server = await startTestServer()
  ;({ reviewer } = await createAccounts(server, { reviewer: { role: 'reviewer', organisations: [] } }, () => 'reviewer@alignment.test', () => 'Reviewer'))
})
afterAll(async () => {
  await server?.close()
})

const assembled = async (token?: string, draft = false) => {
  const response = await server.request(`/api/reports/${slug}/assembled${draft ? '?draft=true' : ''}`, { token })
  expect(response.status).toBe(200)
  return response.body as AssembledReport
}
const sdgsOf = (alignment: AssembledAlignment[]) => alignment.find((a) => a.framework.slug === 'un-sdgs')!
const evidenceIdsOfGoal = (doc: AssembledReport, number: number) => doc.goals.find((g) => g.number === number)!.evidence.map((e) => e.id)

const alignmentQuery = `query ($slug: String!, $framework: String) { impactReport(slug: $slug) {
  alignment(framework: $framework) { framework { id slug name edition } evidenceCount
    goals { id number title evidenceCount evidence basis via { number title basis note } } } } }`

describe('HCT alignment', () => {
  test('SDG 3 carries the health evidence (goal 8 items), inferred, via Purpose Goal 8', async () => {
    const doc = await assembled()
    const sdgs = sdgsOf(doc.alignment)
    expect(sdgs.framework).toMatchObject({ slug: 'un-sdgs', name: 'UN Sustainable Development Goals' })
    const sdg3 = sdgs.goals.find((g) => g.number === 3)!
    const health = evidenceIdsOfGoal(doc, 8)
    expect(health).toHaveLength(hctReport.evidence.filter((e) => e.goal === 8).length)
    expect(sdg3).toEqual({
      id: expect.any(String),
      number: 3,
      title: 'Good health and well-being',
      evidenceCount: health.length,
      evidence: health,
      basis: 'inferred',
      via: [{ number: 8, title: 'Good health and wellbeing', basis: 'inferred', note: 'Editorial: both goals are good health and wellbeing (SDG 3).' }],
    })
  })

  test('every evidence item reaches the SDGs its goal maps to, and only those; goals in order', async () => {
    const doc = await assembled()
    const sdgs = sdgsOf(doc.alignment)
    // seed mappings of the goals HCT has evidence for: 1 → 4, 4 → none, 7 → 1, 8 → 3, 13 → 7 and 13
    const expected = new Map<number, string[]>([
      [1, evidenceIdsOfGoal(doc, 7)],
      [3, evidenceIdsOfGoal(doc, 8)],
      [4, evidenceIdsOfGoal(doc, 1)],
      [7, evidenceIdsOfGoal(doc, 13)],
      [13, evidenceIdsOfGoal(doc, 13)],
    ])
    const present = [...expected].filter(([, ids]) => ids.length)
    expect(sdgs.goals.map((g) => [g.number, g.evidence])).toEqual(present)
    const reaching = new Set(present.flatMap(([, ids]) => ids))
    expect(sdgs.evidenceCount).toBe(reaching.size)
    // the report's own edition is never listed as aligned to itself
    expect(doc.alignment.map((a) => a.framework.slug)).not.toContain('purpose-goals-2021')
  })

  test('GraphQL alignment(framework: "un-sdgs") is the same data; an unknown framework gives none', async () => {
    const doc = await assembled()
    const filtered = await server.graphql(alignmentQuery, { slug, framework: 'un-sdgs' })
    expect(filtered.body.errors).toBeUndefined()
    expect(filtered.body.data.impactReport.alignment).toEqual([sdgsOf(doc.alignment)])
    const all = await server.graphql(alignmentQuery, { slug })
    expect(all.body.data.impactReport.alignment).toEqual(doc.alignment)
    const none = await server.graphql(alignmentQuery, { slug, framework: 'no-such-framework' })
    expect(none.body.data.impactReport.alignment).toEqual([])
  })

  test('a mapping marked official makes the goal official; a mapping stored on the other side counts too', async () => {
    const sdgFramework = (await server.payload.find({ collection: 'frameworks', where: { slug: { equals: 'un-sdgs' } }, depth: 0 })).docs[0]
    const editionId = (await server.payload.find({ collection: 'frameworks', where: { slug: { equals: 'purpose-goals-2021' } }, depth: 0 })).docs[0].id
    const goalOf = async (framework: string, number: number) =>
      (await server.payload.find({ collection: 'goals', where: { and: [{ framework: { equals: framework } }, { number: { equals: number } }] }, depth: 0 })).docs[0]
    const goal8 = await goalOf(editionId, 8)
    const sdg3 = await goalOf(sdgFramework.id, 3)
    const sdg10 = await goalOf(sdgFramework.id, 10)
    const setMappings = (id: string, mappings: Goal['mappings']) => server.payload.update({ collection: 'goals', id, data: { mappings } })
    await setMappings(goal8.id, [{ goal: sdg3.id, basis: 'official', note: 'Test: published correspondence.' }])
    // stored on the SDG's side only: SDG 10 → Purpose Goal 8
    await setMappings(sdg10.id, [{ goal: goal8.id, basis: 'inferred', note: 'Test: reverse.' }])
    try {
      const doc = await assembled()
      const sdgs = sdgsOf(doc.alignment)
      expect(sdgs.goals.find((g) => g.number === 3)).toMatchObject({ basis: 'official', via: [{ number: 8, basis: 'official', note: 'Test: published correspondence.' }] })
      expect(sdgs.goals.find((g) => g.number === 10)).toMatchObject({ basis: 'inferred', evidence: evidenceIdsOfGoal(doc, 8), via: [{ number: 8, note: 'Test: reverse.' }] })
    } finally {
      await setMappings(goal8.id, [{ goal: sdg3.id, basis: 'inferred', note: 'Editorial: both goals are good health and wellbeing (SDG 3).' }])
      await setMappings(sdg10.id, [])
    }
  })

  test('a draft item reaches the alignment in a reviewer’s preview only', async () => {
    const report = (await server.payload.find({ collection: 'reports', where: { slug: { equals: slug } }, depth: 0 })).docs[0]
    const goal8 = (await server.payload.find({ collection: 'goals', where: { and: [{ framework: { equals: report.framework as string } }, { number: { equals: 8 } }] }, depth: 0 })).docs[0]
    const draft = await server.payload.create({
      collection: 'evidence',
      draft: true,
      data: { report: report.id, goal: goal8.id, title: 'Draft: not yet public', assurance: 'self-reported', _status: 'draft' },
    })
    try {
      const publicSdg3 = sdgsOf((await assembled()).alignment).goals.find((g) => g.number === 3)!
      expect(publicSdg3.evidence).not.toContain(draft.id)
      const previewSdg3 = sdgsOf((await assembled(reviewer.token, true)).alignment).goals.find((g) => g.number === 3)!
      expect(previewSdg3.evidence).toContain(draft.id)
      expect(previewSdg3.evidenceCount).toBe(publicSdg3.evidenceCount + 1)
    } finally {
      await server.payload.delete({ collection: 'evidence', id: draft.id })
    }
  })
})
