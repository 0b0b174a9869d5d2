import { afterAll, beforeAll, describe, expect } from '@jest/globals'
import pg from 'pg'
import { listenToChannel, type ChannelListener } from '../../src/db/notifyChannel.js'
import { startPostgres, type PostgresServer } from '../../src/db/tempPostgres.js'
import { postgresTest, postgresUnavailable } from '../helpers/postgresUnavailable.js'

/**
 * The connection each instance LISTENs on (src/db/notifyChannel.ts), against a real Postgres: a notification
 * arrives when the announcing transaction commits and never when it rolls back, and a killed connection is
 * replaced (with one catch-up call, since whatever was announced meanwhile is lost).
 */
const channel = 'impact_cms_listener_test'
let postgres: PostgresServer | undefined
let databaseUri = ''
let admin: pg.Client | undefined
let listener: ChannelListener | undefined
let calls = 0
const logged: string[] = []

beforeAll(async () => {
  postgres = await startPostgres()
  if (!postgres) return postgresUnavailable()
  databaseUri = await postgres.createDatabase()
  admin = new pg.Client({ connectionString: databaseUri })
  await admin.connect()
}, 60_000)

afterAll(async () => {
  await listener?.close()
  await admin?.end()
  await postgres?.stop()
})

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Waits (bounded) until `done()` holds; false if it never did. */
const eventually = async (done: () => boolean, boundMs = 10_000) => {
  const until = Date.now() + boundMs
  while (Date.now() < until) {
    if (done()) return true
    await sleep(10)
  }
  return done()
}

const notifyFrom = async (client: pg.Client) => client.query('select pg_notify($1, $2)', [channel, ''])

describe('LISTEN connection of an instance', () => {
  postgresTest('hears commits only, survives a killed connection, and stops when closed', async () => {
    const client = admin
    if (!client) throw new Error('no Postgres client')
    listener = listenToChannel({
      connection: { connectionString: databaseUri },
      channel,
      onNotify: () => calls++,
      log: { info: (message) => logged.push(`info ${message}`), warn: (message) => logged.push(`warn ${message}`) },
      retryMs: 50,
    })
    await listener.ready
    expect(calls).toBe(1) // once listening: anything announced before is unknown

    // inside a transaction: heard at commit, not before; a rolled-back announcement is never heard
    await client.query('begin')
    await notifyFrom(client)
    await sleep(300)
    expect(calls).toBe(1)
    await client.query('commit')
    expect(await eventually(() => calls === 2)).toBe(true)
    await client.query('begin')
    await notifyFrom(client)
    await client.query('rollback')
    await notifyFrom(client) // a marker: once it is heard, the rolled-back one would have been too
    expect(await eventually(() => calls === 3)).toBe(true)
    await sleep(200)
    expect(calls).toBe(3)

    // the database ends the listening connection (failover, restart, idle-session killer): it comes back
    const killed = await client.query(
      `select pg_terminate_backend(pid) as killed from pg_stat_activity where query = $1 and pid <> pg_backend_pid()`,
      [`LISTEN "${channel}"`],
    )
    expect(killed.rows).toEqual([{ killed: true }])
    expect(await eventually(() => logged.some((line) => line === `info LISTEN ${channel}: connected again`))).toBe(true)
    expect(logged[0]).toMatch(new RegExp(`^warn LISTEN ${channel}: .*; reconnecting$`))
    expect(calls).toBe(4) // the catch-up call after reconnecting
    await notifyFrom(client)
    expect(await eventually(() => calls === 5)).toBe(true)

    await listener.close()
    await notifyFrom(client)
    await sleep(300)
    expect(calls).toBe(5)
    const listening = async () =>
      (await client.query(`select count(*)::int as n from pg_stat_activity where query = $1`, [`LISTEN "${channel}"`])).rows[0].n as number
    let left = await listening()
    for (let tries = 0; left > 0 && tries < 100; tries++) {
      await sleep(20)
      left = await listening()
    }
    expect(left).toBe(0)
  }, 60_000)
})
