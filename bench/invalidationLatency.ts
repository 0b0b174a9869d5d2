/**
 * Cross-instance invalidation latency, as a function the benchmarks share (`npm run bench` prints it as a table,
 * `npm run bench:instances` on its own): two API-only servers (A and B, each a process of its own, as behind a load
 * balancer) on one throwaway Postgres database (Debian's postgresql or POSTGRES_URI), both keeping published
 * reports for `ttlMs` (10 minutes by default), so only the LISTEN/NOTIFY announcement can refresh B.
 *
 * Each round: B serves a report from its cache, an editor edits the report on A, submits it, a reviewer approves it,
 * the editor publishes it; B is then polled (back to back, 127.0.0.1) until it serves a new ETag. Per round:
 * from A's publish answer to B's first answer with the new ETag (B's fresh assembly included), from sending the
 * publish, and when B's cache was empty at the latest (the start of the poll that got the new report).
 * Development mode (schema push), seeded with the reference reports and demo accounts.
 */
import { performance } from 'node:perf_hooks'
import pg from 'pg'
import { startPostgres, type PostgresServer } from '../src/db/tempPostgres.js'
import type { ChildServer } from '../test/helpers/childServer.js'
import { startPeerInstance } from '../test/helpers/peerInstance.js'

/** What a publish on A costs until B has let go of its cached report, in ms. */
export type InvalidationRound = {
  /** A answered the publish → B answered with the new ETag. */
  afterAnswerMs: number
  /** The publish was sent to A → B answered with the new ETag. */
  afterRequestMs: number
  /** A answered the publish → B's cache was empty, at the latest (the start of the poll that got the new report). */
  cacheEmptyByMs: number
}

export type Spread = { medianMs: number; maxMs: number }

export type InvalidationLatency = {
  rounds: InvalidationRound[]
  afterAnswer: Spread
  afterRequest: Spread
  cacheEmptyBy: Spread
  /** DELIVERY_CACHE_TTL_MS both instances ran with: far above every round, so the TTL is not what refreshed B. */
  ttlMs: number
  postgresVersion: string
  /** Postgres, the two servers, the seed and the logins. */
  setupMs: number
}

export type InvalidationOutcome = InvalidationLatency | { skipped: string }

export type InvalidationOptions = {
  /** @default 10 */
  rounds?: number
  /** @default 600000 */
  ttlMs?: number
  /** Told after each round (progress). */
  onRound?: (round: number, measured: InvalidationRound) => void
  /** Where the Postgres comes from (a test can say "none"). @default startPostgres */
  postgres?: () => Promise<PostgresServer | undefined>
}

/** The bound issue 12 sets: every instance lets go of a published report within 1 s. */
export const invalidationBoundMs = 1000
const pollBoundMs = 10_000

type Json = Record<string, unknown>

const call = async (base: string, path: string, init: { method?: string; body?: Json; token?: string } = {}) => {
  const response = await fetch(`${base}${path}`, {
    method: init.method ?? (init.body ? 'POST' : 'GET'),
    headers: { ...(init.body ? { 'content-type': 'application/json' } : {}), ...(init.token ? { authorization: `JWT ${init.token}` } : {}) },
    body: init.body ? JSON.stringify(init.body) : undefined,
  })
  const text = await response.text()
  if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${path}: ${response.status} ${text.slice(0, 300)}`)
  return { etag: response.headers.get('etag'), body: (text ? JSON.parse(text) : {}) as Json }
}

const login = async (base: string, email: string, password: string) =>
  (await call(base, '/api/users/login', { body: { email, password } })).body.token as string

const median = (values: number[]) => {
  const sorted = [...values].sort((x, y) => x - y)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

const firstLine = (error: unknown) => (error instanceof Error ? error.message : String(error)).split('\n')[0]

const spread = (values: number[]): Spread => ({ medianMs: median(values), maxMs: Math.max(...values) })

const serverVersion = async (databaseUri: string): Promise<string> => {
  const client = new pg.Client({ connectionString: databaseUri })
  await client.connect()
  try {
    const result = await client.query<{ server_version: string }>('SHOW server_version')
    return result.rows[0]?.server_version ?? 'unknown'
  } finally {
    await client.end()
  }
}

/** One publish on A, then B polled until it serves a new ETag. */
const measureRound = async (a: string, b: string, round: number, who: { editor: string; reviewer: string }, report: Json): Promise<InvalidationRound> => {
  const assembled = `/api/reports/${report.slug as string}/assembled`
  const item = `/api/reports/${report.id as string}`
  const cached = await call(b, assembled)
  if ((await call(b, assembled)).etag !== cached.etag) throw new Error('B does not serve its cached view')
  await call(a, `${item}?draft=true`, { method: 'PATCH', body: { title: `${report.title as string} (round ${round})` }, token: who.editor })
  await call(a, `${item}/workflow/submit`, { body: {}, token: who.editor })
  await call(a, `${item}/workflow/approve`, { body: {}, token: who.reviewer })
  const sent = performance.now()
  await call(a, `${item}/workflow/publish`, { body: { excludeUnapproved: true }, token: who.editor })
  const answered = performance.now()
  let askedAt = answered
  while (performance.now() - answered < pollBoundMs) {
    askedAt = performance.now()
    if ((await call(b, assembled)).etag !== cached.etag) {
      const seen = performance.now()
      // the poll that got the new report was sent with B's cache already emptied; it then waited for B's assembly
      return { afterAnswerMs: seen - answered, afterRequestMs: seen - sent, cacheEmptyByMs: Math.max(0, askedAt - answered) }
    }
  }
  throw new Error(`round ${round}: B still served the old report ${pollBoundMs} ms after the publish`)
}

/**
 * Measures `rounds` publishes on A as seen by B. `{ skipped }` when no Postgres can be had (no Debian postgresql
 * and no POSTGRES_URI, or it would not start); any other failure (a server that does not start, B never seeing
 * the publish) rejects.
 */
export const measureInvalidation = async (options: InvalidationOptions = {}): Promise<InvalidationOutcome> => {
  const rounds = options.rounds ?? 10
  const ttlMs = options.ttlMs ?? 600_000
  const started = performance.now()
  let postgres: PostgresServer | undefined
  try {
    postgres = await (options.postgres ?? startPostgres)()
  } catch (error) {
    return { skipped: `Postgres would not start (${firstLine(error)})` }
  }
  if (!postgres) return { skipped: 'no Postgres server (install Debian postgresql or set POSTGRES_URI)' }
  let databaseUri: string
  let postgresVersion: string
  try {
    databaseUri = await postgres.createDatabase()
    postgresVersion = await serverVersion(databaseUri)
  } catch (error) {
    await postgres.stop()
    return { skipped: `Postgres unreachable (${firstLine(error)})` }
  }
  const servers: ChildServer[] = []
  try {
    const shared = { DELIVERY_CACHE_TTL_MS: String(ttlMs) }
    const a = await startPeerInstance(databaseUri, { ...shared, SEED: 'true', SEED_DEMO_USERS: '1' })
    servers.push(a)
    const b = await startPeerInstance(databaseUri, shared)
    servers.push(b)
    const who = {
      editor: await login(a.url, 'editor@impact-cms.test', 'demo-editor-pass'),
      reviewer: await login(a.url, 'reviewer@impact-cms.test', 'demo-reviewer-pass'),
    }
    const report = ((await call(a.url, '/api/reports?limit=1&depth=0&sort=createdAt')).body.docs as Json[])[0]
    if (!report) throw new Error('the seed left no report to publish')
    const setupMs = performance.now() - started
    const measured: InvalidationRound[] = []
    for (let round = 1; round <= rounds; round++) {
      measured.push(await measureRound(a.url, b.url, round, who, report))
      options.onRound?.(round, measured[round - 1])
    }
    return {
      rounds: measured,
      afterAnswer: spread(measured.map((r) => r.afterAnswerMs)),
      afterRequest: spread(measured.map((r) => r.afterRequestMs)),
      cacheEmptyBy: spread(measured.map((r) => r.cacheEmptyByMs)),
      ttlMs,
      postgresVersion,
      setupMs,
    }
  } finally {
    for (const server of servers.reverse()) await server.stop()
    await postgres.stop()
  }
}

const ms = (value: number) => value.toLocaleString('en-GB', { maximumFractionDigits: value >= 100 ? 0 : 1 })

/** The "Several instances (Postgres)" table, or the one line saying why it was not measured. */
export const invalidationTable = (outcome: InvalidationOutcome): string => {
  if ('skipped' in outcome) return `Several instances (Postgres): not measured — ${outcome.skipped}.`
  const { rounds, afterAnswer, afterRequest, cacheEmptyBy } = outcome
  return [
    `Several instances (Postgres): two API-only servers A and B on one Postgres ${outcome.postgresVersion} database, both with ` +
      `DELIVERY_CACHE_TTL_MS=${ms(outcome.ttlMs)} (so only the LISTEN/NOTIFY announcement can refresh B); ${rounds.length} rounds of ` +
      `publish on A, then B polled back to back until a new ETag; setup ${(outcome.setupMs / 1000).toFixed(0)} s.`,
    '',
    '| publish on A → B | rounds | median ms | max ms | TTL ms | bound ms |',
    '|---|---:|---:|---:|---:|---:|',
    `| A's answer → B's first answer with the new ETag | ${rounds.length} | ${ms(afterAnswer.medianMs)} | ${ms(afterAnswer.maxMs)} | ${ms(outcome.ttlMs)} | ${ms(invalidationBoundMs)} |`,
    `| publish sent → B's first answer with the new ETag | ${rounds.length} | ${ms(afterRequest.medianMs)} | ${ms(afterRequest.maxMs)} | ${ms(outcome.ttlMs)} | ${ms(invalidationBoundMs)} |`,
    `| A's answer → B's cache empty (at the latest) | ${rounds.length} | ${ms(cacheEmptyBy.medianMs)} | ${ms(cacheEmptyBy.maxMs)} | ${ms(outcome.ttlMs)} | ${ms(invalidationBoundMs)} |`,
  ].join('\n')
}

/** One line for a ratios summary. */
export const invalidationSummary = (outcome: InvalidationOutcome): string =>
  'skipped' in outcome
    ? `multi-instance invalidation: not measured (${outcome.skipped})`
    : `multi-instance invalidation: median ${ms(outcome.afterAnswer.medianMs)} ms / max ${ms(outcome.afterAnswer.maxMs)} ms over ` +
      `${outcome.rounds.length} rounds (bound ${ms(invalidationBoundMs)} ms; TTL ${ms(outcome.ttlMs)} ms)`
