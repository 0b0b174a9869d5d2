import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { actors, createMemberAccounts, createWorld, memberActors, type Actor, type MemberActor, type World } from '../helpers/fixtures.js'
import { startTestServer, type TestServer } from '../helpers/testServer.js'

/**
 * Issue 13, item 1: the access matrix with organisation memberships on every role. Staff who belong to the
 * documents' organisation (own) or another one (other) must get exactly the rights of staff without any, and a
 * contributor without organisations acts for nobody. Reads assert what came back, not only the status.
 */
type Who = Actor | MemberActor
const everyone: Who[] = [...actors, ...memberActors]

let server: TestServer
let world: World
let members: Awaited<ReturnType<typeof createMemberAccounts>>
let ownReport: string

const tokenOf = (who: Who): string | undefined =>
  (memberActors as string[]).includes(who) ? members[who as MemberActor].token : world.tokenOf(who as Actor)

const editors: Who[] = ['editor', 'admin', 'editorOwn', 'editorOther', 'adminOwn', 'adminOther']
const staff: Who[] = [...editors, 'reviewer', 'reviewerOwn', 'reviewerOther']

type Operation = 'readDraft' | 'create' | 'update' | 'delete'
/** Who may do what to a draft of organisation A (reports and their children alike). */
const allowed: Record<Operation, Who[]> = {
  readDraft: ['contributorOwn', ...staff],
  create: ['contributorOwn', ...editors],
  update: ['contributorOwn', ...editors],
  delete: editors,
}

const draftCollections = ['reports', 'evidence', 'quotes', 'recommendations'] as const
type DraftCollection = (typeof draftCollections)[number]
const textField: Record<DraftCollection, string> = { reports: 'title', evidence: 'title', quotes: 'text', recommendations: 'title' }

let counter = 0
const draftOf = async (collection: DraftCollection, organisationReport?: string): Promise<string> => {
  const { payload } = server
  const n = ++counter
  const report = organisationReport ?? ownReport
  switch (collection) {
    case 'reports':
      return (await payload.create({ collection, draft: true, data: { title: `R${n}`, organisation: world.orgA.id, framework: world.framework.id, _status: 'draft' } })).id
    case 'evidence':
      return (await payload.create({ collection, draft: true, data: { report, title: `E${n}`, goal: world.goal1.id, _status: 'draft' } })).id
    case 'quotes':
      return (await payload.create({ collection, draft: true, data: { report, text: `Q${n}`, speakerName: 'S', _status: 'draft' } })).id
    case 'recommendations':
      return (await payload.create({ collection, draft: true, data: { report, title: `Rec${n}`, _status: 'draft' } })).id
  }
}

const createBody = (collection: DraftCollection): Record<string, unknown> => {
  const n = ++counter
  switch (collection) {
    case 'reports':
      return { title: `New R${n}`, organisation: world.orgA.id, framework: world.framework.id }
    case 'evidence':
      return { report: ownReport, title: `New E${n}`, goal: world.goal1.id }
    case 'quotes':
      return { report: ownReport, text: `New Q${n}`, speakerName: 'S' }
    case 'recommendations':
      return { report: ownReport, title: `New Rec${n}` }
  }
}

const stored = async (collection: DraftCollection, id: string) =>
  (await server.payload.findByID({ collection, id, draft: true, depth: 0, disableErrors: true })) as unknown as Record<string, unknown> | null

const isAllowed = (status: number) => status >= 200 && status < 300
const isDenied = (status: number) => [401, 403, 404].includes(status)

beforeAll(async () => {
  server = await startTestServer({ seed: false, demoUsers: false })
  world = await createWorld(server)
  members = await createMemberAccounts(server, world)
  ownReport = (
    await server.payload.create({
      collection: 'reports',
      draft: true,
      data: { title: 'Parent draft of organisation A', organisation: world.orgA.id, framework: world.framework.id, _status: 'draft' },
    })
  ).id
})
afterAll(async () => {
  await server?.close()
})

const cells = draftCollections.flatMap((collection) =>
  everyone.flatMap((who) =>
    (Object.keys(allowed) as Operation[]).map((operation) => ({ collection, who, operation, expected: allowed[operation].includes(who) })),
  ),
)

describe('drafts of organisation A, for every role with and without organisations', () => {
  test.each(cells)('$who $operation $collection → allowed: $expected', async ({ collection, who, operation, expected }) => {
    const token = tokenOf(who)
    if (operation === 'create') {
      const before = (await server.payload.count({ collection })).totalDocs
      const response = await server.request(`/api/${collection}?draft=true`, { body: createBody(collection), token })
      expect({ status: response.status, allowed: isAllowed(response.status) }).toEqual({ status: response.status, allowed: expected })
      if (!expected) expect(isDenied(response.status)).toBe(true)
      expect((await server.payload.count({ collection })).totalDocs).toBe(before + (expected ? 1 : 0))
      return
    }
    const id = await draftOf(collection)
    if (operation === 'readDraft') {
      const response = await server.request(`/api/${collection}/${id}?draft=true&depth=0`, { token })
      if (expected) expect({ status: response.status, id: response.body.id, field: response.body[textField[collection]] }).toEqual({ status: 200, id, field: (await stored(collection, id))?.[textField[collection]] })
      else expect(isDenied(response.status)).toBe(true)
      return
    }
    if (operation === 'update') {
      const field = textField[collection]
      const value = `changed by ${who} ${++counter}`
      const response = await server.request(`/api/${collection}/${id}?draft=true`, { method: 'PATCH', body: { [field]: value }, token })
      expect({ status: response.status, stored: (await stored(collection, id))?.[field] === value }).toEqual({
        status: expected ? 200 : expect.any(Number),
        stored: expected,
      })
      if (!expected) expect(isDenied(response.status)).toBe(true)
      return
    }
    const response = await server.request(`/api/${collection}/${id}`, { method: 'DELETE', token })
    expect({ status: response.status, gone: (await stored(collection, id)) === null }).toEqual({ status: expected ? 200 : expect.any(Number), gone: expected })
    if (!expected) expect(isDenied(response.status)).toBe(true)
  })
})

/** Who sees the drafts of which organisation in a list; everyone sees what is published. */
const seesDraftsOf = (who: Who): ('A' | 'B')[] => {
  if (staff.includes(who)) return ['A', 'B']
  if (who === 'contributorOwn') return ['A']
  if (who === 'contributorOther') return ['B']
  return []
}

describe('lists return exactly what the caller may see', () => {
  /** Per organisation: a report that was never published, and one published with unpublished changes. */
  let content: Record<'A' | 'B', { draft: string; live: string; liveChild: string; draftChild: string }>
  const published = (org: 'A' | 'B') => `Published report ${org}`
  const pending = (org: 'A' | 'B') => `Unpublished changes ${org}`
  const unpublished = (org: 'A' | 'B') => `Never published ${org}`

  beforeAll(async () => {
    const { payload } = server
    const make = async (org: 'A' | 'B') => {
      const organisation = org === 'A' ? world.orgA.id : world.orgB.id
      const base = { organisation, framework: world.framework.id }
      const draft = await payload.create({ collection: 'reports', draft: true, data: { ...base, title: unpublished(org), _status: 'draft' } })
      const live = await payload.create({ collection: 'reports', data: { ...base, title: published(org), _status: 'published' } })
      const liveChild = await payload.create({ collection: 'evidence', data: { report: live.id, title: `Evidence of ${published(org)}`, goal: world.goal1.id, assurance: 'self-reported', _status: 'published' } })
      const draftChild = await payload.create({ collection: 'evidence', draft: true, data: { report: draft.id, title: `Evidence of ${unpublished(org)}`, goal: world.goal1.id, _status: 'draft' } })
      await payload.update({ collection: 'reports', id: live.id, draft: true, data: { title: pending(org), _status: 'draft' } })
      return { draft: draft.id, live: live.id, liveChild: liveChild.id, draftChild: draftChild.id }
    }
    content = { A: await make('A'), B: await make('B') }
  })

  const listOf = async (who: Who, collection: string, draft: boolean) => {
    const ids = Object.values(content).flatMap((c) => Object.values(c))
    const query = `where[id][in]=${ids.join(',')}&limit=100&depth=0${draft ? '&draft=true' : ''}`
    const response = await server.request(`/api/${collection}?${query}`, { token: tokenOf(who) })
    expect(response.status).toBe(200)
    return (response.body.docs as { id: string; title: string }[]).map((d) => `${d.id === content.A.live || d.id === content.B.live || d.id === content.A.liveChild || d.id === content.B.liveChild ? 'live' : 'draft'}:${d.title}`).sort()
  }

  test.each(everyone)('%s: reports without ?draft: published versions, and never-published drafts only of organisations the caller may see', async (who) => {
    const orgs = seesDraftsOf(who)
    const expected = (['A', 'B'] as const).flatMap((org) => [`live:${published(org)}`, ...(orgs.includes(org) ? [`draft:${unpublished(org)}`] : [])])
    expect(await listOf(who, 'reports', false)).toEqual(expected.sort())
  })

  test.each(everyone)('%s: reports with ?draft=true show drafts only of the organisations the caller may see', async (who) => {
    const orgs = seesDraftsOf(who)
    // Payload matches ?draft=true against each report's latest version: one with unpublished changes drops out for
    // callers who may not see them (its published version is what they get without ?draft) — nothing leaks either way
    const expected = (['A', 'B'] as const).flatMap((org) => (orgs.includes(org) ? [`draft:${unpublished(org)}`, `live:${pending(org)}`] : []))
    expect(await listOf(who, 'reports', true)).toEqual(expected.sort())
  })

  test.each(everyone)('%s: one published report of A with unpublished changes, read by id with and without ?draft', async (who) => {
    const token = tokenOf(who)
    const plain = await server.request(`/api/reports/${content.A.live}?depth=0`, { token })
    const draft = await server.request(`/api/reports/${content.A.live}?depth=0&draft=true`, { token })
    const seesChanges = seesDraftsOf(who).includes('A')
    expect({ plain: [plain.status, plain.body.title], draft: [draft.status, draft.body.title ?? null] }).toEqual({
      plain: [200, published('A')],
      // who may not see the changes gets the published version, not the draft
      draft: [200, seesChanges ? pending('A') : published('A')],
    })
  })

  test.each(everyone)('%s: evidence with ?draft=true only of reports the caller may see', async (who) => {
    const orgs = seesDraftsOf(who)
    const expected = (['A', 'B'] as const).flatMap((org) =>
      orgs.includes(org) ? [`draft:Evidence of ${unpublished(org)}`, `live:Evidence of ${published(org)}`] : [`live:Evidence of ${published(org)}`],
    )
    expect(await listOf(who, 'evidence', true)).toEqual(expected.sort())
  })
})
