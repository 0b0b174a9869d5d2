import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { createWorkflowWorld, runWorkflowJobs, transition, type WorkflowWorld } from '../../helpers/workflowFixtures.js'
import { startTestServer, type TestServer } from '../../helpers/testServer.js'
import { standardSignature, startWebhookReceiver } from '../../helpers/workflowWebhookReceiver.js'

/**
 * Signed webhooks on publish/unpublish, configured from the environment as in production, delivered by jobs
 * after the transition commits, retried after a failure, with every attempt recorded.
 */
const secret = 'test-webhook-secret'
let server: TestServer
let world: WorkflowWorld
let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>
const savedEnv = { ...process.env }

beforeAll(async () => {
  receiver = await startWebhookReceiver({ secret })
  Object.assign(process.env, {
    WORKFLOW_WEBHOOK_URLS: receiver.url,
    WORKFLOW_WEBHOOK_SECRET: secret,
    WORKFLOW_WEBHOOK_BACKOFF_MS: '100',
    WORKFLOW_WEBHOOK_RETRIES: '3',
  })
  server = await startTestServer({ seed: false, demoUsers: false })
  world = await createWorkflowWorld(server)
})
afterAll(async () => {
  for (const name of ['WORKFLOW_WEBHOOK_URLS', 'WORKFLOW_WEBHOOK_SECRET', 'WORKFLOW_WEBHOOK_BACKOFF_MS', 'WORKFLOW_WEBHOOK_RETRIES']) {
    if (savedEnv[name] === undefined) delete process.env[name]
    else process.env[name] = savedEnv[name]
  }
  await server?.close()
  await receiver?.close()
})

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const header = (value: string | string[] | undefined) => String(value)
/** What the plugin should have sent for this delivery (Standard Webhooks), recomputed from its own headers. */
const expectedSignature = (delivered: { body: string; headers: Record<string, string | string[] | undefined> }, key = secret) =>
  standardSignature(key, header(delivered.headers['webhook-id']), header(delivered.headers['webhook-timestamp']), delivered.body)
const deliveriesOf = async (docId: string) =>
  (await server.payload.find({ collection: 'workflow-webhook-deliveries', where: { docId: { equals: docId } }, sort: 'createdAt' })).docs

describe('publish webhooks', () => {
  test('are signed with HMAC-SHA256 of id, timestamp and raw body, sent only by the job, and retried after a 500', async () => {
    const report = await world.report({ title: 'Hooked report', workflow: { stage: 'approved', submittedBy: world.author.id } })
    const published = await transition(server, world.users.editor.token, 'reports', report.id, 'publish')
    expect(published.status).toBe(200)
    // queued with the transition, delivered by the job runner
    expect(receiver.received).toHaveLength(0)

    receiver.answer(500)
    await runWorkflowJobs(server)
    expect(receiver.received).toHaveLength(1)
    let deliveries = await deliveriesOf(report.id)
    expect(deliveries).toEqual([expect.objectContaining({ attempt: 1, statusCode: 500, ok: false, error: 'HTTP 500', url: receiver.url })])

    await sleep(150)
    await runWorkflowJobs(server)
    expect(receiver.received).toHaveLength(2)
    deliveries = await deliveriesOf(report.id)
    expect(deliveries.map((d) => [d.attempt, d.statusCode, d.ok])).toEqual([
      [1, 500, false],
      [2, 200, true],
    ])

    const [first, second] = receiver.received
    expect([first.verified, second.verified]).toEqual([true, true])
    expect(second.body).toBe(first.body)
    // the same id on every retry (receivers drop duplicates), signed again with the attempt's own timestamp
    expect(second.headers['webhook-id']).toBe(first.headers['webhook-id'])
    expect(second.headers['webhook-signature']).toBe(expectedSignature(second))
    expect(Math.abs(Number(second.headers['webhook-timestamp']) - Date.now() / 1000)).toBeLessThan(30)
    expect(second.headers['x-workflow-signature']).toBeUndefined()
    expect(second.headers['content-type']).toBe('application/json')
    const body = JSON.parse(second.body)
    expect(body).toEqual({
      event: 'publish',
      collection: 'reports',
      id: report.id,
      slug: report.slug,
      stage: 'published',
      timestamp: published.body.event.createdAt,
      report: { id: report.id, slug: report.slug },
      paths: ['/', `/reports/${report.slug}`, `/api/reports/${report.slug}/assembled`],
    })

    // nothing left to retry
    await sleep(150)
    await runWorkflowJobs(server)
    expect(receiver.received).toHaveLength(2)
  })

  test("a child's webhook names its report and the pages to revalidate", async () => {
    const report = await world.report({ title: 'Parent of a child', status: 'published' })
    const item = await world.evidence(report.id, { workflow: { stage: 'approved', submittedBy: world.author.id } })
    expect((await transition(server, world.users.editor.token, 'evidence', item.id, 'publish')).status).toBe(200)
    const before = receiver.received.length
    await runWorkflowJobs(server)
    const [delivered] = receiver.received.slice(before)
    expect(JSON.parse(delivered.body)).toMatchObject({
      event: 'publish',
      collection: 'evidence',
      id: item.id,
      report: { id: report.id, slug: report.slug },
      paths: ['/', `/reports/${report.slug}`, `/api/reports/${report.slug}/assembled`],
    })
  })

  test('unpublish notifies too; a signature made with another secret would not match', async () => {
    const report = await world.report({ title: 'Going down', status: 'published' })
    expect((await transition(server, world.users.admin.token, 'reports', report.id, 'unpublish')).status).toBe(200)
    const before = receiver.received.length
    await runWorkflowJobs(server)
    const delivered = receiver.received.slice(before)
    expect(delivered).toHaveLength(1)
    expect(JSON.parse(delivered[0].body)).toMatchObject({ event: 'unpublish', id: report.id, stage: 'unpublished' })
    expect(delivered[0].verified).toBe(true)
    expect(delivered[0].headers['webhook-signature']).toBe(expectedSignature(delivered[0]))
    expect(delivered[0].headers['webhook-signature']).not.toBe(expectedSignature(delivered[0], 'other-secret'))
  })

  test('transitions that are not publish/unpublish, or that fail, send nothing', async () => {
    const report = await world.report({ title: 'Quiet report' })
    await world.evidence(report.id, { workflow: { stage: 'in_review', submittedBy: world.author.id } })
    expect((await transition(server, world.users.contributorOwn.token, 'reports', report.id, 'submit')).status).toBe(200)
    await server.payload.update({ collection: 'reports', id: report.id, data: { workflow: { stage: 'approved' } } })
    // refused: a child is still in review
    expect((await transition(server, world.users.editor.token, 'reports', report.id, 'publish')).status).toBe(409)
    const before = receiver.received.length
    await runWorkflowJobs(server)
    expect(receiver.received.length).toBe(before)
    expect(await deliveriesOf(report.id)).toEqual([])
  })
})
