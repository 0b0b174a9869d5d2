import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { createAccounts } from '../helpers/accounts.js'
import { createWorkflowWorld, eventsOf, liveStatusOf, runWorkflowJobs, stageOf, type WorkflowWorld } from '../helpers/workflowFixtures.js'
import { startTestServer, type TestServer } from '../helpers/testServer.js'

/**
 * Issue 8, finding 11a: a scheduled transition fired on the strength of a permission checked when it was
 * scheduled. It is now checked again, as the scheduler, when the job runs; a refusal fails the schedule with the
 * reason, records it in the audit trail and changes nothing else.
 */
let server: TestServer
let world: WorkflowWorld
let reportId: string
let accounts = 0

beforeAll(async () => {
  server = await startTestServer({ seed: false, demoUsers: false })
  world = await createWorkflowWorld(server)
  reportId = (await world.report({ title: 'Report with scheduled children', status: 'published' })).id
})
afterAll(async () => {
  await server?.close()
})

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const soon = (ms: number) => new Date(Date.now() + ms).toISOString()

/** A fresh editor for each test, since the tests demote or delete them. */
const freshEditor = async () => {
  const n = ++accounts
  const { scheduler } = await createAccounts(server, { scheduler: { role: 'editor', organisations: [] } }, () => `scheduler-${n}@recheck.test`, () => `Scheduler ${n}`)
  return scheduler
}

/** An approved evidence item with a publish scheduled by `editor` shortly. */
const scheduledPublish = async (editor: { token: string }, inMs = 500) => {
  const item = await world.evidence(reportId, { workflow: { stage: 'approved', submittedBy: world.author.id } })
  const created = await server.request(`/api/evidence/${item.id}/workflow/schedule`, {
    method: 'POST',
    body: { transition: 'publish', at: soon(inMs) },
    token: editor.token,
  })
  expect(created.status).toBe(201)
  return { item, scheduleId: created.body.schedule.id as string }
}

const scheduleOf = (id: string) => server.payload.findByID({ collection: 'workflow-schedules', id, depth: 0 })

const runWhenDue = async () => {
  await sleep(600)
  await runWorkflowJobs(server)
}

describe('a scheduled transition is checked again when it runs, as its scheduler', () => {
  test('the scheduler lost the role that allowed it: nothing is published, the schedule fails with the reason, the trail says so', async () => {
    const editor = await freshEditor()
    const { item, scheduleId } = await scheduledPublish(editor)
    await server.payload.update({ collection: 'users', id: editor.id, data: { role: 'reviewer' } })

    await runWhenDue()
    expect(await liveStatusOf(server, 'evidence', item.id)).toBe('draft')
    expect(await stageOf(server, 'evidence', item.id)).toBe('approved')
    const stored = await scheduleOf(scheduleId)
    expect(stored).toMatchObject({ status: 'failed', error: 'You are not allowed to publish this document.' })
    const trail = await eventsOf(server, item.id)
    expect(trail.map((e) => e.transition)).toEqual(['schedule', 'schedule-failed'])
    expect(trail[1]).toMatchObject({
      from: 'approved',
      to: 'approved',
      user: editor.id,
      comment: expect.stringMatching(/^publish at .+ not performed: You are not allowed to publish this document\.$/),
    })

    // failed for good: another run does not retry it
    await runWorkflowJobs(server)
    expect(await liveStatusOf(server, 'evidence', item.id)).toBe('draft')

    // a scheduler who still may do it still gets it done, recorded as theirs
    const stillEditor = await freshEditor()
    const allowed = await scheduledPublish(stillEditor)
    await runWhenDue()
    expect(await liveStatusOf(server, 'evidence', allowed.item.id)).toBe('published')
    expect((await scheduleOf(allowed.scheduleId)).status).toBe('done')
    expect((await eventsOf(server, allowed.item.id)).at(-1)).toMatchObject({ transition: 'publish', user: stillEditor.id })
  })

  test('the scheduler was deleted: nothing is published and the schedule fails', async () => {
    const editor = await freshEditor()
    const { item, scheduleId } = await scheduledPublish(editor)
    await server.payload.delete({ collection: 'users', id: editor.id })

    await runWhenDue()
    expect(await liveStatusOf(server, 'evidence', item.id)).toBe('draft')
    expect(await scheduleOf(scheduleId)).toMatchObject({ status: 'failed', error: expect.stringMatching(/no longer exists/) })
    expect((await eventsOf(server, item.id)).map((e) => e.transition)).toEqual(['schedule', 'schedule-failed'])
  })
})
