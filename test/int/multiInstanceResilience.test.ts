import { afterAll, beforeAll, describe, expect } from '@jest/globals'
import pg from 'pg'
import { deliveryChangedChannel } from '../../src/delivery/crossInstanceInvalidation.js'
import { startPostgres, type PostgresServer } from '../../src/db/tempPostgres.js'
import { postgresTest, postgresUnavailable } from '../helpers/postgresUnavailable.js'
import { startTestServer, type TestServer } from '../helpers/testServer.js'
import { createWorkflowWorld, type WorkflowWorld } from '../helpers/workflowFixtures.js'

/**
 * An instance whose database connections are all cut (a Postgres restart, a failover) keeps running: the pool
 * opens new connections, and the LISTEN connection comes back and hears announcements again.
 */
let postgres: PostgresServer | undefined
let databaseUri = ''
let server: TestServer | undefined
let world: WorkflowWorld
const ttl = process.env.DELIVERY_CACHE_TTL_MS

beforeAll(async () => {
  postgres = await startPostgres()
  if (!postgres) return postgresUnavailable()
  databaseUri = await postgres.createDatabase()
  process.env.DELIVERY_CACHE_TTL_MS = '600000'
  server = await startTestServer({ databaseUri, seed: false, demoUsers: false })
  world = await createWorkflowWorld(server)
}, 120_000)

afterAll(async () => {
  await server?.close()
  await postgres?.stop()
  if (ttl === undefined) delete process.env.DELIVERY_CACHE_TTL_MS
  else process.env.DELIVERY_CACHE_TTL_MS = ttl
})

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** One statement on a connection of the test's own. */
const sql = async (text: string, values: unknown[] = []) => {
  const client = new pg.Client({ connectionString: databaseUri })
  await client.connect()
  try {
    return (await client.query(text, values)).rows
  } finally {
    await client.end()
  }
}

const listening = async () =>
  (await sql('select count(*)::int as n from pg_stat_activity where query = $1', [`LISTEN "${deliveryChangedChannel}"`]))[0].n as number

/** Polls `probe` every 50 ms until it returns true (bounded); false if it never did. */
const eventually = async (probe: () => Promise<boolean>, boundMs = 15_000) => {
  const until = Date.now() + boundMs
  while (Date.now() < until) {
    if (await probe()) return true
    await sleep(50)
  }
  return false
}

describe('an instance when Postgres cuts its connections', () => {
  postgresTest('keeps answering, listens again, and empties its cache on the next announcement', async () => {
    if (!server) throw new Error('the server did not start')
    const s = server
    const report = await world.report({ title: 'Outlives a restart', status: 'published', workflow: { stage: 'published' } })
    const assembled = () => s.request(`/api/reports/${report.slug as string}/assembled`)
    const cached = await assembled()
    expect(cached.body.organisation.name).toBe(world.orgA.name)
    expect(await listening()).toBe(1)

    const cut = await sql('select pg_terminate_backend(pid) as cut from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()')
    expect(cut.length).toBeGreaterThanOrEqual(2) // at least one pooled connection and the LISTEN one
    expect(cut.every((row) => row.cut === true)).toBe(true)

    // the process is still here and answers from new connections
    expect(await eventually(async () => (await s.request('/api/organisations?limit=1&depth=0')).status === 200)).toBe(true)
    expect(await eventually(async () => (await listening()) === 1)).toBe(true)

    // back on: it emptied its cache once on reconnecting (what was announced meanwhile is lost); it caches again,
    // keeps that view through a change behind Payload's back, and drops it on the next announcement
    await sleep(500)
    expect((await assembled()).body.organisation.name).toBe(world.orgA.name)
    await sql('update organisations set name = $1 where id = $2', ['Renamed after the cut', world.orgA.id])
    await sleep(300)
    expect((await assembled()).body.organisation.name).toBe(world.orgA.name)
    await sql('select pg_notify($1, $2)', [deliveryChangedChannel, ''])
    expect(await eventually(async () => (await assembled()).body.organisation?.name === 'Renamed after the cut')).toBe(true)
  }, 90_000)
})
