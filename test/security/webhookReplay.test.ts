import { createHmac } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { verifyWebhook, webhookHeaders } from '../../plugins/workflow/index.js'
import { startReportSite, type RunningReportSite } from '../../examples/report-site/site.js'
import { createWebhookVerifier } from '../../examples/report-site/webhook.js'
import { createWorkflowWorld, runWorkflowJobs, transition, type WorkflowWorld } from '../helpers/workflowFixtures.js'
import { startTestServer, type TestServer } from '../helpers/testServer.js'
import { startWebhookReceiver, type ReceivedWebhook } from '../helpers/workflowWebhookReceiver.js'

/**
 * Issue 8, finding 11b: a webhook signed over its body alone could be captured and replayed forever. Deliveries
 * are now signed over id + timestamp + body (Standard Webhooks); receivers refuse old timestamps and seen ids.
 */
const secret = 'replay-test-secret'
const minutes = (n: number) => n * 60_000
let server: TestServer
let world: WorkflowWorld
let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>
let site: RunningReportSite
const savedEnv = { ...process.env }

beforeAll(async () => {
  receiver = await startWebhookReceiver({ secret })
  site = await startReportSite({ cmsUrl: 'http://127.0.0.1:9', webhookSecret: secret })
  Object.assign(process.env, { WORKFLOW_WEBHOOK_URLS: receiver.url, WORKFLOW_WEBHOOK_SECRET: secret })
  server = await startTestServer({ seed: false, demoUsers: false })
  world = await createWorkflowWorld(server)
})
afterAll(async () => {
  for (const name of ['WORKFLOW_WEBHOOK_URLS', 'WORKFLOW_WEBHOOK_SECRET']) {
    if (savedEnv[name] === undefined) delete process.env[name]
    else process.env[name] = savedEnv[name]
  }
  await server?.close()
  await receiver?.close()
  await site?.close()
})

/** Sends a captured delivery again, byte for byte, as an attacker who recorded it would. */
const replayTo = (url: string, captured: ReceivedWebhook) => {
  const headers: Record<string, string> = { 'content-type': 'application/json' }
  for (const name of ['webhook-id', 'webhook-timestamp', 'webhook-signature', 'x-workflow-signature']) {
    const value = captured.headers[name]
    if (typeof value === 'string') headers[name] = value
  }
  return fetch(url, { method: 'POST', headers, body: captured.body })
}

const publishAndCapture = async (): Promise<ReceivedWebhook> => {
  const report = await world.report({ title: `Replayed ${Date.now()}`, workflow: { stage: 'approved', submittedBy: world.author.id } })
  expect((await transition(server, world.users.editor.token, 'reports', report.id, 'publish')).status).toBe(200)
  const before = receiver.received.length
  await runWorkflowJobs(server)
  const [captured] = receiver.received.slice(before)
  expect(captured?.verified).toBe(true)
  return captured
}

describe("the CMS's deliveries", () => {
  test('sign id, timestamp and body with the Standard Webhooks headers, and no longer send a body-only signature', async () => {
    const captured = await publishAndCapture()
    expect(captured.headers['webhook-id']).toEqual(expect.any(String))
    expect(Number(captured.headers['webhook-timestamp'])).toBeGreaterThan(Date.now() / 1000 - 60)
    expect(captured.headers['webhook-signature']).toMatch(/^v1,[A-Za-z0-9+/]{43}=$/)
    expect(captured.headers['x-workflow-signature']).toBeUndefined()
    expect(verifyWebhook(secret, { body: captured.body, headers: captured.headers }).ok).toBe(true)
    // the signature binds the id: the same body and timestamp under another id does not verify
    expect(verifyWebhook(secret, { body: captured.body, headers: { ...captured.headers, 'webhook-id': 'another' } }).ok).toBe(false)
  })

  test('a captured delivery is accepted once by the example site, then refused as a replay', async () => {
    const captured = await publishAndCapture()
    const first = await replayTo(`${site.url}/revalidate`, captured)
    expect(first.status).toBe(200)
    const again = await replayTo(`${site.url}/revalidate`, captured)
    expect(again.status).toBe(409)
    expect(await again.json()).toEqual({ error: `Webhook ${String(captured.headers['webhook-id'])} was already received.` })
  })
})

describe('verifyWebhook (exported for receivers)', () => {
  const body = '{"event":"publish","collection":"reports","id":"r1"}'
  const sentAt = new Date('2026-12-01T12:00:00Z')
  const headers = webhookHeaders(secret, { id: 'msg_1', body, now: sentAt })
  const at = (ms: number) => ({ now: new Date(sentAt.getTime() + ms) })

  test('accepts a delivery up to 5 minutes old (or early), refuses older and far-future ones', () => {
    expect(verifyWebhook(secret, { body, headers }, at(minutes(4.9))).ok).toBe(true)
    expect(verifyWebhook(secret, { body, headers }, at(-minutes(4.9))).ok).toBe(true)
    expect(verifyWebhook(secret, { body, headers }, at(minutes(5.1)))).toEqual({
      ok: false,
      reason: 'webhook-timestamp is more than 300 seconds from now.',
    })
    expect(verifyWebhook(secret, { body, headers }, at(-minutes(5.1))).ok).toBe(false)
    expect(verifyWebhook(secret, { body, headers }, { ...at(minutes(2)), toleranceSeconds: 60 }).ok).toBe(false)
  })

  test('refuses a re-dated delivery, a tampered body, malformed timestamps and missing headers', () => {
    const redated = { ...headers, 'webhook-timestamp': String(Math.floor(Date.now() / 1000)) }
    expect(verifyWebhook(secret, { body, headers: redated }).ok).toBe(false)
    expect(verifyWebhook(secret, { body: body.replace('r1', 'r2'), headers }, at(0)).ok).toBe(false)
    for (const timestamp of ['', '1e9', '-5', '12.5', ' 1764590400', '9'.repeat(20)]) {
      expect(verifyWebhook(secret, { body, headers: { ...headers, 'webhook-timestamp': timestamp } }, at(0)).ok).toBe(false)
    }
    for (const name of ['webhook-id', 'webhook-timestamp', 'webhook-signature'] as const) {
      const { [name]: _dropped, ...rest } = headers
      expect(verifyWebhook(secret, { body, headers: rest }, at(0)).ok).toBe(false)
    }
  })

  test('accepts any one valid entry of a space-separated list (secret rotation) and Web Headers', () => {
    const listed = { ...headers, 'webhook-signature': `v1,bm90LXRoZS1yaWdodC1vbmU= ${headers['webhook-signature']}` }
    expect(verifyWebhook(secret, { body, headers: listed }, at(0)).ok).toBe(true)
    expect(verifyWebhook(secret, { body, headers: new Headers(headers) }, at(0)).ok).toBe(true)
  })

  test('a whsec_ secret is keyed by its base64-decoded bytes, as Standard Webhooks libraries do', () => {
    const key = Buffer.from('0123456789abcdef0123456789abcdef')
    const standardSecret = `whsec_${key.toString('base64')}`
    const signed = webhookHeaders(standardSecret, { id: 'msg_2', body, now: sentAt })
    const byHand = createHmac('sha256', key).update(`msg_2.${signed['webhook-timestamp']}.${body}`).digest('base64')
    expect(signed['webhook-signature']).toBe(`v1,${byHand}`)
    expect(verifyWebhook(standardSecret, { body, headers: signed }, at(0)).ok).toBe(true)
  })
})

describe("the example site's verifier", () => {
  const body = '{"event":"unpublish","collection":"reports","id":"r1"}'

  test('refuses an old capture (401) and a replay inside the window (409); forgets ids once they have expired', () => {
    let clock = new Date('2026-12-01T12:00:00Z')
    const verifier = createWebhookVerifier({ secret, now: () => clock })
    const headers = webhookHeaders(secret, { id: 'msg_a', body, now: clock })
    const raw = Buffer.from(body)
    expect(verifier.check(raw, headers)).toEqual({ ok: true, id: 'msg_a' })
    clock = new Date(clock.getTime() + minutes(1))
    expect(verifier.check(raw, headers)).toMatchObject({ ok: false, status: 409 })
    clock = new Date(clock.getTime() + minutes(5))
    expect(verifier.check(raw, headers)).toMatchObject({ ok: false, status: 401, error: expect.stringMatching(/more than 300 seconds/) })
    // an id no longer verifiable is no longer remembered: memory stays bounded by the window
    expect(verifier.remembered).toBe(0)
  })

  test('keeps at most maxRemembered ids', () => {
    const verifier = createWebhookVerifier({ secret, maxRemembered: 3 })
    for (let i = 0; i < 10; i++) expect(verifier.check(Buffer.from(body), webhookHeaders(secret, { id: `msg_${i}`, body })).ok).toBe(true)
    expect(verifier.remembered).toBe(3)
  })

  test('the old body-only signature is refused by the site', async () => {
    const legacy = `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`
    const response = await fetch(`${site.url}/revalidate`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-workflow-signature': legacy }, body })
    expect(response.status).toBe(401)
  })
})
