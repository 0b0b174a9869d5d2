import { rmSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { closeDatabase } from '../../src/db/closeDatabase.js'
import { startChildServer, type ChildServer } from '../helpers/childServer.js'
import { holdsWalWriteLock, openSqliteFile, type SqliteFile } from '../helpers/sqliteFile.js'
import { startTestServer } from '../helpers/testServer.js'
import { createWorkflowWorld } from '../helpers/workflowFixtures.js'

/**
 * Fault injection: the server process is SIGKILLed while a bundle publish (a report and over a hundred approved
 * children, one transaction) is running, then restarted on the same SQLite file: `src/server.ts`, API only, schema
 * push (NODE_ENV=development) rather than the committed migrations, so that the test does not depend on migrations
 * being regenerated after every schema change; the transaction and crash recovery are SQLite's either way.
 * What must hold after every crash:
 * the report and all its children are published, or none of them is; a `publish` event exists for exactly
 * the documents that are published; the restarted server answers and can publish what the crash interrupted.
 * "In flight" is observed, not guessed: the kill happens while the server holds SQLite's write lock (read from
 * /proc/locks) and has not answered.
 */

const evidencePerReport = 100
/**
 * Kill points as fractions of the time an uninterrupted publish holds the database's write lock (measured in the
 * first round), counted from the moment the server takes it: 0 = at its first write. Every round runs on a
 * freshly started server, so its publish has the same cold start as the measured one.
 */
const killAt = [0, 0.3, 0.6]
const password = 'editor-password'

type Bundle = { reportId: string; childIds: string[] }
type Outcome = 'all' | 'none'

let databaseFile = ''
let editorEmail = ''
let bundles: Bundle[] = []
let server: ChildServer | undefined
let db: SqliteFile

const freshServer = async () => {
  await server?.stop()
  server = await startChildServer(childEnv())
  return server
}

const childEnv = () => ({
  NODE_ENV: 'development',
  PAYLOAD_SECRET: 'test-secret',
  DATABASE_URI: `file:${databaseFile}`,
  SEED: 'false',
})

beforeAll(async () => {
  // Build the content in this process, then hand the file to a child server.
  const setup = await startTestServer({ seed: false, demoUsers: false })
  databaseFile = setup.databaseFile
  const world = await createWorkflowWorld(setup)
  editorEmail = world.users.editor.email
  const approved = { workflow: { stage: 'approved' as const } }
  for (let round = 0; round <= killAt.length; round++) {
    const report = await world.report({ title: `Crash report ${round}`, ...approved })
    const childIds: string[] = []
    for (let i = 0; i < evidencePerReport; i++) childIds.push((await world.evidence(report.id, { title: `Crash evidence ${round}.${i}`, ...approved })).id)
    childIds.push((await world.quote(report.id, approved)).id, (await world.recommendation(report.id, approved)).id)
    bundles.push({ reportId: report.id, childIds })
  }
  setup.server.closeAllConnections()
  await new Promise<void>((resolve) => setup.server.close(() => resolve()))
  await closeDatabase(setup.payload)
  db = openSqliteFile(databaseFile)
}, 300_000)

afterAll(async () => {
  await server?.crash()
  db?.close()
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(databaseFile + suffix, { force: true })
})

const login = async (url: string) => {
  const response = await fetch(`${url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: editorEmail, password }),
  })
  const body = (await response.json()) as { token?: string }
  if (!body.token) throw new Error(`login failed: ${response.status} ${JSON.stringify(body)}`)
  return body.token
}

const publish = (url: string, token: string, reportId: string) =>
  fetch(`${url}/api/reports/${reportId}/workflow/publish`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
    body: '{}',
  })

/** What the database holds for one bundle; throws (with the counts) unless it is all published or none. */
const outcomeOf = async ({ reportId, childIds }: Bundle): Promise<Outcome> => {
  const ids = [reportId, ...childIds]
  const marks = ids.map(() => '?').join(',')
  const documents = await db.rows<{ id: string; status: string; stage: string }>(
    ['reports', 'evidence', 'quotes', 'recommendations']
      .map((table) => `SELECT id, _status AS status, workflow_stage AS stage FROM ${table} WHERE id IN (${marks})`)
      .join(' UNION ALL '),
    [...ids, ...ids, ...ids, ...ids],
  )
  const events = await db.rows<{ doc_id: string }>(`SELECT doc_id FROM workflow_events WHERE transition = 'publish' AND doc_id IN (${marks})`, ids)
  const latestReportVersion = await db.rows<{ status: string }>(
    'SELECT version__status AS status FROM _reports_v WHERE parent_id = ? AND latest = 1',
    [reportId],
  )
  const published = documents.filter((d) => d.status === 'published' && d.stage === 'published').length
  const untouched = documents.filter((d) => d.status === 'draft' && d.stage === 'approved').length
  const summary = `${documents.length} documents: ${published} published, ${untouched} untouched; ${events.length} publish events; latest report version ${latestReportVersion.map((v) => v.status).join(',')}`
  expect(documents).toHaveLength(ids.length)
  expect(latestReportVersion).toHaveLength(1)
  if (published === ids.length && events.length === ids.length && new Set(events.map((e) => e.doc_id)).size === ids.length && latestReportVersion[0].status === 'published') return 'all'
  if (untouched === ids.length && events.length === 0 && latestReportVersion[0].status === 'draft') return 'none'
  throw new Error(`half-published bundle: ${summary}`)
}

/** Resolves once the server process holds the database's write lock (its transaction has written), or throws. */
const writeLockTaken = async (running: ChildServer, timeoutMs = 60_000) => {
  const deadline = performance.now() + timeoutMs
  while (!holdsWalWriteLock(databaseFile, running.child.pid as number)) {
    if (performance.now() > deadline) throw new Error(`the server took no write lock within ${timeoutMs} ms`)
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
  return performance.now()
}

describe('SIGKILL during a bundle publish', () => {
  /** How long an uninterrupted publish holds the write lock: the kill points are fractions of it. */
  let transactionMs = 0

  test(`an uninterrupted publish of ${evidencePerReport + 3} documents holds the write lock from its first write to its answer`, async () => {
    const running = await freshServer()
    const token = await login(running.url)
    expect(holdsWalWriteLock(databaseFile, running.child.pid as number)).toBe(false)
    const started = performance.now()
    const response = publish(running.url, token, bundles[0].reportId)
    const locked = await writeLockTaken(running)
    expect((await response).status).toBe(200)
    transactionMs = performance.now() - locked
    expect(holdsWalWriteLock(databaseFile, running.child.pid as number)).toBe(false)
    expect(await outcomeOf(bundles[0])).toBe('all')
    console.log(`crashDuringPublish: publish of ${evidencePerReport + 3} documents: write lock after ${Math.round(locked - started)} ms, held ${Math.round(transactionMs)} ms`)
  }, 120_000)

  test.each(killAt.map((fraction, i) => [fraction, i + 1] as const))(
    'killed at %p of the transaction: all or nothing after the restart, and the restarted server publishes it',
    async (fraction, round) => {
      expect(transactionMs).toBeGreaterThan(0)
      const bundle = bundles[round]
      const running = await freshServer()
      const token = await login(running.url)
      let answered: string | undefined
      const inFlight = publish(running.url, token, bundle.reportId).then(
        async (r) => {
          answered = `${r.status} ${(await r.text()).slice(0, 200)}`
          return r.status
        },
        () => 'connection lost' as const,
      )
      await writeLockTaken(running)
      await new Promise((resolve) => setTimeout(resolve, transactionMs * fraction))
      // the crash lands inside the publish's transaction: unanswered, write lock held (asserted after the outcome,
      // so that a server writing without a transaction fails on the half-published bundle it leaves)
      expect(answered).toBeUndefined()
      const lockHeldAtKill = holdsWalWriteLock(databaseFile, running.child.pid as number)
      expect(await running.crash()).toBe('SIGKILL')
      expect(await inFlight).toBe('connection lost')

      server = await startChildServer(childEnv())
      const health = await fetch(`${server.url}/healthz`)
      expect(health.status).toBe(200)
      const outcome = await outcomeOf(bundle)
      console.log(`crashDuringPublish: killed ${Math.round(transactionMs * fraction)} ms into the transaction → ${outcome === 'all' ? 'all published' : 'nothing published'}`)
      expect(lockHeldAtKill).toBe(true)
      if (outcome === 'none') {
        const retried = await publish(server.url, await login(server.url), bundle.reportId)
        expect(retried.status).toBe(200)
        expect(await outcomeOf(bundle)).toBe('all')
      }
      // earlier rounds are untouched by this crash
      for (const earlier of bundles.slice(0, round)) expect(await outcomeOf(earlier)).toBe('all')
    },
    180_000,
  )
})
