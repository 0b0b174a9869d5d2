import { afterAll, beforeAll, expect, test } from '@jest/globals'
import { createLocalReq, type CollectionSlug, type PayloadRequest, type SelectType, type Sort, type TypedUser, type Where } from 'payload'
import type { Report } from '../../../payload-types.js'
import { deliveryFind, readsLean } from '../../../src/delivery/leanRead.js'
import { queriesMainTableOnly } from '../../../src/delivery/mainTableQuery.js'
import {
  evidenceSelect,
  frameworkSelect,
  goalSelect,
  organisationSelect,
  quoteSelect,
  recommendationSelect,
  reportSelect,
} from '../../../src/delivery/selects.js'
import { deliveryOptionsOf } from '../../../src/delivery/options.js'
import { hctReport } from '../../../src/seed/content/reports/hct.js'
import { startTestServer, type TestServer } from '../../helpers/testServer.js'

/**
 * The delivery plugin on the real server: the lean reads give exactly what `payload.find` gives (every actor,
 * published and draft), and the Express fast path renders an anonymous miss identically to the Payload endpoint.
 */
let server: TestServer
let hct: Report
const actors: Record<string, TypedUser | null> = {}
const path = `/api/reports/${hctReport.slug}/assembled`


const requestAs = async (name: string): Promise<PayloadRequest> => createLocalReq({ user: actors[name] ?? undefined }, server.payload)

beforeAll(async () => {
  server = await startTestServer()
  const { payload } = server
  hct = (await payload.find({ collection: 'reports', where: { slug: { equals: hctReport.slug } }, depth: 0, joins: false })).docs[0]
  const user = async (email: string) => (await payload.find({ collection: 'users', where: { email: { equals: email } }, depth: 0 })).docs[0] as TypedUser
  const swft = (await payload.find({ collection: 'organisations', where: { slug: { equals: 'south-warwickshire-nhs-foundation-trust' } }, depth: 0 })).docs[0]
  await payload.create({ collection: 'users', data: { email: 'other-org@delivery-plugin.test', password: 'other-org-pass', role: 'contributor', organisations: [swft.id] } })
  actors.anonymous = null
  actors.ownContributor = { ...(await user('contributor@impact-cms.test')), collection: 'users' }
  actors.otherContributor = { ...(await user('other-org@delivery-plugin.test')), collection: 'users' }
  actors.reviewer = { ...(await user('reviewer@impact-cms.test')), collection: 'users' }
  actors.editor = { ...(await user('editor@impact-cms.test')), collection: 'users' }

  // drafts to tell the views apart: a draft rewrite of a published item, a never-published item, a draft quote
  const evidence = (await payload.find({ collection: 'evidence', where: { report: { equals: hct.id } }, depth: 0, limit: 2, sort: 'order' })).docs
  await payload.update({ collection: 'evidence', id: evidence[0].id, data: { title: 'Rewritten in a draft', metrics: [{ label: 'Draft figure', value: 7 }] }, draft: true })
  await payload.create({ collection: 'evidence', data: { report: hct.id, title: 'Never published', goal: evidence[1].goal, assurance: 'self-reported', _status: 'draft' } })
  const quote = (await payload.find({ collection: 'quotes', where: { report: { equals: hct.id } }, depth: 0, limit: 1 })).docs[0]
  await payload.update({ collection: 'quotes', id: quote.id, data: { context: 'case-study' }, draft: true })
}, 300_000) // seeding a server on a busy 2-core machine can take over a minute
afterAll(async () => {
  await server?.close()
})

type Read = { collection: CollectionSlug; where: () => Where; sort?: Sort; select?: SelectType; rawRichText?: boolean; child?: boolean }
const reads: Read[] = [
  // the assembly's own reads (src/delivery/assembleReport.ts, selects.ts); `child`: also read with the report known
  { collection: 'reports', where: () => ({ slug: { equals: hctReport.slug } }), select: reportSelect, rawRichText: true },
  { collection: 'organisations', where: () => ({ id: { in: [hct.organisation, hct.partner].filter(Boolean) as string[] } }), select: organisationSelect },
  { collection: 'frameworks', where: () => ({}), select: frameworkSelect },
  { collection: 'goals', where: () => ({}), sort: 'number', select: goalSelect },
  { collection: 'evidence', where: () => ({ report: { equals: hct.id } }), sort: ['order', 'createdAt'], select: evidenceSelect, child: true },
  { collection: 'quotes', where: () => ({ report: { equals: hct.id } }), sort: ['order', 'createdAt'], select: quoteSelect, child: true },
  { collection: 'recommendations', where: () => ({ report: { equals: hct.id } }), sort: ['order', 'createdAt'], select: recommendationSelect, child: true },
  { collection: 'quotes', where: () => ({ report: { equals: hct.id } }), sort: ['order', 'createdAt'] },
  { collection: 'recommendations', where: () => ({ report: { equals: hct.id } }), sort: ['order', 'createdAt'] },
  { collection: 'goals', where: () => ({ framework: { equals: hct.framework } }), sort: 'number' },
  // a where into the mappings array (a join, so no kept query): equal too
  {
    collection: 'goals',
    where: (): Where => ({ or: [{ framework: { equals: hct.framework } }, { 'mappings.goal': { exists: true } }] }),
    sort: 'number',
    select: { number: true, title: true, framework: true, mappings: true },
  },
]

test('the per-item reads skip Payload’s afterRead walk only where it would change nothing', () => {
  const config = (slug: CollectionSlug) => server.payload.collections[slug].config
  expect(readsLean(config('evidence'), evidenceSelect)).toBe(true)
  for (const [slug, select] of [['organisations', organisationSelect], ['frameworks', frameworkSelect], ['goals', goalSelect], ['quotes', quoteSelect], ['recommendations', recommendationSelect]] as const)
    expect({ slug, lean: readsLean(config(slug), select) }).toEqual({ slug, lean: true })
  // the report's rich text is read raw: the delivery renders it from the stored JSON (src/delivery/html)
  expect(readsLean(config('reports'), reportSelect, true)).toBe(true)
  expect(readsLean(config('reports'), reportSelect)).toBe(false)
  // the workflow group has field-level read access: reading it needs Payload's walk
  expect(readsLean(config('quotes'), undefined)).toBe(false)
  expect(readsLean(config('goals'), undefined)).toBe(true)
  // only reads of a collection's own table keep their built query (src/delivery/mainTableQuery.ts)
  expect(queriesMainTableOnly(config('evidence'), { and: [{ report: { equals: 'r' } }, { _status: { equals: 'published' } }] }, ['order', 'createdAt'])).toBe(true)
  expect(queriesMainTableOnly(config('quote-sign-offs'), { quote: { in: ['q'] } }, '-decidedAt')).toBe(true)
  expect(queriesMainTableOnly(config('evidence'), { 'report._status': { equals: 'published' } }, undefined)).toBe(false)
  expect(queriesMainTableOnly(config('goals'), { 'mappings.goal': { in: ['g'] } }, 'number')).toBe(false)
  // hasMany relationship (rels table), array rows, sort through another table
  expect(queriesMainTableOnly(config('reports'), { goals: { in: ['g'] } }, undefined)).toBe(false)
  expect(queriesMainTableOnly(config('evidence'), { metrics: { exists: true } }, undefined)).toBe(false)
  expect(queriesMainTableOnly(config('evidence'), {}, 'report.title')).toBe(false)
  expect(readsLean(config('goals'), { number: true, title: true, framework: true, mappings: true })).toBe(true)
  // uploads build their URLs, reports have rich text, users are an auth collection
  expect(readsLean(config('media'), undefined)).toBe(false)
  expect(readsLean(config('reports'), undefined)).toBe(false)
  expect(readsLean(config('users'), undefined)).toBe(false)
})

test.each(['anonymous', 'ownContributor', 'otherContributor', 'reviewer', 'editor'])('lean reads equal payload.find for %s, published and draft', async (actor) => {
  for (const draft of [false, true]) {
    for (const read of reads) {
      const req = await requestAs(actor)
      const hasDrafts = Boolean(server.payload.collections[read.collection].config.versions?.drafts)
      const where = draft || !hasDrafts ? read.where() : { and: [read.where(), { _status: { equals: 'published' } }] }
      const expected = await server.payload.find({ req, user: req.user, overrideAccess: false, depth: 0, pagination: false, draft, collection: read.collection, where, sort: read.sort, select: read.select })
      const args = { collection: read.collection, where, sort: read.sort, select: read.select, rawRichText: read.rawRichText, draft }
      const lean = await deliveryFind(await requestAs(actor), args)
      const seen = { actor, draft, collection: read.collection }
      expect({ ...seen, docs: lean }).toEqual({ ...seen, docs: expected.docs })
      if (!read.child || draft) continue
      // the report's published view as this actor read it decides the children's `report.*` access conditions
      const report = (await deliveryFind(await requestAs(actor), { collection: 'reports', where: { and: [{ id: { equals: hct.id } }, { _status: { equals: 'published' } }] }, select: reportSelect, rawRichText: true, draft: false }))[0]
      const known = await deliveryFind(await requestAs(actor), { ...args, known: { path: 'report', doc: report as unknown as Record<string, unknown> } })
      expect({ ...seen, known: true, docs: known }).toEqual({ ...seen, known: true, docs: expected.docs })
    }
  }
  // the drafts are there for those who may see them, and for nobody else
  const previewTitles = async (name: string) =>
    (await deliveryFind(await requestAs(name), { collection: 'evidence', where: { report: { equals: hct.id } }, select: evidenceSelect, draft: true })).map((e) => e.title)
  expect(await previewTitles('editor')).toEqual(expect.arrayContaining(['Rewritten in a draft', 'Never published']))
  expect(await previewTitles('ownContributor')).toEqual(expect.arrayContaining(['Rewritten in a draft', 'Never published']))
  for (const name of ['anonymous', 'otherContributor']) {
    const titles = await previewTitles(name)
    expect(titles).not.toContain('Rewritten in a draft')
    expect(titles).not.toContain('Never published')
  }
})

test('an anonymous miss is rendered by the fast path exactly as the Payload endpoint renders the published view', async () => {
  const options = deliveryOptionsOf(server.payload.config)
  const anonymous = await server.request(path)
  expect(anonymous.status).toBe(200)
  expect(anonymous.headers.get('x-delivery-cache')).toBeNull()
  expect(anonymous.headers.get('cache-control')).toBe(options.cacheControl.public)
  expect(anonymous.headers.get('vary')).toBe('Authorization, Cookie')
  expect(anonymous.headers.get('content-type')).toBe('application/json; charset=utf-8')
  expect(anonymous.body.draft).toBe(false)
  expect(anonymous.body.goals.flatMap((g: { evidence: { title: string }[] }) => g.evidence.map((e) => e.title))).not.toContain('Rewritten in a draft')

  // an editor without ?draft goes through Payload's endpoint and gets the same published view, privately
  const editor = await server.login('editor@impact-cms.test', 'demo-editor-pass')
  const signedIn = await server.request(path, { token: editor })
  expect(signedIn.headers.get('cache-control')).toBe(options.cacheControl.private)
  expect(signedIn.headers.get('etag')).toBe(anonymous.headers.get('etag'))
  expect(signedIn.body).toEqual(anonymous.body)

  const repeat = await server.request(path, { headers: { 'if-none-match': anonymous.headers.get('etag')! } })
  expect(repeat.status).toBe(304)
  expect(repeat.headers.get('x-delivery-cache')).toBe('hit')

  const unknown = await server.request('/api/reports/no-such-report/assembled')
  expect(unknown.status).toBe(404)
  expect(unknown.body).toEqual({ errors: [{ message: 'No report with the slug "no-such-report".' }] })
})

test('with the cache off every anonymous request is assembled, drafts still out of reach', async () => {
  const previous = process.env.DELIVERY_CACHE_TTL_MS
  process.env.DELIVERY_CACHE_TTL_MS = '0'
  try {
    const first = await server.request(`${path}?draft=true`)
    const second = await server.request(`${path}?draft=true`)
    for (const answer of [first, second]) {
      expect(answer.status).toBe(200)
      expect(answer.headers.get('x-delivery-cache')).toBeNull()
      expect(answer.body.draft).toBe(false)
    }
    expect(second.headers.get('etag')).toBe(first.headers.get('etag'))
  } finally {
    if (previous === undefined) delete process.env.DELIVERY_CACHE_TTL_MS
    else process.env.DELIVERY_CACHE_TTL_MS = previous
  }
})

test('a repeated main-table read runs the query it built before, and reads the rows afresh', async () => {
  const { payload } = server
  const dialect = (payload.db as unknown as { drizzle: { dialect: { buildRelationalQuery: (...args: unknown[]) => unknown } } }).drizzle.dialect
  const build = dialect.buildRelationalQuery
  let builds = 0
  // queries built for the goals table (other work, e.g. the update's hooks, may build its own meanwhile)
  dialect.buildRelationalQuery = function (this: unknown, ...args: unknown[]) {
    if ((args[0] as { tableConfig?: { tsName?: string } }).tableConfig?.tsName === 'goals') builds++
    return build.apply(this, args)
  }
  const goalsOf = async (framework: string) =>
    (await deliveryFind(await requestAs('anonymous'), { collection: 'goals', where: { framework: { equals: framework } }, sort: 'number', select: goalSelect, draft: false }))
  try {
    const first = await goalsOf(hct.framework as string)
    const afterFirst = builds
    const goal = first[0]
    await payload.update({ collection: 'goals', id: goal.id, data: { title: 'Renamed between two reads' } })
    builds = afterFirst
    const second = await goalsOf(hct.framework as string)
    // no query was built for the identical read, and it saw the change
    expect(builds).toBe(afterFirst)
    expect(second.find((g) => g.id === goal.id)?.title).toBe('Renamed between two reads')
    expect(second.map((g) => g.id)).toEqual(first.map((g) => g.id))
    // a read with other inputs builds its own query
    const other = (await payload.find({ collection: 'frameworks', where: { id: { not_equals: hct.framework as string } }, limit: 1, depth: 0 })).docs[0]
    const otherGoals = await goalsOf(other.id)
    expect(builds).toBe(afterFirst + 1)
    expect(otherGoals.every((g) => g.framework === other.id)).toBe(true)
    await payload.update({ collection: 'goals', id: goal.id, data: { title: goal.title } })
  } finally {
    dialect.buildRelationalQuery = build
  }
})
