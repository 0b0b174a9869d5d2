/**
 * What relationship pickers offer and how goals are named (issue 9, traps 2 and 3), below the browser:
 * goal labels with number and edition, the goal filter by the report's edition, the report filter by what a
 * contributor may write.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { createLocalReq, type FilterOptionsProps, type PayloadRequest, type RelationshipField, type Where } from 'payload'
import { createWorld, type Actor, type World } from '../helpers/fixtures.js'
import { startTestServer, type TestServer } from '../helpers/testServer.js'

let server: TestServer
let world: World
let reportA: { id: string }
let reportB: { id: string }

beforeAll(async () => {
  server = await startTestServer({ seed: false, demoUsers: false })
  world = await createWorld(server)
  const report = (organisation: string, title: string) =>
    server.payload.create({ collection: 'reports', draft: true, data: { title, organisation, framework: world.framework.id, _status: 'draft' } })
  reportA = await report(world.orgA.id, 'Report of A')
  reportB = await report(world.orgB.id, 'Report of B')
})
afterAll(async () => {
  await server?.close()
})

/** A field's filterOptions from the running config, as the admin calls it for `actor`. */
const filterOf = async (collection: 'evidence' | 'recommendations', name: string, actor: Exclude<Actor, 'anonymous'>, data: Record<string, unknown>) => {
  const field = server.payload.collections[collection].config.fields.find((f) => 'name' in f && f.name === name) as RelationshipField
  const user = await server.payload.findByID({ collection: 'users', id: world.users[actor].id })
  const req = (await createLocalReq({ user: { ...user, collection: 'users' } }, server.payload)) as PayloadRequest
  const filterOptions = field.filterOptions
  if (typeof filterOptions !== 'function') throw new Error(`${collection}.${name} has no filterOptions function`)
  const props = { data, siblingData: data, id: undefined, relationTo: field.relationTo, req, user: req.user, blockData: undefined } as unknown as FilterOptionsProps
  return filterOptions(props)
}

/** The ids a filter lets through, read as the admin would (the filter and, for a Where, one query). */
const idsThrough = async (collection: 'reports' | 'goals', filter: boolean | Where) => {
  if (filter === false) return []
  const { docs } = await server.payload.find({ collection, draft: true, pagination: false, depth: 0, where: filter === true ? {} : filter })
  return docs.map((doc) => doc.id).sort()
}

/** A goal's stored label. */
const labelOf = async (id: string) => (await server.payload.findByID({ collection: 'goals', id })).label

describe('goal labels', () => {
  test('name number, title and framework edition', async () => {
    expect(await labelOf(world.goal1.id)).toBe('1. First goal (Test Goals 1)')
    expect(server.payload.collections.goals.config.admin.useAsTitle).toBe('label')
  })

  test('follow a renamed edition and an edited goal', async () => {
    const framework = await server.payload.create({ collection: 'frameworks', data: { name: 'Renamed Goals', edition: 'draft', status: 'active' } })
    const goal = await server.payload.create({ collection: 'goals', data: { framework: framework.id, number: 3, title: 'Third' } })
    await server.payload.update({ collection: 'frameworks', id: framework.id, data: { edition: '2027' } })
    expect(await labelOf(goal.id)).toBe('3. Third (Renamed Goals 2027)')
    await server.payload.update({ collection: 'goals', id: goal.id, data: { number: 4 } })
    expect(await labelOf(goal.id)).toBe('4. Third (Renamed Goals 2027)')
  })
})

describe('goal pickers', () => {
  test.each([
    ['evidence', 'goal'],
    ['recommendations', 'goals'],
  ] as const)("%s.%s offers the goals of the chosen report's edition only", async (collection, name) => {
    const filter = await filterOf(collection, name, 'editor', { report: reportA.id })
    expect(await idsThrough('goals', filter)).toEqual([world.goal1.id, world.goal2.id].sort())
  })

  test('with no report chosen yet, every goal is offered (their labels name the edition)', async () => {
    expect(await filterOf('evidence', 'goal', 'editor', {})).toBe(true)
  })
})

describe('report pickers offer what the user may write', () => {
  test.each(['evidence', 'recommendations'] as const)("a contributor's %s report picker holds their organisation's reports only", async (collection) => {
    const filter = await filterOf(collection, 'report', 'contributorOwn', {})
    expect(await idsThrough('reports', filter)).toEqual([reportA.id])
  })

  test('staff are offered every report', async () => {
    const filter = await filterOf('evidence', 'report', 'editor', {})
    expect(await idsThrough('reports', filter)).toEqual([reportA.id, reportB.id].sort())
  })
})
