/**
 * Mixed-load bench (`npm run bench:load`): 60 s of traffic on 127.0.0.1 against an API-only server that this
 * script starts (src/server.ts in production mode over a temporary SQLite file, seeded with the two reference
 * reports and the demo accounts), pinned to CPU 0 while the load runs on CPU 1 (when taskset and 2 CPUs exist).
 *
 * Classes of traffic, each a closed loop of workers with a per-request timeout:
 *   assembled   anonymous GET /api/reports/{slug}/assembled (a third with If-None-Match → 304)
 *   graphql     anonymous impactReport(slug) and a Reports list
 *   writes      editor creates and edits evidence, submits it, a reviewer approves, the editor publishes it
 *   hostile     a trickle (one at a time, 250 ms apart): exponential fragments, 150 aliases, a 5 MB body,
 *               where on users' emails, NUL bytes, text/plain, limit=100000
 *   healthz     GET /healthz every 100 ms: is the server still answering?
 * Before and after the mixed run, /healthz alone for 5 s gives the baseline throughput of the same server.
 * Prints throughput and p50/p99 per class, status counts, 5xx (target 0), timeouts, and the server's RSS.
 * Usage: npm run bench:load -- [--seconds=60] [--write] [--dev]
 * (--write appends the results to bench/RESULTS.md; --dev pushes the schema instead of running the migrations)
 */
import { execFileSync } from 'node:child_process'
import { randomBytes, randomUUID } from 'node:crypto'
import { appendFileSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import autocannon from 'autocannon'
import { hctReport } from '../src/seed/content/reports/hct.js'
import { swftReport } from '../src/seed/content/reports/swft.js'
import { startChildServer, type ChildServer } from '../test/helpers/childServer.js'

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const arg = (name: string, fallback: string): string => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback
const seconds = Number(arg('seconds', '60'))
const write = process.argv.includes('--write')
/** --dev: schema push instead of the committed migrations (when a schema change has not been migrated yet). */
const nodeEnv = process.argv.includes('--dev') ? 'development' : 'production'
const requestTimeoutMs = 10_000
const slugs = [hctReport.slug, swftReport.slug]

type Sample = { ms: number; status: number | 'timeout' | 'error' }
type ClassStats = { samples: Sample[] }
const classes = new Map<string, ClassStats>()
const record = (name: string, sample: Sample) => {
  const stats = classes.get(name) ?? { samples: [] }
  stats.samples.push(sample)
  classes.set(name, stats)
}

let base = ''
/** One request, timed; the body is read whole. Never throws: failures are samples too. */
const timed = async (name: string, pathname: string, init: RequestInit = {}): Promise<{ status: number; json: unknown; headers?: Headers }> => {
  const started = performance.now()
  try {
    const response = await fetch(`${base}${pathname}`, { ...init, signal: AbortSignal.timeout(requestTimeoutMs) })
    const text = await response.text()
    record(name, { ms: performance.now() - started, status: response.status })
    let json: unknown
    try {
      json = JSON.parse(text)
    } catch {
      json = undefined
    }
    return { status: response.status, json, headers: response.headers }
  } catch (error) {
    const timedOut = error instanceof Error && error.name === 'TimeoutError'
    record(name, { ms: performance.now() - started, status: timedOut ? 'timeout' : 'error' })
    return { status: 0, json: undefined }
  }
}

const jsonInit = (body: unknown, token?: string, method = 'POST'): RequestInit => ({
  method,
  headers: { 'content-type': 'application/json', ...(token ? { authorization: `JWT ${token}` } : {}) },
  body: JSON.stringify(body),
})

const login = async (email: string, password: string): Promise<string> => {
  const response = await fetch(`${base}/api/users/login`, jsonInit({ email, password }))
  const body = (await response.json()) as { token?: string }
  if (!body.token) throw new Error(`login ${email}: ${response.status} ${JSON.stringify(body)}`)
  return body.token
}

const rssOf = (pid: number): number => {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmRSS:'))
  return Number(line?.match(/\d+/)?.[0] ?? 0) * 1024
}

const impactReportQuery = `query ($slug: String!) { impactReport(slug: $slug) { report { id title summary }
  organisation { name } goals { number title evidence { title metrics { label value unit } } } quotes { text } } }`
const listQuery = `{ Reports(limit: 10) { totalDocs docs { id title slug } } }`

/** Runs `iteration` in `workers` parallel loops until `deadline`. */
const loop = (workers: number, deadline: number, iteration: (worker: number) => Promise<void>) =>
  Promise.all(Array.from({ length: workers }, async (_, worker) => {
    while (performance.now() < deadline) await iteration(worker)
  }))

const hostileRequests = (editorToken: string): { name: string; send: () => Promise<unknown> }[] => {
  const fragmentBomb = [
    'query { Reports { docs { ...F0 } } }',
    ...Array.from({ length: 22 }, (_, i) => `fragment F${i} on Report { id ...F${i + 1} ...F${i + 1} }`),
    'fragment F22 on Report { id }',
  ].join('\n')
  const aliases = `query { ${Array.from({ length: 150 }, (_, i) => `a${i}: Reports(limit: 100) { docs { id title } }`).join(' ')} }`
  const huge = JSON.stringify({ title: 'x'.repeat(5 * 1024 * 1024) })
  return [
    { name: 'hostile: fragment bomb', send: () => timed('hostile: fragment bomb', '/api/graphql', jsonInit({ query: fragmentBomb })) },
    { name: 'hostile: 150 aliases', send: () => timed('hostile: 150 aliases', '/api/graphql', jsonInit({ query: aliases })) },
    { name: 'hostile: 5 MB body', send: () => timed('hostile: 5 MB body', '/api/evidence', { method: 'POST', headers: { 'content-type': 'application/json' }, body: huge }) },
    { name: 'hostile: where on users', send: () => timed('hostile: where on users', '/api/evidence?where[workflow.submittedBy.email][like]=editor%40') },
    { name: 'hostile: NUL bytes', send: () => timed('hostile: NUL bytes', '/api/people', jsonInit({ name: 'NUL\u0000name' }, editorToken)) },
    { name: 'hostile: text/plain', send: () => timed('hostile: text/plain', '/api/evidence', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{"title":"x"}' }) },
    { name: 'hostile: limit=100000', send: () => timed('hostile: limit=100000', '/api/evidence?limit=100000&depth=0') },
  ]
}

const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN)
const fmt = (n: number) => (Number.isFinite(n) ? (n >= 100 ? Math.round(n).toLocaleString('en-GB') : n.toFixed(1)) : '–')
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`

const baseline = async (): Promise<number> => (await autocannon({ url: `${base}/healthz`, connections: 10, duration: 5 })).requests.average

const main = async () => {
  const cpus = os.availableParallelism?.() ?? os.cpus().length
  let pinned = false
  const databaseFile = path.join(os.tmpdir(), `impact-cms-load-${randomUUID()}.db`)
  console.error(`starting the API-only server (${nodeEnv}, seeded, demo accounts)…`)
  const setupStarted = performance.now()
  const server: ChildServer = await startChildServer(
    { NODE_ENV: nodeEnv, PAYLOAD_SECRET: randomBytes(24).toString('hex'), DATABASE_URI: `file:${databaseFile}`, SEED: 'true', SEED_DEMO_USERS: '1', JOBS_AUTORUN: 'false' },
    180_000,
  )
  const pid = server.child.pid as number
  try {
    if (cpus >= 2) {
      try {
        execFileSync('taskset', ['-a', '-p', '-c', '0', String(pid)], { stdio: 'ignore' })
        execFileSync('taskset', ['-a', '-p', '-c', '1', String(process.pid)], { stdio: 'ignore' })
        pinned = true
      } catch {
        // no taskset: run unpinned
      }
    }
    base = server.url
    const editor = await login('editor@impact-cms.test', 'demo-editor-pass')
    const reviewer = await login('reviewer@impact-cms.test', 'demo-reviewer-pass')
    const found = (await (await fetch(`${base}/api/reports?where[slug][equals]=${hctReport.slug}&depth=0&limit=1`, { headers: { authorization: `JWT ${editor}` } })).json()) as { docs: { id: string; framework: string }[] }
    const report = found.docs[0]
    const goals = (await (await fetch(`${base}/api/goals?where[framework][equals]=${report.framework}&depth=0&limit=10`)).json()) as { docs: { id: string }[] }
    for (const slug of slugs) await fetch(`${base}/api/reports/${slug}/assembled`).then((r) => r.arrayBuffer())
    const etags = new Map<string, string>()
    for (const slug of slugs) etags.set(slug, (await fetch(`${base}/api/reports/${slug}/assembled`)).headers.get('etag') ?? '')
    const setupMs = performance.now() - setupStarted

    const loadBefore = os.loadavg().map((l) => l.toFixed(2)).join(' ')
    console.error('baseline: /healthz alone for 5 s…')
    const baselineBefore = await baseline()
    const rssStart = rssOf(pid)
    let rssPeak = rssStart
    const rssTimer = setInterval(() => (rssPeak = Math.max(rssPeak, rssOf(pid))), 1_000)

    console.error(`mixed load for ${seconds} s…`)
    const started = performance.now()
    const deadline = started + seconds * 1000
    const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
    const hostile = hostileRequests(editor)
    let hostileIndex = 0
    let writeCycles = 0
    await Promise.all([
      loop(4, deadline, async (worker) => {
        const slug = slugs[worker % slugs.length]
        const conditional = Math.random() < 1 / 3
        await timed('assembled', `/api/reports/${slug}/assembled`, conditional ? { headers: { 'if-none-match': etags.get(slug) ?? '' } } : {})
      }),
      loop(2, deadline, async (worker) => {
        if (worker === 0) await timed('graphql', '/api/graphql', jsonInit({ query: impactReportQuery, variables: { slug: slugs[Math.floor(Math.random() * 2)] } }))
        else await timed('graphql', '/api/graphql', jsonInit({ query: listQuery }))
      }),
      loop(1, deadline, async () => {
        const created = await timed('writes', '/api/evidence', jsonInit({ report: report.id, title: `Load evidence ${++writeCycles}`, goal: goals.docs[writeCycles % goals.docs.length].id, assurance: 'self-reported' }, editor))
        const id = (created.json as { doc?: { id: string } } | undefined)?.doc?.id
        if (!id) return
        await timed('writes', `/api/evidence/${id}?draft=true`, jsonInit({ title: `Load evidence ${writeCycles} (edited)` }, editor, 'PATCH'))
        await timed('writes', `/api/evidence/${id}/workflow/submit`, jsonInit({}, editor))
        await timed('writes', `/api/evidence/${id}/workflow/approve`, jsonInit({ comment: 'fine' }, reviewer))
        await timed('writes', `/api/evidence/${id}/workflow/publish`, jsonInit({}, editor))
      }),
      loop(1, deadline, async () => {
        await hostile[hostileIndex++ % hostile.length].send()
        await pause(250)
      }),
      loop(1, deadline, async () => {
        await timed('healthz (during load)', '/healthz')
        await pause(100)
      }),
    ])
    const elapsed = (performance.now() - started) / 1000
    clearInterval(rssTimer)
    const rssEnd = rssOf(pid)
    console.error('baseline again: /healthz alone for 5 s…')
    const baselineAfter = await baseline()

    const lines: string[] = []
    const when = new Date().toISOString().slice(0, 16).replace('T', ' ')
    lines.push(`## Mixed load (bench/load.ts) — ${when} UTC`, '')
    lines.push(
      `\`npm run bench:load\`: ${seconds} s of mixed traffic against \`src/server.ts\` (API only, NODE_ENV=${nodeEnv}, SQLite, seeded with the two reference reports), ` +
        `${pinned ? 'server pinned to CPU 0, load on CPU 1' : 'not pinned'}; ${cpus} CPUs (${os.cpus()[0]?.model ?? 'unknown'}), Node ${process.version}; ` +
        `setup ${(setupMs / 1000).toFixed(0)} s; load average ${loadBefore} before, ${os.loadavg().map((l) => l.toFixed(2)).join(' ')} after. ` +
        `Closed loops: 4 assembled readers, 2 GraphQL readers, 1 editor/reviewer writer (create → edit → submit → approve → publish), ` +
        `1 hostile client (one request every 250 ms, in turn: ${hostile.map((h) => h.name.replace('hostile: ', '')).join(', ')}), /healthz every 100 ms; timeout ${requestTimeoutMs / 1000} s per request.`,
      '',
    )
    lines.push('| class | requests | req/s | p50 ms | p99 ms | max ms | statuses | 5xx | timeouts / errors |', '|---|---:|---:|---:|---:|---:|---|---:|---:|')
    let total5xx = 0
    let totalTimeouts = 0
    for (const [name, { samples }] of classes) {
      const sorted = samples.map((s) => s.ms).sort((a, b) => a - b)
      const counts = new Map<string, number>()
      for (const s of samples) counts.set(String(s.status), (counts.get(String(s.status)) ?? 0) + 1)
      const fivexx = samples.filter((s) => typeof s.status === 'number' && s.status >= 500).length
      const failed = samples.filter((s) => typeof s.status !== 'number').length
      total5xx += fivexx
      totalTimeouts += failed
      lines.push(
        `| ${name} | ${samples.length} | ${fmt(samples.length / elapsed)} | ${fmt(percentile(sorted, 50))} | ${fmt(percentile(sorted, 99))} | ${fmt(sorted[sorted.length - 1])} | ` +
          `${[...counts].sort().map(([k, n]) => `${k}×${n}`).join(' ')} | ${fivexx} | ${failed} |`,
      )
    }
    const all = [...classes].filter(([name]) => !name.startsWith('healthz')).reduce((n, [, c]) => n + c.samples.length, 0)
    lines.push('')
    lines.push(
      `Total ${all.toLocaleString('en-GB')} requests (${fmt(all / elapsed)} req/s) besides the health probe; 5xx: **${total5xx}**; timeouts/connection errors: **${totalTimeouts}**; ` +
        `write cycles completed: ${writeCycles}. Baseline (/healthz alone, autocannon 10 connections, 5 s): ${fmt(baselineBefore)} req/s before, ${fmt(baselineAfter)} after ` +
        `(after/before ${(baselineAfter / baselineBefore).toFixed(2)}×; mixed-load throughput / baseline ${(all / elapsed / baselineBefore).toFixed(2)}×). ` +
        `Server RSS ${mb(rssStart)} at the start of the mixed run, ${mb(rssEnd)} at the end, peak ${mb(rssPeak)}.`,
      '',
    )
    const markdown = lines.join('\n')
    console.log(markdown)
    if (write) appendFileSync(path.join(rootDir, 'bench/RESULTS.md'), `\n${markdown}`)
  } finally {
    await server.stop()
    for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(databaseFile + suffix, { force: true })
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
