import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import {
  createWorkflowWorld,
  eventsOf,
  liveStatusOf,
  runWorkflowJobs,
  stageOf,
  transition,
  type WorkflowWorld,
} from '../../helpers/workflowFixtures.js'
import { startTestServer, type TestServer } from '../../helpers/testServer.js'

/** Scheduled publish/unpublish through Payload jobs: due jobs transition, cancelled ones never fire. */
let server: TestServer
let world: WorkflowWorld
let reportId: string

beforeAll(async () => {
  server = await startTestServer({ seed: false, demoUsers: false })
  world = await createWorkflowWorld(server)
  reportId = (await world.report({ title: 'Scheduled report', status: 'published' })).id
})
afterAll(async () => {
  await server?.close()
})

const soon = (ms: number) => new Date(Date.now() + ms).toISOString()
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const approved = () => world.evidence(reportId, { workflow: { stage: 'approved', submittedBy: world.author.id } })
const schedule = (id: string, body: Record<string, unknown>, token = world.users.editor.token) =>
  server.request(`/api/evidence/${id}/workflow/schedule`, { method: 'POST', body, token })

describe('scheduled transitions', () => {
  test('a scheduled publish happens when its job runs after the time, as the user who scheduled it', async () => {
    const item = await approved()
    const at = soon(1200)
    const created = await schedule(item.id, { transition: 'publish', at, comment: 'Embargo ends' })
    expect(created.status).toBe(201)
    expect(created.body.schedule).toMatchObject({ transition: 'publish', at, status: 'scheduled', scheduledBy: world.users.editor.id })
    const state = await server.request(`/api/evidence/${item.id}/workflow`, { token: world.users.editor.token })
    expect(state.body.schedules.map((s: { id: string }) => s.id)).toEqual([created.body.schedule.id])

    await runWorkflowJobs(server)
    expect(await liveStatusOf(server, 'evidence', item.id)).toBe('draft')

    await sleep(1300)
    await runWorkflowJobs(server)
    expect(await liveStatusOf(server, 'evidence', item.id)).toBe('published')
    expect(await stageOf(server, 'evidence', item.id)).toBe('published')
    const trail = await eventsOf(server, item.id)
    expect(trail.map((e) => e.transition)).toEqual(['schedule', 'publish'])
    expect(trail[1]).toMatchObject({ user: world.users.editor.id, comment: 'Embargo ends' })
    const stored = await server.payload.findByID({ collection: 'workflow-schedules', id: created.body.schedule.id })
    expect(stored.status).toBe('done')
  })

  test('a cancelled schedule does not fire', async () => {
    const item = await approved()
    const created = await schedule(item.id, { transition: 'publish', at: soon(600) })
    expect(created.status).toBe(201)
    const cancelled = await server.request(`/api/evidence/${item.id}/workflow/schedule`, { method: 'DELETE', token: world.users.admin.token })
    expect(cancelled.status).toBe(200)
    expect(cancelled.body.cancelled).toEqual([expect.objectContaining({ id: created.body.schedule.id, status: 'cancelled' })])
    await sleep(700)
    await runWorkflowJobs(server)
    expect(await liveStatusOf(server, 'evidence', item.id)).toBe('draft')
    expect(await stageOf(server, 'evidence', item.id)).toBe('approved')
    expect((await eventsOf(server, item.id)).map((e) => e.transition)).toEqual(['schedule', 'unschedule'])
    const again = await server.request(`/api/evidence/${item.id}/workflow/schedule`, { method: 'DELETE', token: world.users.admin.token })
    expect(again.status).toBe(404)
  })

  test('a schedule whose item went back to review fails without publishing', async () => {
    const item = await approved()
    await schedule(item.id, { transition: 'publish', at: soon(500) })
    await server.request(`/api/evidence/${item.id}?draft=true`, { method: 'PATCH', body: { title: 'Changed meanwhile' }, token: world.users.editor.token })
    await sleep(600)
    await runWorkflowJobs(server)
    expect(await liveStatusOf(server, 'evidence', item.id)).toBe('draft')
    const [stored] = (await server.payload.find({ collection: 'workflow-schedules', where: { docId: { equals: item.id } } })).docs
    expect(stored).toMatchObject({ status: 'failed', error: expect.stringMatching(/in_review/) })
  })

  test('scheduling checks permission, stage, transition and time now', async () => {
    const item = await approved()
    expect((await schedule(item.id, { transition: 'publish', at: soon(60_000) }, world.users.reviewer.token)).status).toBe(403)
    expect((await schedule(item.id, { transition: 'unpublish', at: soon(60_000) })).status).toBe(409)
    expect((await schedule(item.id, { transition: 'approve', at: soon(60_000) })).status).toBe(400)
    expect((await schedule(item.id, { transition: 'publish', at: 'tomorrow-ish' })).status).toBe(400)
    expect((await schedule(item.id, { transition: 'publish', at: new Date(Date.now() - 1000).toISOString() })).status).toBe(400)
    const anonymous = await server.request(`/api/evidence/${item.id}/workflow/schedule`, { body: { transition: 'publish', at: soon(60_000) } })
    expect(anonymous.status).toBe(401)
    // publish at 9, take down at 5: the unpublish may follow a pending publish
    expect((await schedule(item.id, { transition: 'publish', at: soon(60_000) })).status).toBe(201)
    expect((await schedule(item.id, { transition: 'unpublish', at: soon(120_000) })).status).toBe(201)
  })

  test('GraphQL schedules and cancels too', async () => {
    const item = await approved()
    const scheduled = await server.graphql(
      `mutation ($id: String!, $at: String!) { workflowSchedule(collection: evidence, id: $id, transition: publish, at: $at) { id status at } }`,
      { id: item.id, at: soon(60_000) },
      world.users.editor.token,
    )
    expect(scheduled.body.errors).toBeUndefined()
    expect(scheduled.body.data.workflowSchedule.status).toBe('scheduled')
    const cancelled = await server.graphql(
      `mutation ($id: String!) { workflowCancelSchedule(collection: evidence, id: $id, transition: publish) { id status } }`,
      { id: item.id },
      world.users.editor.token,
    )
    expect(cancelled.body.data.workflowCancelSchedule).toEqual([{ id: scheduled.body.data.workflowSchedule.id, status: 'cancelled' }])
  })

  test('an approved item can be published by hand before its schedule; the schedule then fails harmlessly', async () => {
    const item = await approved()
    await schedule(item.id, { transition: 'publish', at: soon(400) })
    expect((await transition(server, world.users.editor.token, 'evidence', item.id, 'publish')).status).toBe(200)
    await sleep(500)
    await runWorkflowJobs(server)
    expect((await eventsOf(server, item.id)).filter((e) => e.transition === 'publish')).toHaveLength(1)
  })
})
