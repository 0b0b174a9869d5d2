import { afterAll, beforeAll, describe, expect } from '@jest/globals'
import { isDeepStrictEqual } from 'node:util'
import pg from 'pg'
import { startPostgres, type PostgresServer } from '../../src/db/tempPostgres.js'
import type { ChildServer } from '../helpers/childServer.js'
import { startPeerInstance } from '../helpers/peerInstance.js'
import { postgresTest, postgresUnavailable } from '../helpers/postgresUnavailable.js'
import { startTestServer, type TestServer } from '../helpers/testServer.js'
import { startWebhookReceiver } from '../helpers/workflowWebhookReceiver.js'
import { createWorkflowWorld, eventsOf, transition, type WorkflowWorld } from '../helpers/workflowFixtures.js'

/**
 * Two instances on one Postgres database, as behind a load balancer: A in this process, B in a child process.
 * Both keep published reports for 10 minutes (DELIVERY_CACHE_TTL_MS), so only the cross-instance announcement
 * (LISTEN/NOTIFY) can make one see the other's publish; both run the workflow job queue at the same time.
 */
const longTtl = '600000'
const webhookSecret = 'multi-instance-webhook-secret'
/** Far below the 10-minute TTL: a change seen within it came from the announcement. Latency is measured in bench/multiInstance.ts. */
const announcementBoundMs = 10_000

let postgres: PostgresServer | undefined
let databaseUri = ''
let a: TestServer | undefined
let b: ChildServer | undefined
let receiver: Awaited<ReturnType<typeof startWebhookReceiver>> | undefined
let world: WorkflowWorld
/** Stops the test's own job-running loops: before the database goes away, even when the test failed midway. */
let stopRunningJobs = async () => {}
const savedEnv = { ...process.env }

beforeAll(async () => {
  postgres = await startPostgres()
  if (!postgres) return postgresUnavailable()
  databaseUri = await postgres.createDatabase()
  receiver = await startWebhookReceiver({ secret: webhookSecret })
  const shared = { DELIVERY_CACHE_TTL_MS: longTtl, WORKFLOW_WEBHOOK_URLS: receiver.url, WORKFLOW_WEBHOOK_SECRET: webhookSecret }
  Object.assign(process.env, shared)
  a = await startTestServer({ databaseUri, seed: false, demoUsers: false })
  world = await createWorkflowWorld(a)
  // B's cron fires at every second boundary, as a busy production cron would, while A runs the queue too
  b = await startPeerInstance(databaseUri, { ...shared, WORKFLOW_JOBS_CRON: '* * * * * *', JOBS_AUTORUN: 'true' })
}, 180_000)

afterAll(async () => {
  await stopRunningJobs()
  await b?.stop()
  await a?.close()
  await receiver?.close()
  await postgres?.stop()
  for (const key of ['DELIVERY_CACHE_TTL_MS', 'WORKFLOW_WEBHOOK_URLS', 'WORKFLOW_WEBHOOK_SECRET'] as const) {
    if (savedEnv[key] === undefined) delete process.env[key]
    else process.env[key] = savedEnv[key]
  }
}, 60_000)

const servers = () => {
  if (!a || !b) throw new Error('the two instances did not start')
  return { a, b }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

const assembled = async (baseUrl: string, slug: string) => {
  const response = await fetch(`${baseUrl}/api/reports/${slug}/assembled`)
  const body = (await response.json()) as { report: { title: string }; organisation: { name: string } }
  return { status: response.status, etag: response.headers.get('etag'), body }
}

/** Polls until the instance serves another ETag than `etag`; undefined if it still serves it after the bound. */
const nextView = async (baseUrl: string, slug: string, etag: string | null) => {
  const until = Date.now() + announcementBoundMs
  while (Date.now() < until) {
    const view = await assembled(baseUrl, slug)
    if (view.etag !== etag) return view
    await sleep(20)
  }
  return undefined
}

/** SQL straight to the database: no Payload hook runs, so nothing is announced. */
const writeBehindPayloadsBack = async (text: string, values: unknown[]) => {
  const client = new pg.Client({ connectionString: databaseUri })
  await client.connect()
  try {
    await client.query(text, values)
  } finally {
    await client.end()
  }
}

describe('several instances on one Postgres', () => {
  postgresTest("a publish on A empties B's cached report; an edit on B empties A's", async () => {
    const { a, b } = servers()
    const report = await world.report({ title: 'Shared report', status: 'published', workflow: { stage: 'published' } })
    const slug = report.slug as string
    const first = await assembled(b.url, slug)
    expect(first).toMatchObject({ status: 200, body: { report: { title: 'Shared report' }, organisation: { name: world.orgA.name } } })

    // B keeps its view: a change behind Payload's back (no announcement) stays unseen for the 10-minute TTL
    await writeBehindPayloadsBack('update organisations set name = $1 where id = $2', ['Renamed in SQL', world.orgA.id])
    await sleep(300)
    expect(await assembled(b.url, slug)).toEqual(first)

    // the editorial workflow on A: edit, submit, approve, publish
    const { editor, reviewer } = world.users
    const edit = await a.request(`/api/reports/${report.id}?draft=true`, { method: 'PATCH', body: { title: 'Shared report, revised' }, token: editor.token })
    expect(edit.status).toBe(200)
    for (const [token, name] of [[editor.token, 'submit'], [reviewer.token, 'approve'], [editor.token, 'publish']] as const) {
      expect((await transition(a, token, 'reports', report.id, name)).status).toBe(200)
    }
    const afterPublish = await nextView(b.url, slug, first.etag)
    // B assembled anew from the database: the publish and the earlier silent rename both show
    expect(afterPublish).toMatchObject({ status: 200, body: { report: { title: 'Shared report, revised' }, organisation: { name: 'Renamed in SQL' } } })

    // the other way round: A caches, a plain write through B (an editor's token from A works there) reaches A
    const cachedOnA = await assembled(a.url, slug)
    expect((await assembled(a.url, slug)).etag).toBe(cachedOnA.etag)
    const rename = await fetch(`${b.url}/api/organisations/${world.orgA.id}`, {
      method: 'PATCH',
      headers: { authorization: `JWT ${editor.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Renamed on B' }),
    })
    expect(rename.status).toBe(200)
    expect(await nextView(a.url, slug, cachedOnA.etag)).toMatchObject({ status: 200, body: { organisation: { name: 'Renamed on B' } } })
  }, 120_000)

  postgresTest('N scheduled publishes due at once, run by both instances: each publish and each webhook happens exactly once', async () => {
    const { a } = servers()
    const count = 12
    const report = await world.report({ title: 'Scheduled on two instances', status: 'published', workflow: { stage: 'published' } })
    const items = await Promise.all(
      Array.from({ length: count }, () => world.evidence(report.id, { workflow: { stage: 'approved', submittedBy: world.author.id } })),
    )
    const at = new Date(Date.now() + 3_000).toISOString()
    const scheduled = await Promise.all(
      items.map((item) =>
        a.request(`/api/evidence/${item.id}/workflow/schedule`, { method: 'POST', body: { transition: 'publish', at }, token: world.users.editor.token }),
      ),
    )
    expect(scheduled.map((response) => response.status)).toEqual(items.map(() => 201))

    const ids = new Set(items.map((item) => item.id))
    const bodyOf = (hook: { body: string }) => JSON.parse(hook.body) as { id: string; event: string }
    const deliveredTo = () => (receiver?.received ?? []).filter((hook) => ids.has(bodyOf(hook).id))
    const schedulesOf = async () =>
      (await a.payload.find({ collection: 'workflow-schedules', where: { docId: { in: [...ids] } }, limit: 0, pagination: false, depth: 0 })).docs

    // A claims from two loops while B's cron claims every second: three claimers racing for the same due jobs
    let running = true
    const runErrors: string[] = []
    const runOnA = async () => {
      while (running) {
        await a.payload.jobs.run({ queue: 'workflow', limit: 100 }).catch((error: unknown) => runErrors.push(String(error)))
        await sleep(50)
      }
    }
    const loops = [runOnA(), runOnA()]
    stopRunningJobs = async () => {
      running = false
      await Promise.all(loops)
    }
    const until = Date.now() + 90_000
    while (Date.now() < until) {
      const schedules = await schedulesOf()
      if (schedules.every((s) => s.status !== 'scheduled') && deliveredTo().length >= count) break
      await sleep(200)
    }
    // two more seconds of racing: a second run of any job would show up now
    await sleep(2_000)
    await stopRunningJobs()
    await sleep(1_200) // B's cron run in flight, if any

    const sorted = [...ids].sort()
    const deliveries = await a.payload.find({ collection: 'workflow-webhook-deliveries', where: { docId: { in: sorted } }, limit: 0, pagination: false, depth: 0 })
    const received = deliveredTo()
    const outcome = {
      runErrors,
      schedules: (await schedulesOf()).map((s) => s.status),
      trails: await Promise.all(items.map(async (item) => (await eventsOf(a, item.id)).map((event) => event.transition))),
      deliveryAttempts: deliveries.docs.map((d) => `${d.docId} attempt ${d.attempt} ${d.ok ? 'ok' : 'failed'}`).sort(),
      receivedFor: received.map((hook) => `${bodyOf(hook).id} ${bodyOf(hook).event}`).sort(),
      distinctWebhookIds: new Set(received.map((hook) => hook.headers['webhook-id'])).size,
    }
    const expected = {
      runErrors: [],
      schedules: items.map(() => 'done'),
      trails: items.map(() => ['schedule', 'publish']),
      deliveryAttempts: sorted.map((id) => `${id} attempt 1 ok`),
      receivedFor: sorted.map((id) => `${id} publish`),
      distinctWebhookIds: count,
    }
    // a run twice can leave Payload's transactions open, and stopping Postgres under them ends this process
    // before jest reports: say what went wrong first
    if (!isDeepStrictEqual(outcome, expected)) process.stderr.write(`multiInstance jobs outcome: ${JSON.stringify(outcome, null, 1)}\n`)
    expect(outcome).toEqual(expected)
  }, 180_000)
})
