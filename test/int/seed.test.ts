import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import type { Evidence, Framework, Goal, Organisation, Quote, Recommendation, Report } from '../../payload-types.js'
import { seedContent } from '../../src/seed/seedContent.js'
import { plainText } from '../../src/seed/richText.js'
import { startTestServer, type TestServer } from '../helpers/testServer.js'

/** The seeded reference content, read over real REST and GraphQL as an anonymous client. */
let server: TestServer

beforeAll(async () => {
  server = await startTestServer()
})
afterAll(async () => {
  await server?.close()
})

type Docs<T> = { docs: T[]; totalDocs: number }

const get = async <T>(pathname: string, token?: string): Promise<Docs<T>> => {
  const { status, body } = await server.request(pathname, { token })
  expect(status).toBe(200)
  return body as Docs<T>
}

const frameworkBySlug = async (slug: string): Promise<Framework> => {
  const { docs } = await get<Framework>(`/api/frameworks?where[slug][equals]=${slug}&depth=0`)
  expect(docs).toHaveLength(1)
  return docs[0]
}

const goalsOf = async (slug: string, depth = 0): Promise<Goal[]> => {
  const framework = await frameworkBySlug(slug)
  const { docs } = await get<Goal>(`/api/goals?where[framework][equals]=${framework.id}&sort=number&limit=100&depth=${depth}`)
  return docs
}

const reportBySlug = async (slug: string): Promise<Report> => {
  const { docs } = await get<Report>(`/api/reports?where[slug][equals]=${slug}&depth=1`)
  expect(docs).toHaveLength(1)
  return docs[0]
}

const childrenOf = <T>(collection: string, report: Report): Promise<Docs<T>> =>
  get<T>(`/api/${collection}?where[report][equals]=${report.id}&sort=order&limit=100&depth=0`)

const idOf = (ref: string | { id: string } | null | undefined): string | undefined =>
  ref == null ? undefined : typeof ref === 'string' ? ref : ref.id

const HCT = 'hertfordshire-community-nhs-trust-levelling-up-impact-report'
const SWFT = 'south-warwickshire-nhs-foundation-trust-impact-report'

describe('frameworks and goals', () => {
  test('Purpose Goals 2021 has its 14 goals in published order', async () => {
    const framework = await frameworkBySlug('purpose-goals-2021')
    expect(framework).toMatchObject({ name: 'Purpose Goals', edition: '2021', publisher: 'Purpose Coalition', status: 'retired' })
    const goals = await goalsOf('purpose-goals-2021')
    expect(goals.map((g) => g.number)).toEqual(Array.from({ length: 14 }, (_, i) => i + 1))
    const title = (n: number) => goals.find((g) => g.number === n)?.title
    expect(title(1)).toBe('Strong foundations in Early Years')
    expect(title(8)).toBe('Good health and wellbeing')
    expect(title(10)).toBe('Closing the digital divide')
    expect(title(14)).toBe('Achieve equality, through diversity & inclusion')
    expect(goals.filter((g) => g.group === 'life-stage').map((g) => g.number)).toEqual([1, 2, 3])
    expect(goals.filter((g) => g.group === 'barrier').map((g) => g.number)).toEqual([10, 11])
  })

  test('the current edition revises 2021: 15 goals, goal 10 renamed', async () => {
    const previous = await frameworkBySlug('purpose-goals-2021')
    const current = await frameworkBySlug('purpose-goals-current')
    expect(current).toMatchObject({ name: 'Purpose Goals', edition: 'Current', status: 'active' })
    expect(idOf(current.previousEdition)).toBe(previous.id)
    const goals = await goalsOf('purpose-goals-current')
    expect(goals.map((g) => g.number)).toEqual(Array.from({ length: 15 }, (_, i) => i + 1))
    expect(goals[9].title).toBe('Closing the digital and AI divide')
    expect(goals[14].title).toBe('Working in Partnership')
    expect(goals[7].title).toBe('Good health and wellbeing')
  })

  test('the 17 SDGs are seeded by their short titles', async () => {
    const goals = await goalsOf('un-sdgs')
    expect(goals).toHaveLength(17)
    expect(goals[0].title).toBe('No poverty')
    expect(goals[2].title).toBe('Good health and well-being')
    expect(goals[16].title).toBe('Partnerships for the goals')
  })

  test('Purpose Goal 8 maps to SDG 3 in both editions (GraphQL)', async () => {
    for (const slug of ['purpose-goals-2021', 'purpose-goals-current']) {
      const framework = await frameworkBySlug(slug)
      const { status, body } = await server.graphql(
        `query ($framework: JSON) {
          Goals(where: { framework: { equals: $framework }, number: { equals: 8 } }) {
            docs { title mappings { goal { number title label } basis note } }
          }
        }`,
        { framework: framework.id },
      )
      expect(status).toBe(200)
      expect(body.errors).toBeUndefined()
      // the label names the mapped goal's edition (a framework selection here would pass the depth limit of 5)
      type Mapping = { goal: { number: number; title: string; label: string }; basis: string; note: string }
      const [goal] = body.data.Goals.docs as { title: string; mappings: Mapping[] }[]
      expect(goal.title).toBe('Good health and wellbeing')
      // no published mapping between the two frameworks is known: the seed marks it inferred and says why
      expect(goal.mappings).toEqual([
        {
          goal: { number: 3, title: 'Good health and well-being', label: '3. Good health and well-being (UN Sustainable Development Goals 2015)' },
          basis: 'inferred',
          note: 'Editorial: both goals are good health and wellbeing (SDG 3).',
        },
      ])
    }
  })
})

describe('organisations and reports', () => {
  test('the trusts carry their NHS ODS codes and HCT its reach', async () => {
    const { docs } = await get<Organisation>('/api/organisations?limit=100&depth=0')
    const bySlug = new Map(docs.map((o) => [o.slug, o]))
    const hct = bySlug.get('hertfordshire-community-nhs-trust')
    const swft = bySlug.get('south-warwickshire-nhs-foundation-trust')
    expect(hct?.identifiers).toEqual([expect.objectContaining({ scheme: 'nhs-ods', value: 'RY4' })])
    expect(swft?.identifiers).toEqual([expect.objectContaining({ scheme: 'nhs-ods', value: 'RJC' })])
    expect(hct?.populationServed).toEqual({ value: 1_200_000, description: 'more than 1.2 million people' })
    expect(hct?.description?.root.children[0]).toMatchObject({ type: 'paragraph', version: 1 })
    expect(plainText(hct?.description)).toContain('Minor Injuries Unit at Herts and Essex hospital in Bishop’s Stortford')
    expect(bySlug.get('purpose-coalition')?.type).toBe('coalition')
  })

  test('both reports are published and readable anonymously', async () => {
    const hct = await reportBySlug(HCT)
    expect(hct).toMatchObject({ title: 'Levelling Up Impact Report', _status: 'published' })
    expect(hct.organisation).toMatchObject({ slug: 'hertfordshire-community-nhs-trust' })
    expect(hct.partner).toMatchObject({ slug: 'purpose-coalition' })
    expect(hct.framework).toMatchObject({ slug: 'purpose-goals-2021' })
    expect(hct.periodFrom ?? null).toBeNull()
    expect(hct.publicationDate ?? null).toBeNull()
    expect(plainText(hct.introduction)).toContain('more than 1.2 million people')

    const swft = await reportBySlug(SWFT)
    expect(swft).toMatchObject({ title: 'Impact Report', _status: 'published' })
    expect(swft.organisation).toMatchObject({ slug: 'south-warwickshire-nhs-foundation-trust' })
    expect(swft.partner ?? null).toBeNull()
    expect(swft.summary).toContain('first UK organisation to publish an Impact Report')
  })

  test('HCT has exactly its two press statements, verbatim, in two paragraphs each', async () => {
    const hct = await reportBySlug(HCT)
    const { docs } = await childrenOf<Quote>('quotes', hct)
    expect(docs).toHaveLength(2)
    const [milton, howardJones] = docs
    expect(milton).toMatchObject({
      speakerName: 'Anne Milton',
      speakerHonorific: 'Rt Hon',
      speakerRole: 'Chair of the Purpose Health Coalition and former Public Health Minister',
      context: 'statement',
      _status: 'published',
    })
    expect(milton.text).toContain(
      'how our most disadvantaged communities are experiencing the impact of worsening health inequality – whether that is in the context of life expectancy',
    )
    expect(milton.text).toContain('By extending this work, and targeting it effectively, it can make a valuable contribution to levelling up in the areas it serves.')
    expect(howardJones).toMatchObject({ speakerName: 'Elliot Howard-Jones', speakerRole: 'Chief Executive for Hertfordshire Community NHS Trust' })
    expect(howardJones.text).toContain('as an anchor institution within the communities we serve')
    expect(howardJones.text).toContain('We will continue to target families living in poverty - we have already worked with Hertfordshire County Council')
    for (const quote of docs) {
      const paragraphs = quote.text.split('\n\n')
      expect(paragraphs).toHaveLength(2)
      for (const paragraph of paragraphs) expect(paragraph).not.toMatch(/^[“"]|[”"]$/)
      expect(idOf(quote.person)).toBeDefined()
      expect(idOf(quote.organisation)).toBe(idOf(hct.organisation))
    }
  })

  test('HCT has four recommendations; SWFT none', async () => {
    const hct = await childrenOf<Recommendation>('recommendations', await reportBySlug(HCT))
    expect(hct.docs.map((r) => r.title)).toEqual([
      'Extend outreach to more deprived areas',
      'Expand pre-employment support',
      'Attract more underrepresented groups',
      'Embed social value further, particularly in procurement',
    ])
    expect(hct.docs.every((r) => r.status === 'proposed' && r._status === 'published')).toBe(true)
    const swft = await childrenOf<Recommendation>('recommendations', await reportBySlug(SWFT))
    expect(swft.totalDocs).toBe(0)
  })

  test('evidence maps to 2021 goals, in article order, and the report lists those goals', async () => {
    const goals2021 = new Map((await goalsOf('purpose-goals-2021')).map((g) => [g.id, g.number]))
    for (const [slug, expected] of [
      [HCT, { count: 9, first: 'Schools outreach on NHS career pathways', goals: [1, 4, 7, 8, 13] }],
      [SWFT, { count: 9, first: 'New patient portal', goals: [8, 10] }],
    ] as const) {
      const report = await reportBySlug(slug)
      const { docs } = await childrenOf<Evidence>('evidence', report)
      expect(docs).toHaveLength(expected.count)
      expect(docs[0].title).toBe(expected.first)
      expect(docs.map((e) => e.order)).toEqual(docs.map((_, i) => i + 1))
      for (const item of docs) {
        expect(goals2021.has(idOf(item.goal) ?? '')).toBe(true)
        expect(item).toMatchObject({ assurance: 'self-reported', _status: 'published' })
        expect(item.source?.citation).toBeTruthy()
      }
      const reportGoals = (report.goals ?? []).map((g) => goals2021.get(idOf(g) ?? ''))
      expect(reportGoals).toEqual(expected.goals)
      const evidenceGoals = [...new Set(docs.map((e) => goals2021.get(idOf(e.goal) ?? '')))].sort((a, b) => (a ?? 0) - (b ?? 0))
      expect(evidenceGoals).toEqual(expected.goals)
    }
  })
})

describe('idempotency', () => {
  const collections = ['frameworks', 'goals', 'organisations', 'people', 'reports', 'quotes', 'evidence', 'recommendations']

  /** Every document's id and updatedAt, as an editor sees them (drafts included). */
  const snapshot = async (token: string): Promise<Record<string, string[]>> => {
    const result: Record<string, string[]> = {}
    for (const collection of collections) {
      const { docs } = await get<{ id: string; updatedAt: string }>(
        `/api/${collection}?limit=1000&depth=0&draft=true&select[updatedAt]=true`,
        token,
      )
      result[collection] = docs.map((d) => `${d.id}@${d.updatedAt}`).sort()
    }
    return result
  }

  test('seeding again creates nothing and changes nothing', async () => {
    const token = await server.login('admin@impact-cms.test', 'demo-admin-pass')
    const before = await snapshot(token)
    expect(before.goals).toHaveLength(14 + 15 + 17)
    const versionsBefore = await server.payload.countVersions({ collection: 'quotes' })

    const summary = await seedContent(server.payload)

    expect(Object.values(summary).every((n) => n === 0)).toBe(true)
    expect(await snapshot(token)).toEqual(before)
    expect(await server.payload.countVersions({ collection: 'quotes' })).toEqual(versionsBefore)
  })

  test('seeding again restores reference content that was changed, without duplicating it', async () => {
    const { payload } = server
    const framework = await frameworkBySlug('purpose-goals-2021')
    const hct = await reportBySlug(HCT)
    const [evidence] = (await childrenOf<Evidence>('evidence', hct)).docs
    await payload.update({ collection: 'frameworks', id: framework.id, data: { description: 'edited' } })
    await payload.update({ collection: 'evidence', id: evidence.id, draft: false, data: { description: 'edited', _status: 'published' } })

    const summary = await seedContent(payload)

    expect(Object.values(summary).every((n) => n === 0)).toBe(true)
    expect((await frameworkBySlug('purpose-goals-2021')).description).toBe(framework.description)
    const after = (await childrenOf<Evidence>('evidence', hct)).docs
    expect(after).toHaveLength(9)
    expect(after[0]).toMatchObject({ id: evidence.id, description: evidence.description })
  })
})
