/**
 * Multi-instance invalidation latency (`NODE_OPTIONS=--conditions=production npx tsx bench/multiInstance.ts
 * [--rounds=10]`): two API-only servers (A and B, each a process of its own, as behind a load balancer) on one
 * throwaway Postgres database (Debian's postgresql or POSTGRES_URI), both keeping published reports for
 * 10 minutes, so only the LISTEN/NOTIFY announcement can refresh B. Each round: B serves a report from its cache,
 * an editor edits the report on A, submits it, a reviewer approves it, the editor publishes it; B is then polled
 * (back to back, 127.0.0.1) until it serves a new ETag. Prints, per round and as median / max: from A's publish
 * answer to B's first answer with the new ETag (B's fresh assembly included), from sending the publish, and
 * when B's cache was empty at the latest (the start of the poll that got the new report).
 * Development mode (schema push), seeded with the reference reports and demo accounts.
 */
import { performance } from 'node:perf_hooks'
import { startPostgres } from '../src/db/tempPostgres.js'
import type { ChildServer } from '../test/helpers/childServer.js'
import { startPeerInstance } from '../test/helpers/peerInstance.js'

const rounds = Number(process.argv.find((arg) => arg.startsWith('--rounds='))?.split('=')[1] ?? 10)
const longTtl = '600000'
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

const main = async () => {
  const postgres = await startPostgres()
  if (!postgres) throw new Error('no Postgres server (install Debian postgresql or set POSTGRES_URI)')
  const servers: ChildServer[] = []
  try {
    const databaseUri = await postgres.createDatabase()
    const shared = { DELIVERY_CACHE_TTL_MS: longTtl }
    const a = await startPeerInstance(databaseUri, { ...shared, SEED: 'true', SEED_DEMO_USERS: '1' })
    servers.push(a)
    const b = await startPeerInstance(databaseUri, shared)
    servers.push(b)
    const editor = await login(a.url, 'editor@impact-cms.test', 'demo-editor-pass')
    const reviewer = await login(a.url, 'reviewer@impact-cms.test', 'demo-reviewer-pass')
    const report = ((await call(a.url, '/api/reports?limit=1&depth=0&sort=createdAt')).body.docs as Json[])[0]
    const assembled = `/api/reports/${report.slug as string}/assembled`

    const fromAnswer: number[] = []
    const fromRequest: number[] = []
    const emptiedBy: number[] = []
    for (let round = 1; round <= rounds; round++) {
      const cached = await call(b.url, assembled)
      if ((await call(b.url, assembled)).etag !== cached.etag) throw new Error('B does not serve its cached view')
      await call(a.url, `/api/reports/${report.id as string}?draft=true`, { method: 'PATCH', body: { title: `${report.title as string} (round ${round})` }, token: editor })
      await call(a.url, `/api/reports/${report.id as string}/workflow/submit`, { body: {}, token: editor })
      await call(a.url, `/api/reports/${report.id as string}/workflow/approve`, { body: {}, token: reviewer })
      const sent = performance.now()
      await call(a.url, `/api/reports/${report.id as string}/workflow/publish`, { body: { excludeUnapproved: true }, token: editor })
      const answered = performance.now()
      let seen: number | undefined
      let askedAt = answered
      while (performance.now() - answered < pollBoundMs) {
        askedAt = performance.now()
        if ((await call(b.url, assembled)).etag !== cached.etag) {
          seen = performance.now()
          break
        }
      }
      if (seen === undefined) throw new Error(`round ${round}: B still served the old report ${pollBoundMs} ms after the publish`)
      fromAnswer.push(seen - answered)
      fromRequest.push(seen - sent)
      // the poll that got the new report was sent with B's cache already emptied; it then waited for B's assembly
      emptiedBy.push(Math.max(0, askedAt - answered))
      console.log(
        `round ${round}: B new ${(seen - answered).toFixed(1)} ms after A's publish answer (${(seen - sent).toFixed(1)} ms after the request); ` +
          `B's cache was empty ≤ ${Math.max(0, askedAt - answered).toFixed(1)} ms after the answer`,
      )
    }
    const row = (label: string, values: number[]) =>
      `${label}: median ${median(values).toFixed(1)} ms, max ${Math.max(...values).toFixed(1)} ms (${values.length} rounds)`
    console.log(row("publish answered on A → B serves the new ETag", fromAnswer))
    console.log(row('publish sent to A → B serves the new ETag', fromRequest))
    console.log(row("publish answered on A → B's cache empty (upper bound: the successful poll's start)", emptiedBy))
    console.log(`(without the announcement: up to DELIVERY_CACHE_TTL_MS, 5,000 ms by default)`)
  } finally {
    for (const server of servers.reverse()) await server.stop()
    await postgres.stop()
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
