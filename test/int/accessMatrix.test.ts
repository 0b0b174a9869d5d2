import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { actors, createReportWithChildren, createWorld, type Actor, type World } from '../helpers/fixtures.js'
import { startTestServer, type TestServer } from '../helpers/testServer.js'

/**
 * Role × collection × operation over real REST. Every cell is checked for its status code and, where
 * refused, that nothing was changed.
 */
let server: TestServer
let world: World
let drafts: Awaited<ReturnType<typeof createReportWithChildren>>

type Operation = 'readDraft' | 'create' | 'update' | 'delete'
type Expectation = Record<Operation, Actor[]>

const staff: Actor[] = ['reviewer', 'editor', 'admin']
const writers: Actor[] = ['contributorOwn', 'editor', 'admin']
const editors: Actor[] = ['editor', 'admin']
const everyone = actors

const reportLike: Expectation = {
  readDraft: ['contributorOwn', ...staff],
  create: writers,
  update: writers,
  delete: editors,
}

const expectations: Record<string, Expectation> = {
  reports: reportLike,
  evidence: reportLike,
  quotes: reportLike,
  recommendations: reportLike,
  frameworks: { readDraft: everyone, create: editors, update: editors, delete: editors },
  goals: { readDraft: everyone, create: editors, update: editors, delete: editors },
  indicators: { readDraft: everyone, create: editors, update: editors, delete: editors },
  organisations: { readDraft: everyone, create: editors, update: editors, delete: editors },
  people: { readDraft: everyone, create: writers.concat('contributorOther'), update: editors, delete: editors },
  users: { readDraft: ['admin'], create: ['admin'], update: ['admin'], delete: ['admin'] },
}

let counter = 0
/** A fresh target per cell, so one allowed delete can't hide the next cell's outcome. */
const makeTarget = async (collection: string): Promise<string> => {
  const { payload } = server
  const n = ++counter
  switch (collection) {
    case 'reports':
      return (await payload.create({ collection: 'reports', draft: true, data: { title: `R${n}`, organisation: world.orgA.id, framework: world.framework.id, _status: 'draft' } })).id
    case 'evidence':
      return (await payload.create({ collection: 'evidence', draft: true, data: { report: drafts.report.id, title: `E${n}`, goal: world.goal1.id, _status: 'draft' } })).id
    case 'quotes':
      return (await payload.create({ collection: 'quotes', draft: true, data: { report: drafts.report.id, text: `Q${n}`, speakerName: 'S', _status: 'draft' } })).id
    case 'recommendations':
      return (await payload.create({ collection: 'recommendations', draft: true, data: { report: drafts.report.id, title: `Rec${n}`, _status: 'draft' } })).id
    case 'frameworks':
      return (await payload.create({ collection: 'frameworks', data: { name: `F${n}`, edition: '1', status: 'active' } })).id
    case 'goals':
      return (await payload.create({ collection: 'goals', data: { framework: world.framework.id, number: 100 + n, title: `G${n}` } })).id
    case 'indicators': {
      // over REST as an admin: the generated types do not know the collection yet
      const created = await server.request('/api/indicators', { method: 'POST', token: world.tokenOf('admin'), body: { name: `I${n}`, direction: 'higher' } })
      return created.body.doc.id as string
    }
    case 'organisations':
      return (await payload.create({ collection: 'organisations', data: { name: `O${n}`, type: 'other' } })).id
    case 'people':
      return (await payload.create({ collection: 'people', data: { name: `P${n}` } })).id
    case 'users':
      return (await payload.create({ collection: 'users', data: { email: `u${n}@world.test`, password: 'x-password', role: 'contributor' } })).id
  }
  throw new Error(`no target for ${collection}`)
}

const createBody = (collection: string): Record<string, unknown> => {
  const n = ++counter
  switch (collection) {
    case 'reports':
      return { title: `New R${n}`, organisation: world.orgA.id, framework: world.framework.id }
    case 'evidence':
      return { report: drafts.report.id, title: `New E${n}`, goal: world.goal1.id }
    case 'quotes':
      return { report: drafts.report.id, text: `New Q${n}`, speakerName: 'S' }
    case 'recommendations':
      return { report: drafts.report.id, title: `New Rec${n}` }
    case 'frameworks':
      return { name: `New F${n}`, edition: '1', status: 'active' }
    case 'goals':
      return { framework: world.framework.id, number: 500 + n, title: `New G${n}` }
    case 'organisations':
      return { name: `New O${n}`, type: 'other' }
    case 'indicators':
      return { name: `New I${n}`, unit: 'people', direction: 'lower' }
    case 'people':
      return { name: `New P${n}` }
    case 'users':
      return { email: `new${n}@world.test`, password: 'new-password', role: 'contributor' }
  }
  throw new Error(`no body for ${collection}`)
}

/** The field a cell's update changes, and a value to put there. */
const updateBody = (collection: string): Record<string, string> => {
  const field = { frameworks: 'publisher', organisations: 'name', people: 'name', users: 'name', goals: 'summary', quotes: 'text', indicators: 'definition' }[collection] ?? 'title'
  return { [field]: `changed by matrix ${++counter}` }
}

const isDraftCollection = (collection: string) => ['reports', 'evidence', 'quotes', 'recommendations'].includes(collection)
const allowedStatus = (status: number) => status >= 200 && status < 300
const deniedStatus = (status: number) => [401, 403, 404].includes(status)

beforeAll(async () => {
  server = await startTestServer({ seed: false, demoUsers: false })
  world = await createWorld(server)
  drafts = await createReportWithChildren(server.payload, world, 'draft', 'Matrix draft')
})
afterAll(async () => {
  await server?.close()
})

const cells = Object.entries(expectations).flatMap(([collection, expectation]) =>
  actors.flatMap((actor) =>
    (Object.keys(expectation) as Operation[]).map((operation) => ({
      collection,
      actor,
      operation,
      allowed: expectation[operation].includes(actor),
    })),
  ),
)

describe('access matrix over REST', () => {
  test.each(cells)('$actor $operation $collection → allowed: $allowed', async ({ collection, actor, operation, allowed }) => {
    const token = world.tokenOf(actor)
    const draftQuery = isDraftCollection(collection) ? '?draft=true' : ''
    if (operation === 'create') {
      const before = (await server.payload.count({ collection: collection as 'reports' })).totalDocs
      const response = await server.request(`/api/${collection}${draftQuery}`, { body: createBody(collection), token })
      expect({ status: response.status, allowed: allowedStatus(response.status) }).toEqual({ status: response.status, allowed })
      if (!allowed) {
        expect(deniedStatus(response.status)).toBe(true)
        expect((await server.payload.count({ collection: collection as 'reports' })).totalDocs).toBe(before)
      }
      return
    }
    const id = await makeTarget(collection)
    if (operation === 'readDraft') {
      const response = await server.request(`/api/${collection}/${id}${draftQuery}`, { token })
      expect(allowedStatus(response.status)).toBe(allowed)
      if (!allowed) expect(deniedStatus(response.status)).toBe(true)
      return
    }
    if (operation === 'update') {
      const body = updateBody(collection)
      const response = await server.request(`/api/${collection}/${id}${draftQuery}`, { method: 'PATCH', body, token })
      expect(allowedStatus(response.status)).toBe(allowed)
      const [field, value] = Object.entries(body)[0]
      const stored = (await server.payload.findByID({ collection: collection as 'reports', id, draft: true, depth: 0 })) as unknown as Record<string, unknown>
      expect(stored[field] === value).toBe(allowed)
      if (!allowed) expect(deniedStatus(response.status)).toBe(true)
      return
    }
    const response = await server.request(`/api/${collection}/${id}`, { method: 'DELETE', token })
    expect(allowedStatus(response.status)).toBe(allowed)
    const stillThere = await server.payload.findByID({ collection: collection as 'reports', id, depth: 0, disableErrors: true, draft: true })
    expect(stillThere === null).toBe(allowed)
    if (!allowed) expect(deniedStatus(response.status)).toBe(true)
  })
})

const graphqlNames: Record<string, { one: string; update: string; field: string }> = {
  reports: { one: 'Report', update: 'updateReport', field: 'title' },
  evidence: { one: 'Evidence', update: 'updateEvidence', field: 'title' },
  quotes: { one: 'Quote', update: 'updateQuote', field: 'text' },
  recommendations: { one: 'Recommendation', update: 'updateRecommendation', field: 'title' },
}

const draftCells = Object.keys(graphqlNames).flatMap((collection) =>
  actors.map((actor) => ({
    collection,
    actor,
    canRead: reportLike.readDraft.includes(actor),
    canUpdate: reportLike.update.includes(actor),
  })),
)

describe('the same rules over GraphQL', () => {
  test.each(draftCells)('$actor on a $collection draft: read $canRead, update $canUpdate', async ({ collection, actor, canRead, canUpdate }) => {
    const { one, update, field } = graphqlNames[collection]
    const id = await makeTarget(collection)
    const token = world.tokenOf(actor)
    const read = await server.graphql(`query($id: String!) { ${one}(id: $id, draft: true) { id } }`, { id }, token)
    expect(read.body.data?.[one]?.id === id).toBe(canRead)
    if (!canRead) expect(read.body.errors?.length).toBeGreaterThan(0)

    const value = `graphql ${++counter}`
    const written = await server.graphql(
      `mutation($id: String!, $value: String!) { ${update}(id: $id, draft: true, data: { ${field}: $value }) { id } }`,
      { id, value },
      token,
    )
    expect(written.body.data?.[update]?.id === id).toBe(canUpdate)
    const stored = (await server.payload.findByID({ collection: collection as 'reports', id, draft: true, depth: 0 })) as unknown as Record<string, unknown>
    expect(stored[field] === value).toBe(canUpdate)
  })
})

describe('the same rules through the Local API with overrideAccess: false', () => {
  test.each(draftCells.filter((c) => c.actor !== 'anonymous'))(
    '$actor on a $collection draft: read $canRead, update $canUpdate',
    async ({ collection, actor, canRead, canUpdate }) => {
      const { payload } = server
      const id = await makeTarget(collection)
      const user = { ...(await payload.findByID({ collection: 'users', id: world.users[actor as Exclude<Actor, 'anonymous'>].id, depth: 0 })), collection: 'users' as const }
      const slug = collection as 'reports'
      const found = await payload.findByID({ collection: slug, id, draft: true, overrideAccess: false, user, disableErrors: true })
      expect(found?.id === id).toBe(canRead)

      const field = graphqlNames[collection].field
      const value = `local ${++counter}`
      const attempt = payload.update({ collection: slug, id, draft: true, overrideAccess: false, user, data: { [field]: value } })
      if (canUpdate) await expect(attempt).resolves.toMatchObject({ id })
      else await expect(attempt).rejects.toMatchObject({ status: expect.any(Number) })
      const stored = (await payload.findByID({ collection: slug, id, draft: true, depth: 0 })) as unknown as Record<string, unknown>
      expect(stored[field] === value).toBe(canUpdate)
    },
  )
})

describe('anonymous readers', () => {
  test('list only published reports, and children only of published reports', async () => {
    const live = await createReportWithChildren(server.payload, world, 'published', 'Live report')
    const reports = await server.request('/api/reports?limit=100&depth=0')
    const ids = reports.body.docs.map((d: { id: string }) => d.id)
    expect(ids).toContain(live.report.id)
    expect(ids).not.toContain(drafts.report.id)

    const evidence = await server.request('/api/evidence?limit=100&depth=0&draft=true')
    const evidenceIds = evidence.body.docs.map((d: { id: string }) => d.id)
    expect(evidenceIds).toEqual([live.evidence.id])

    // a published child of an unpublished report stays hidden
    await server.payload.update({ collection: 'reports', id: live.report.id, data: { _status: 'draft' } })
    const afterUnpublish = await server.request('/api/evidence?limit=100&depth=0')
    expect(afterUnpublish.body.docs).toEqual([])
    const gql = await server.graphql('{ EvidenceItems(limit: 100) { docs { id } } }')
    expect(gql.body.data.EvidenceItems.docs).toEqual([])
  })
})
