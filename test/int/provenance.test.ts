import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import type { Evidence, Framework, Organisation, Quote, Report } from '../../payload-types.js'
import { plainText } from '../../src/seed/richText.js'
import { reports } from '../../src/seed/content/index.js'
import type { AssembledReport } from '../../src/delivery/types.js'
import { textHash } from '../../src/signoff/textHash.js'
import { startTestServer, type TestServer } from '../helpers/testServer.js'

/**
 * Every seeded fact keeps its source: which article (a byte-for-byte copy in docs/reference/), the words as
 * written, and whether the seed's reading (a goal, an edition year) is stated there or inferred. Quotes are the
 * article's words exactly, recorded as published statements signed off on record.
 */
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const referenceDir = path.join(repoRoot, 'docs/reference')
const articleFiles = ['hertfordshire-community-impact-report-news.txt', 'south-warwickshire-impact-report-news.txt']
const article = (reference: string): string => readFileSync(path.join(repoRoot, reference), 'utf8')

type Provenance = { source?: string | null; reference?: string | null; asWritten?: string | null; basis?: 'stated' | 'inferred' | null; note?: string | null }
type WithProvenance = { provenance?: Provenance | null }

let server: TestServer
let editorToken: string

beforeAll(async () => {
  server = await startTestServer()
  editorToken = await server.login('editor@impact-cms.test', 'demo-editor-pass')
})
afterAll(async () => {
  await server?.close()
})

const list = async <T>(pathname: string): Promise<T[]> => {
  const { status, body } = await server.request(pathname, { token: editorToken })
  expect(status).toBe(200)
  return body.docs as T[]
}

const HCT = 'hertfordshire-community-nhs-trust-levelling-up-impact-report'
const SWFT = 'south-warwickshire-nhs-foundation-trust-impact-report'
const reportBySlug = async (slug: string) => (await list<Report>(`/api/reports?where[slug][equals]=${slug}&depth=0`))[0]
const childrenOf = <T>(collection: string, report: Report) =>
  list<T & WithProvenance>(`/api/${collection}?where[report][equals]=${report.id}&sort=order&limit=100&depth=0`)

/** The pieces of a citation as the article writes them: without the seed's quotation marks, " / " joins and "(Speaker)". */
const citationPieces = (citation: string): string[] =>
  citation
    .split(' / ')
    .map((piece) => piece.replace(/\s*\([A-Z][A-Za-z -]+\)$/, '').replace(/^“|”$/g, '').trim())

describe('the reference articles', () => {
  test('are committed, and identical to ../shared/reference when that exists', () => {
    for (const file of articleFiles) {
      const committed = readFileSync(path.join(referenceDir, file))
      expect(committed.length).toBeGreaterThan(2000)
      const shared = path.resolve(repoRoot, '../shared/reference', file)
      if (existsSync(shared)) expect(readFileSync(shared).equals(committed)).toBe(true)
    }
  })
})

describe('quotes', () => {
  test('every seeded quote is the article’s words, verbatim, in a press statement by the person it names', async () => {
    let compared = 0
    for (const seed of reports) {
      const report = await reportBySlug(seed.slug)
      const quotes = await childrenOf<Quote>('quotes', report)
      expect(quotes).toHaveLength(seed.quotes.length)
      for (const quote of quotes) {
        const provenance = quote.provenance ?? {}
        const text = article(provenance.reference ?? '')
        expect(quote.context).toBe('statement')
        expect(provenance).toMatchObject({ basis: 'stated', source: expect.stringContaining('News article') })
        // the attribution line is the article's, and names the speaker with their title as the quote keeps it
        expect(text).toContain(provenance.asWritten)
        expect(provenance.asWritten).toContain(quote.speakerName)
        expect(provenance.asWritten).toContain(quote.speakerRole)
        const paragraphs = quote.text.split('\n\n')
        // each paragraph opens with “ in the article, straight after the attribution or a line break
        for (const [i, paragraph] of paragraphs.entries()) {
          expect(text).toContain(`${i === 0 ? `${provenance.asWritten} ` : '\n'}“${paragraph}`)
          compared++
        }
      }
    }
    expect(compared).toBe(4)
  })

  test('each is signed off on record as a published statement, with the article as provenance', async () => {
    const hct = await reportBySlug(HCT)
    for (const quote of await childrenOf<Quote>('quotes', hct)) {
      const { docs: records } = await server.payload.find({ collection: 'quote-sign-offs', where: { quote: { equals: quote.id } }, depth: 0 })
      expect(records).toHaveLength(1)
      expect(records[0]).toMatchObject({
        source: 'published-statement',
        decision: 'approved',
        textHash: textHash(quote.text),
        text: quote.text,
        note: expect.stringContaining('Tackling health inequalities on the frontline'),
        revokedAt: null,
      })
    }
    const assembled = (await server.request(`/api/reports/${HCT}/assembled`)).body as AssembledReport
    expect(assembled.quotes).toHaveLength(2)
    for (const quote of assembled.quotes) {
      expect(quote.speakerApproved).toBe(true)
      expect(quote.signOff).toEqual({ decision: 'approved', at: expect.any(String) })
    }
    const graphql = await server.graphql(`{ impactReport(slug: "${HCT}") { quotes { speakerApproved signOff { decision at } } } }`)
    expect(graphql.body.errors).toBeUndefined()
    expect(graphql.body.data.impactReport.quotes).toEqual(assembled.quotes.map((q) => ({ speakerApproved: true, signOff: q.signOff })))
  })
})

describe('evidence', () => {
  test('every item names its article, its words are the article’s, and its goal is stated there or marked inferred', async () => {
    let checked = 0
    for (const seed of reports) {
      const items = await childrenOf<Evidence>('evidence', await reportBySlug(seed.slug))
      expect(items).toHaveLength(seed.evidence.length)
      for (const item of items) {
        const provenance = item.provenance ?? {}
        expect(provenance.source).toMatch(/^News article “/)
        const text = article(provenance.reference ?? '')
        for (const piece of citationPieces(item.source?.citation ?? '')) expect({ title: item.title, found: text.includes(piece) }).toEqual({ title: item.title, found: true })
        if (provenance.basis === 'stated') expect(text).toContain(provenance.asWritten)
        else {
          expect(provenance.basis).toBe('inferred')
          expect(provenance.note).toMatch(/reading/)
        }
        checked++
      }
    }
    expect(checked).toBe(18)
  })

  test('the mappings the articles do not make are marked inferred', async () => {
    const byTitle = async (slug: string) => new Map((await childrenOf<Evidence>('evidence', await reportBySlug(slug))).map((e) => [e.title, e.provenance ?? {}]))
    const hct = await byTitle(HCT)
    const swft = await byTitle(SWFT)
    expect(hct.get('Support for vulnerable children')).toMatchObject({ basis: 'inferred', note: expect.stringContaining('goal 1') })
    expect(hct.get('Cost-of-living support and financial education for staff')).toMatchObject({
      basis: 'inferred',
      asWritten: expect.stringContaining('extends its commitment to good health and wellbeing to its staff'),
      note: expect.stringContaining('good health and wellbeing (goal 8)'),
    })
    expect(swft.get('New patient portal')).toMatchObject({ basis: 'inferred', note: expect.stringContaining('goal 10') })
    expect(swft.get('Video and interactive content to support mental health')).toMatchObject({
      basis: 'stated',
      asWritten: expect.stringContaining('Under the goal of “good health and wellbeing”'),
    })
    expect(swft.get('Programmes and policies to boost digital skills and confidence')).toMatchObject({
      basis: 'stated',
      asWritten: 'The “closing the digital divide” goal sets out the majority of the trust’s work on digital transformation.',
    })
  })
})

describe('frameworks, organisations and reports', () => {
  test('every framework edition names its source; the 2021 year is marked inferred; the article’s sentences are kept as written', async () => {
    const frameworks = await list<Framework & WithProvenance>('/api/frameworks?depth=0&limit=10&sort=slug')
    expect(frameworks).toHaveLength(3)
    for (const framework of frameworks) expect(framework.provenance?.source).toBeTruthy()
    const bySlug = new Map(frameworks.map((f) => [f.slug, f]))
    expect(bySlug.get('un-sdgs')?.provenance).toMatchObject({ basis: 'stated', source: expect.stringContaining('A/RES/70/1') })
    const goals2021 = bySlug.get('purpose-goals-2021')
    expect(goals2021?.provenance).toMatchObject({ basis: 'inferred', note: expect.stringContaining('Last year') })
    expect(article('docs/reference/south-warwickshire-impact-report-news.txt')).toContain(goals2021?.provenance?.asWritten)
    expect(goals2021?.description).toContain('designed to guide efforts on the drive for equality')
    expect(goals2021?.description).toContain('positive destinations post-16+ as well as the barriers')
    expect(bySlug.get('purpose-goals-current')?.provenance).toMatchObject({ basis: 'inferred', source: expect.stringContaining('Purpose Coalition') })
  })

  test('NHS ODS codes name the public register they come from', async () => {
    const organisations = await list<Organisation>('/api/organisations?where[type][equals]=nhs-trust&depth=0')
    expect(organisations).toHaveLength(2)
    for (const organisation of organisations) {
      const [identifier] = (organisation.identifiers ?? []) as { scheme: string; value: string; source?: string }[]
      expect(identifier).toMatchObject({ scheme: 'nhs-ods', source: expect.stringContaining('Organisation Data Service') })
    }
  })

  test('the SWFT report keeps the sentences that frame its evidence', async () => {
    const swft = await reportBySlug(SWFT)
    const analysis = plainText(swft.analysis)
    expect(analysis).toContain('the trust lays out some of their measurable impacts including two with a digital focus.')
    expect(analysis).toContain('The “closing the digital divide” goal sets out the majority of the trust’s work on digital transformation.')
  })
})
