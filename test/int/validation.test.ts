import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { createWorld, type World } from '../helpers/fixtures.js'
import { startTestServer, type TestServer } from '../helpers/testServer.js'

let server: TestServer
let world: World
let report: { id: string }

beforeAll(async () => {
  server = await startTestServer({ seed: false, demoUsers: false })
  world = await createWorld(server)
  report = await server.payload.create({
    collection: 'reports',
    draft: true,
    data: { title: 'Validation report', organisation: world.orgA.id, framework: world.framework.id, _status: 'draft' },
  })
})
afterAll(async () => {
  await server?.close()
})

type FieldError = { path: string; message: string }
const fieldErrors = (body: { errors?: { data?: { errors?: FieldError[] } }[] }): FieldError[] =>
  (body.errors ?? []).flatMap((e) => e.data?.errors ?? [])

const count = async (collection: 'evidence' | 'organisations' | 'goals' | 'reports' | 'quotes') =>
  (await server.payload.count({ collection })).totalDocs

describe('invalid input is a 400 with field errors and writes nothing', () => {
  test('evidence without a goal', async () => {
    const before = await count('evidence')
    const { status, body } = await server.request('/api/evidence?draft=true', {
      body: { report: report.id, title: 'No goal given' },
      token: world.users.editor.token,
    })
    expect(status).toBe(400)
    expect(fieldErrors(body)).toEqual([expect.objectContaining({ path: 'goal' })])
    expect(await count('evidence')).toBe(before)
  })

  test('evidence citing a goal of another framework edition', async () => {
    const before = await count('evidence')
    const { status, body } = await server.request('/api/evidence?draft=true', {
      body: { report: report.id, title: 'Foreign goal', goal: world.foreignGoal.id },
      token: world.users.editor.token,
    })
    expect(status).toBe(400)
    expect(fieldErrors(body)).toEqual([{ path: 'goal', message: 'Choose goals from the framework edition this report uses.' }])
    expect(await count('evidence')).toBe(before)
  })

  test('an organisation with a malformed NHS ODS code', async () => {
    const before = await count('organisations')
    const { status, body } = await server.request('/api/organisations', {
      body: { name: 'Bad Code Trust', type: 'nhs-trust', identifiers: [{ scheme: 'nhs-ods', value: 'rj c!' }] },
      token: world.users.editor.token,
    })
    expect(status).toBe(400)
    const [error] = fieldErrors(body)
    expect(error.path).toBe('identifiers.0.value')
    expect(error.message).toMatch(/NHS ODS code is 3–6 upper-case letters or digits/)
    expect(await count('organisations')).toBe(before)
  })

  test('an update with a bad identifier leaves the stored organisation as it was', async () => {
    const { status } = await server.request(`/api/organisations/${world.orgA.id}`, {
      method: 'PATCH',
      body: { name: 'Renamed', identifiers: [{ scheme: 'companies-house', value: '123' }] },
      token: world.users.editor.token,
    })
    expect(status).toBe(400)
    const stored = await server.payload.findByID({ collection: 'organisations', id: world.orgA.id })
    expect(stored.name).toBe('Org A Trust')
    expect(stored.identifiers).toEqual([])
  })

  test('a duplicate goal number within one framework edition', async () => {
    const before = await count('goals')
    const { status, body } = await server.request('/api/goals', {
      body: { framework: world.framework.id, number: 1, title: 'Clashing goal' },
      token: world.users.editor.token,
    })
    expect(status).toBe(400)
    expect(fieldErrors(body)).toEqual([expect.objectContaining({ path: 'number', message: expect.stringMatching(/already uses number 1/) })])
    expect(await count('goals')).toBe(before)
  })

  test('a report period that ends before it starts', async () => {
    const before = await count('reports')
    const { status, body } = await server.request('/api/reports?draft=true', {
      body: { title: 'Backwards', organisation: world.orgA.id, framework: world.framework.id, periodFrom: '2024-04-01', periodTo: '2023-03-31' },
      token: world.users.editor.token,
    })
    expect(status).toBe(400)
    expect(fieldErrors(body).map((e) => e.path)).toEqual(['periodTo'])
    expect(await count('reports')).toBe(before)
  })

  test('a malformed slug', async () => {
    const { status, body } = await server.request('/api/reports?draft=true', {
      body: { title: 'Slugged', slug: 'Not A Slug!', organisation: world.orgA.id, framework: world.framework.id },
      token: world.users.editor.token,
    })
    expect(status).toBe(400)
    expect(fieldErrors(body)[0]).toMatchObject({ path: 'slug', message: expect.stringMatching(/lower-case letters/) })
  })

  test('a quote cannot be published before its speaker signs it off', async () => {
    const before = await count('quotes')
    await expect(
      server.payload.create({
        collection: 'quotes',
        data: { report: report.id, text: 'Unapproved words', speakerName: 'Someone', _status: 'published', context: 'statement' },
      }),
    ).rejects.toMatchObject({ status: 400, data: { errors: [expect.objectContaining({ path: 'signOff' })] } })
    expect(await count('quotes')).toBe(before)
  })
})

describe('contributor scope', () => {
  test("a contributor cannot move evidence into another organisation's report", async () => {
    const otherReport = await server.payload.create({
      collection: 'reports',
      draft: true,
      data: { title: 'Org B report', organisation: world.orgB.id, framework: world.framework.id, _status: 'draft' },
    })
    const evidence = await server.payload.create({
      collection: 'evidence',
      draft: true,
      data: { report: report.id, title: 'Mine', goal: world.goal1.id, _status: 'draft' },
    })
    const { status } = await server.request(`/api/evidence/${evidence.id}?draft=true`, {
      method: 'PATCH',
      body: { report: otherReport.id },
      token: world.users.contributorOwn.token,
    })
    expect(status).toBe(403)
    const stored = await server.payload.findByID({ collection: 'evidence', id: evidence.id, draft: true, depth: 0 })
    expect(stored.report).toBe(report.id)
    expect(stored.organisation).toBe(world.orgA.id)
  })

  test('a contributor cannot raise their own role', async () => {
    const { users } = world
    await server.request(`/api/users/${users.contributorOwn.id}`, {
      method: 'PATCH',
      body: { role: 'admin', organisations: [world.orgA.id, world.orgB.id], name: 'Still a contributor' },
      token: users.contributorOwn.token,
    })
    const stored = await server.payload.findByID({ collection: 'users', id: users.contributorOwn.id, depth: 0 })
    expect(stored.role).toBe('contributor')
    expect(stored.organisations).toEqual([world.orgA.id])
    expect(stored.name).toBe('Still a contributor')
  })
})
