/**
 * The editors' dashboard heatmap (issue 9, item 11): GET /api/reports/coverage-matrix counts evidence per goal ×
 * report with the caller's access — staff see every organisation, a contributor only their own.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { createWorld, type World } from '../../helpers/fixtures.js'
import { startTestServer, type TestServer } from '../../helpers/testServer.js'

let server: TestServer
let world: World
let reportA: { id: string }
let reportB: { id: string }

type Cell = { goal: string; report: string; published: number; inProgress: number }
type Matrix = { goals: { id: string; number: number }[]; reports: { id: string; organisation: string; stageCounts: Record<string, number>; waitingOn: string[] }[]; cells: Cell[] }

beforeAll(async () => {
  server = await startTestServer({ seed: false, demoUsers: false })
  world = await createWorld(server)
  const { payload } = server
  const report = (organisation: string, title: string) =>
    payload.create({ collection: 'reports', draft: true, data: { title, organisation, framework: world.framework.id, _status: 'draft' } })
  const evidence = (report: string, goal: string, title: string, status: 'draft' | 'published') =>
    payload.create({
      collection: 'evidence',
      draft: status === 'draft',
      data: { report, goal, title, assurance: 'self-reported', _status: status, ...(status === 'published' ? { workflow: { stage: 'published' } } : {}) },
    })
  reportA = await report(world.orgA.id, 'Report of A')
  reportB = await report(world.orgB.id, 'Report of B')
  await evidence(reportA.id, world.goal1.id, 'A one', 'draft')
  await evidence(reportA.id, world.goal1.id, 'A two', 'draft')
  await evidence(reportA.id, world.goal1.id, 'A three', 'published')
  await evidence(reportB.id, world.goal2.id, 'B one', 'draft')
  await payload.create({ collection: 'quotes', draft: true, data: { report: reportA.id, text: 'Words', speakerName: 'A Speaker', context: 'statement', _status: 'draft' } })
}, 60_000)
afterAll(async () => {
  await server?.close()
})

const matrix = (token: string | undefined, query: string) => server.request(`/api/reports/coverage-matrix?${query}`, { token })
const cellOf = (body: Matrix, goal: string, report: string) => body.cells.find((c) => c.goal === goal && c.report === report)

describe('GET /api/reports/coverage-matrix', () => {
  test('an editor sees every report of the edition, its goals in order and evidence counts per cell', async () => {
    const { status, body } = await matrix(world.tokenOf('editor'), `framework=${world.framework.id}`)
    expect(status).toBe(200)
    const result = body as Matrix
    expect(result.goals.map((g) => g.id)).toEqual([world.goal1.id, world.goal2.id])
    expect(result.reports.map((r) => r.id).sort()).toEqual([reportA.id, reportB.id].sort())
    expect(cellOf(result, world.goal1.id, reportA.id)).toEqual({ goal: world.goal1.id, report: reportA.id, published: 1, inProgress: 2 })
    expect(cellOf(result, world.goal2.id, reportB.id)).toEqual({ goal: world.goal2.id, report: reportB.id, published: 0, inProgress: 1 })
    // a gap: no evidence of A for the second goal
    expect(cellOf(result, world.goal2.id, reportA.id)).toBeUndefined()
    const a = result.reports.find((r) => r.id === reportA.id)
    // three evidence items and a quote; drafts wait on their authors
    expect(a?.stageCounts).toEqual({ draft: 3, published: 1 })
    expect(a?.waitingOn).toEqual(['authors'])
  })

  test('a contributor sees only the reports of their own organisation', async () => {
    const { status, body } = await matrix(world.tokenOf('contributorOwn'), `framework=${world.framework.id}`)
    expect(status).toBe(200)
    expect((body as Matrix).reports.map((r) => r.id)).toEqual([reportA.id])
    expect((body as Matrix).cells.every((c) => c.report === reportA.id)).toBe(true)
    // asking for another organisation gives nothing rather than its reports
    const other = await matrix(world.tokenOf('contributorOwn'), `framework=${world.framework.id}&organisation=${world.orgB.id}`)
    expect(other.status).toBe(200)
    expect((other.body as Matrix).reports).toEqual([])
    expect((other.body as Matrix).cells).toEqual([])
  })

  test('the organisation filter narrows the reports for staff', async () => {
    const { body } = await matrix(world.tokenOf('reviewer'), `framework=${world.framework.id}&organisation=${world.orgB.id}`)
    expect((body as Matrix).reports.map((r) => r.id)).toEqual([reportB.id])
    expect((body as Matrix).cells).toEqual([{ goal: world.goal2.id, report: reportB.id, published: 0, inProgress: 1 }])
  })

  test('signed-out callers get 401, a missing or malformed framework 400, as JSON errors', async () => {
    const anonymous = await matrix(undefined, `framework=${world.framework.id}`)
    expect(anonymous.status).toBe(401)
    expect(anonymous.body.errors[0].message).toMatch(/sign in/i)
    const missing = await matrix(world.tokenOf('editor'), '')
    expect(missing.status).toBe(400)
    expect(missing.body.errors[0].message).toMatch(/framework/)
    const malformed = await matrix(world.tokenOf('editor'), 'framework=1%27%20or%201%3D1')
    expect(malformed.status).toBe(400)
  })
})
