import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import {
  createWorkflowWorld,
  eventsOf,
  graphqlTransition,
  liveStatusOf,
  runWorkflowJobs,
  stageOf,
  transition,
  type WorkflowWorld,
} from '../helpers/workflowFixtures.js'
import { startTestServer, type TestServer } from '../helpers/testServer.js'
import type { Report } from '../../payload-types.js'

/**
 * Publishing a report whose goals are neither covered (published or approved evidence, or a `covered`
 * declaration) nor explained (not applicable, planned, not reported, with a reason) is refused with 409 naming
 * them, through the workflow's publish gate: REST, GraphQL and scheduled publishing; nothing is written. The
 * plugin's own check on the Local API path: test/unit/workflow/beforePublish.test.ts.
 */
let server: TestServer
let world: WorkflowWorld
let secondGoal: { id: string }

beforeAll(async () => {
  server = await startTestServer({ seed: false, demoUsers: false })
  world = await createWorkflowWorld(server)
  secondGoal = await server.payload.create({ collection: 'goals', data: { framework: world.framework.id, number: 2, title: 'Second goal' } })
})
afterAll(async () => {
  await server?.close()
})

/** A report approved by someone else, ready for the editor to publish, with these declarations. */
const approvedReport = (coverage: Report['coverage']) =>
  world.report({ title: `Gate ${Math.random().toString(36).slice(2, 8)}`, coverage, workflow: { stage: 'approved', submittedBy: world.author.id } })
type Declaration = NonNullable<Report['coverage']>[number]
const declare = (goal: string, status: Declaration['status'], reason?: string) => ({ goal, status, ...(reason ? { reason } : {}) })

describe('the coverage publish gate', () => {
  test('REST: 409 naming every unexplained goal; nothing published, no event', async () => {
    const report = await approvedReport([])
    const response = await transition(server, world.users.editor.token, 'reports', report.id, 'publish')
    expect(response.status).toBe(409)
    const [error] = response.body.errors
    expect(error.message).toContain('Goals neither covered nor explained: 1. A goal; 2. Second goal.')
    expect(error.data.refused).toEqual([
      { collection: 'reports', id: report.id, title: report.title, reasons: [expect.stringContaining('1. A goal; 2. Second goal')] },
    ])
    expect(await liveStatusOf(server, 'reports', report.id)).toBe('draft')
    expect(await stageOf(server, 'reports', report.id)).toBe('approved')
    expect((await eventsOf(server, report.id)).map((e) => e.transition)).toEqual([])
  })

  test('the workflow sidebar shows publish refused with the reason before anyone tries it', async () => {
    const gated = await approvedReport([])
    const state = await server.request(`/api/reports/${gated.id}/workflow`, { token: world.users.editor.token })
    expect(state.status).toBe(200)
    expect(state.body.transitions).not.toContain('publish')
    expect(state.body.blocked).toEqual([{ name: 'publish', reason: expect.stringContaining('Goals neither covered nor explained: 1. A goal; 2. Second goal.') }])
    const ready = await approvedReport([declare(world.goal.id, 'covered', 'In the introduction.'), declare(secondGoal.id, 'planned', 'Later.')])
    const readyState = await server.request(`/api/reports/${ready.id}/workflow`, { token: world.users.editor.token })
    expect(readyState.body.transitions).toContain('publish')
    expect(readyState.body.blocked).toEqual([])
  })

  test('approved evidence going live with the report covers its goal; a declaration explains the other', async () => {
    const report = await approvedReport([declare(secondGoal.id, 'not-applicable', 'The trust runs no such service.')])
    // a draft item does not count: it is left out of the publish or blocks it
    await world.evidence(report.id, { title: 'Still a draft' })
    const refused = await transition(server, world.users.editor.token, 'reports', report.id, 'publish', { excludeUnapproved: true })
    expect(refused.status).toBe(409)
    expect(refused.body.errors[0].message).toContain('Goals neither covered nor explained: 1. A goal.')

    const item = await world.evidence(report.id, { title: 'Approved item', workflow: { stage: 'approved', submittedBy: world.author.id } })
    const published = await transition(server, world.users.editor.token, 'reports', report.id, 'publish', { excludeUnapproved: true })
    expect(published.status).toBe(200)
    expect(await liveStatusOf(server, 'reports', report.id)).toBe('published')
    expect(await liveStatusOf(server, 'evidence', item.id)).toBe('published')

    const coverage = await server.request(`/api/reports/${report.slug}/coverage`)
    expect(coverage.status).toBe(200)
    expect(coverage.body.coverage.goals.map((g: { goal: { number: number }; status: string; coveredBy: string | null }) => [g.goal.number, g.status, g.coveredBy])).toEqual([
      [1, 'covered', 'evidence'],
      [2, 'not-applicable', null],
    ])
    expect(coverage.body.coverage.complete).toBe(true)
  })

  test('a `covered` declaration counts without evidence (covered in the narrative)', async () => {
    const report = await approvedReport([declare(world.goal.id, 'covered', 'In the introduction.'), declare(secondGoal.id, 'planned', 'From next year.')])
    expect((await transition(server, world.users.editor.token, 'reports', report.id, 'publish')).status).toBe(200)
  })

  test('GraphQL workflowTransition: the same refusal with statusCode 409', async () => {
    const report = await approvedReport([declare(world.goal.id, 'planned', 'Next year.')])
    const { status, body } = await graphqlTransition(server, world.users.editor.token, 'reports', report.id, 'publish')
    expect(status).toBe(200)
    expect(body.data?.workflowTransition ?? null).toBeNull()
    expect(body.errors[0].message).toContain('Goals neither covered nor explained: 2. Second goal.')
    expect(body.errors[0].extensions.statusCode).toBe(409)
    expect(await liveStatusOf(server, 'reports', report.id)).toBe('draft')
  })

  test('a scheduled publish is checked when it runs: the schedule fails with the reason', async () => {
    const report = await approvedReport([declare(world.goal.id, 'planned', 'Next year.')])
    const at = new Date(Date.now() + 300).toISOString()
    const scheduled = await server.request(`/api/reports/${report.id}/workflow/schedule`, {
      method: 'POST',
      body: { transition: 'publish', at },
      token: world.users.editor.token,
    })
    expect(scheduled.status).toBe(201)
    await new Promise((resolve) => setTimeout(resolve, 400))
    await runWorkflowJobs(server)
    expect(await liveStatusOf(server, 'reports', report.id)).toBe('draft')
    const [stored] = (await server.payload.find({ collection: 'workflow-schedules', where: { docId: { equals: report.id } } })).docs
    expect(stored).toMatchObject({ status: 'failed', error: expect.stringContaining('2. Second goal') })
  })
})

describe('declarations are validated', () => {
  const save = (coverage: unknown) =>
    server.request('/api/reports', {
      method: 'POST',
      token: world.users.editor.token,
      body: { title: `Declared ${Math.random().toString(36).slice(2, 8)}`, organisation: world.orgA.id, framework: world.framework.id, coverage },
    })

  test('a goal not covered needs a reason', async () => {
    const response = await save([{ goal: world.goal.id, status: 'not-applicable' }])
    expect(response.status).toBe(400)
    expect(JSON.stringify(response.body.errors)).toContain('Give the reason when a goal is not covered.')
  })

  test('each goal once', async () => {
    const response = await save([declare(world.goal.id, 'planned', 'Later.'), declare(world.goal.id, 'not-reported', 'Unknown.')])
    expect(response.status).toBe(400)
    expect(JSON.stringify(response.body.errors)).toContain('Declare each goal once.')
  })

  test("only goals of the report's edition", async () => {
    const foreign = await server.payload.create({
      collection: 'goals',
      data: { framework: (await server.payload.create({ collection: 'frameworks', data: { name: 'Elsewhere', edition: '1', status: 'active' } })).id, number: 1, title: 'Foreign' },
    })
    const response = await save([declare(foreign.id, 'planned', 'Later.')])
    expect(response.status).toBe(400)
    expect(JSON.stringify(response.body.errors)).toContain('Choose goals from the framework edition this report uses.')
  })

  test('an unknown status is refused; a good declaration is stored as sent', async () => {
    expect((await save([{ goal: world.goal.id, status: 'maybe', reason: 'x' }])).status).toBe(400)
    const saved = await save([declare(world.goal.id, 'not-reported', 'The source is silent.')])
    expect(saved.status).toBe(201)
    const stored = await server.payload.findByID({ collection: 'reports', id: saved.body.doc.id, draft: true, depth: 0 })
    expect(stored.coverage).toEqual([
      expect.objectContaining({ goal: world.goal.id, status: 'not-reported', reason: 'The source is silent.', reasonSource: 'editorial' }),
    ])
  })
})
