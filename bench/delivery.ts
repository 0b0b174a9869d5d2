/**
 * Delivery benchmark (`npm run bench`): for reports of N = 10, 100, 1000 evidence items, req/s and p50/p99 of
 *   a  static      the same assembled JSON from a preloaded Buffer, same Express app (the ceiling for this body)
 *   b  assembled   GET /api/reports/{slug}/assembled, anonymous: cached (in-process cache) and uncached
 *                  (DELIVERY_CACHE_TTL_MS=0: a full assembly per request)
 *   c  304         the same with If-None-Match: its ETag
 *   d  REST find   what a frontend does without the assembled endpoint: Payload REST `find` on reports with
 *                  depth=2, then the evidence, quotes and recommendations lists (depth=0, paged by 100:
 *                  MAX_PAGE_SIZE refuses limit=0) — one "request" here is that whole flow (4 HTTP requests
 *                  at N ≤ 100, 13 at N = 1000)
 *   p  preview     an editor's `…/assembled?draft=true` (always assembled), one connection: the latency of a
 *                  single preview
 *   e  GraphQL     impactReport(slug) selecting every field (cached and uncached), and the same as a persisted
 *                  query (the client sends only its sha256Hash and variables)
 * and the database calls of one uncached (b) per N; then, with that server stopped,
 *   i  several instances  publish on one of two servers sharing a Postgres database → the other serves the new
 *                  ETag (bench/invalidationLatency.ts; a line saying why when no Postgres can be had)
 *
 * The CMS runs in a child process (bench/server.ts) pinned to CPU 0 and the load generator here on CPU 1
 * (taskset, when there are 2+ CPUs), 127.0.0.1 only, 10 connections, a bounded time per run. The two instances
 * and their Postgres run unpinned.
 * Usage: npm run bench -- [--seconds=3] [--connections=10] [--sizes=10,100,1000] [--out=bench/last-run.md]
 *   [--instance-rounds=5] [--no-instances]
 * One size only: `npm run bench -- --sizes=100`.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import { createHash } from 'node:crypto'
import { writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import autocannon from 'autocannon'
import { invalidationSummary, invalidationTable, measureInvalidation, type InvalidationOutcome } from './invalidationLatency.js'
import type { BenchReady, BenchReport, QueryCount } from './server.js'

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const arg = (name: string, fallback: string): string =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback
const seconds = Math.min(Number(arg('seconds', '3')), 3) // ≤ 3 s per run
const connections = Number(arg('connections', '10'))
const sizes = arg('sizes', '10,100,1000')
const out = arg('out', '')
const instanceRounds = Number(arg('instance-rounds', '5'))
const withInstances = !process.argv.includes('--no-instances')

type Row = { rps: number; p50: number; p99: number; errors: number; non2xx: number; requests: number }

const cpus = os.availableParallelism?.() ?? os.cpus().length
const hasTaskset = (() => {
  try {
    execFileSync('taskset', ['-V'], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
})()
const pinned = hasTaskset && cpus >= 2

const startServer = async (): Promise<{ child: ChildProcess; ready: BenchReady }> => {
  const nodeArgs = ['--conditions=production', '--import', 'tsx', path.join(rootDir, 'bench/server.ts')]
  const [command, args] = pinned ? ['taskset', ['-c', '0', process.execPath, ...nodeArgs]] : [process.execPath, nodeArgs]
  const child = spawn(command, args, {
    cwd: rootDir,
    env: { ...process.env, BENCH_SIZES: sizes, DELIVERY_CACHE_TTL_MS: '5000' },
    stdio: ['pipe', 'pipe', 'inherit'],
  })
  const ready = await new Promise<BenchReady>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! })
    lines.on('line', (line) => {
      if (line.startsWith('BENCH_READY ')) resolve(JSON.parse(line.slice('BENCH_READY '.length)) as BenchReady)
    })
    child.once('exit', (code) => reject(new Error(`bench server exited (${code}) before it was ready`)))
  })
  child.stdout?.resume() // keep draining its logs
  return { child, ready }
}

/** Closes the server's stdin (its cue to shut down) and waits until it has exited. */
const stopServer = async (child: ChildProcess): Promise<void> => {
  if (child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  child.stdin?.end()
  child.kill('SIGTERM')
  await exited
}

/** Row i, measured once the delivery server is gone; a failure is reported, not thrown, so the rows above stay. */
const measureInstances = async (): Promise<InvalidationOutcome | { failed: string }> => {
  if (!withInstances) return { skipped: 'skipped by --no-instances' }
  // the two instances and Postgres would inherit this process's CPU 1 only: give them the machine, as in production
  if (pinned) execFileSync('taskset', ['-p', '-c', `0-${cpus - 1}`, String(process.pid)], { stdio: 'ignore' })
  console.error(`starting two instances on one Postgres database for ${instanceRounds} publish rounds…`)
  try {
    return await measureInvalidation({
      rounds: instanceRounds,
      onRound: (round, r) => process.stderr.write(`  instances round ${round}: B new ${r.afterAnswerMs.toFixed(1)} ms after A's publish answer\n`),
    })
  } catch (error) {
    return { failed: (error instanceof Error ? error.message : String(error)).split('\n')[0] }
  }
}

const load = async (url: string, options: { method?: 'GET' | 'POST'; headers?: Record<string, string>; body?: string; connections?: number } = {}): Promise<Row> => {
  const r = await autocannon({ url, connections: options.connections ?? connections, duration: seconds, method: options.method ?? 'GET', headers: options.headers, body: options.body })
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors + r.timeouts, non2xx: r.non2xx, requests: r.requests.total }
}

/** A closed loop of `connections` workers, each repeating `flow` until the time is up; latency is per flow. */
const loadFlow = async (flow: () => Promise<void>): Promise<Row> => {
  const samples: number[] = []
  let errors = 0
  const deadline = performance.now() + seconds * 1000
  const worker = async () => {
    while (performance.now() < deadline) {
      const t0 = performance.now()
      try {
        await flow()
        samples.push(performance.now() - t0)
      } catch {
        errors++
      }
    }
  }
  const t0 = performance.now()
  await Promise.all(Array.from({ length: connections }, worker))
  const elapsed = (performance.now() - t0) / 1000
  samples.sort((a, b) => a - b)
  const pct = (p: number) => (samples.length ? Math.round(samples[Math.min(samples.length - 1, Math.floor((p / 100) * samples.length))]) : NaN)
  return { rps: samples.length / elapsed, p50: pct(50), p99: pct(99), errors, non2xx: 0, requests: samples.length }
}

const fetchOk = async (url: string): Promise<unknown> => {
  const response = await fetch(url)
  if (!response.ok) throw new Error(`${url}: ${response.status}`)
  return response.json()
}

const graphQLQuery = `query ($slug: String!) { impactReport(slug: $slug) {
  report { id title slug period { from to } publicationDate summary sourceUrl status updatedAt
    introduction { json html } journey { json html } analysis { json html } body { json html } }
  organisation { id name slug type identifiers { scheme value } regions populationServed { value description } website logo { id alt url } }
  partner { id name slug type identifiers { scheme value } regions website }
  framework { id name edition slug publisher }
  goals { id number title slug summary group colour
    evidence { id title description activityType assurance metrics { label value unit valueText baseline target period direction }
      beneficiaries area source { citation url } attachments { id alt url } order status } }
  quotes { id text paragraphs context speaker { name honorific role } speakerApproved order status }
  recommendations { id title description priority progress owner dueDate goals { id number title } order status }
  media { coverImage { id alt url } pdf { id alt url } }
  draft } }`

type Measured = { report: BenchReport; rows: Record<string, Row>; queries: QueryCount; restFlowBytes: number }

const measure = async (base: string, report: BenchReport, editorToken: string): Promise<Measured> => {
  const assembled = `${base}/api/reports/${report.slug}/assembled`
  const graphql = { method: 'POST' as const, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: graphQLQuery, variables: { slug: report.slug } }) }
  const persistedQuery = { persistedQuery: { version: 1, sha256Hash: createHash('sha256').update(graphQLQuery).digest('hex') } }
  const persisted = { ...graphql, body: JSON.stringify({ extensions: persistedQuery, variables: { slug: report.slug } }) }
  const q = (params: string) => `${base}/api/${params}`
  // limit=0 is refused (400) since MAX_PAGE_SIZE: a frontend pages through 100 at a time
  const listPage = (collection: string, page: number) => q(`${collection}?where[report][equals]=${report.id}&depth=0&limit=100&page=${page}&sort=order`)
  const reportFind = q(`reports?where[slug][equals]=${report.slug}&depth=2&limit=1`)
  const readAll = async (collection: string) => {
    for (let page = 1; ; page++) {
      const found = (await fetchOk(listPage(collection, page))) as { hasNextPage: boolean }
      if (!found.hasNextPage) return
    }
  }
  const restFlow = async () => {
    const found = (await fetchOk(reportFind)) as { docs: { id: string }[] }
    if (found.docs[0]?.id !== report.id) throw new Error('report not found')
    for (const collection of ['evidence', 'quotes', 'recommendations']) await readAll(collection)
  }
  const flowUrls = [reportFind, ...['evidence', 'quotes', 'recommendations'].flatMap((c) => Array.from({ length: Math.max(1, Math.ceil((c === 'evidence' ? report.n : 4) / 100)) }, (_, i) => listPage(c, i + 1)))]
  let restFlowBytes = 0
  for (const url of flowUrls) restFlowBytes += (await (await fetch(url)).arrayBuffer()).byteLength

  const setTtl = async (ms: number) => void (await fetch(`${base}/bench/cache-ttl/${ms}`, { method: 'PUT' })).arrayBuffer()
  const warm = async (url: string, init?: RequestInit) => {
    for (let i = 0; i < 3; i++) await (await fetch(url, init)).arrayBuffer()
  }
  const rows: Record<string, Row> = {}
  const step = async (name: string, run: () => Promise<Row>) => {
    process.stderr.write(`  N=${report.n} ${name}… `)
    rows[name] = await run()
    process.stderr.write(`${Math.round(rows[name].rps)} req/s\n`)
  }

  await setTtl(5000)
  await warm(assembled)
  await step('a static', () => load(`${base}/bench/static/${report.n}`))
  await step('b assembled, cached', () => load(assembled))
  await step('c 304', () => load(assembled, { headers: { 'if-none-match': report.etag } }))
  await step('e GraphQL, cached', () => load(`${base}/api/graphql`, graphql))
  // registers the document under its hash (automatic persisted queries)
  await warm(`${base}/api/graphql`, { ...graphql, body: JSON.stringify({ query: graphQLQuery, extensions: persistedQuery, variables: { slug: report.slug } }) })
  await step('e GraphQL persisted, cached', () => load(`${base}/api/graphql`, persisted))
  await setTtl(0)
  await step('b assembled, uncached', () => load(assembled))
  await step('e GraphQL, uncached', () => load(`${base}/api/graphql`, graphql))
  await step('d REST find flow', () => loadFlow(restFlow))
  const preview = `${assembled}?draft=true`
  const editor = { authorization: `JWT ${editorToken}` }
  await warm(preview, { headers: editor })
  await step('p preview (editor, draft), 1 connection', () => load(preview, { headers: editor, connections: 1 }))
  await setTtl(5000)
  const queries = (await fetchOk(`${base}/bench/queries/${report.n}`)) as QueryCount
  return { report, rows, queries, restFlowBytes }
}

const fmt = (n: number) => (Number.isFinite(n) ? (n >= 100 ? Math.round(n).toLocaleString('en-GB') : n.toFixed(1)) : '–')
const ratio = (a: number, b: number) => `${(a / b).toFixed(a / b >= 10 ? 0 : 2)}×`

const loadAverage = () => os.loadavg().map((l) => l.toFixed(2)).join(' ')

const markdown = (results: Measured[], setupMs: number, loadBefore: string): string => {
  const lines: string[] = []
  lines.push(`Machine: ${cpus} CPUs (${os.cpus()[0]?.model ?? 'unknown'}), ${pinned ? 'server pinned to CPU 0, load generator on CPU 1' : 'not pinned'}; Node ${process.version}; SQLite file DB; ${connections} connections, ${seconds} s per run; setup ${(setupMs / 1000).toFixed(0)} s; load average (1/5/15 min) ${loadBefore} before, ${loadAverage()} after.`)
  lines.push('')
  lines.push('| N evidence | run | req/s | p50 ms | p99 ms | errors / non-2xx |')
  lines.push('|---:|---|---:|---:|---:|---|')
  for (const m of results) {
    for (const [name, r] of Object.entries(m.rows)) {
      lines.push(`| ${m.report.n} | ${name} | ${fmt(r.rps)} | ${r.p50} | ${r.p99} | ${r.errors} / ${name.startsWith('c ') ? `${r.non2xx} (304s)` : r.non2xx} |`)
    }
  }
  lines.push('')
  lines.push('| N evidence | body KB | REST flow KB | **b/d uncached** | preview p50 ms | b/a cached | b/a uncached | c/a | b/d cached | e/d cached | e/d uncached | e/b cached | e persisted/b cached | DB calls of b (adapter / SQL) |')
  lines.push('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|')
  for (const m of results) {
    const r = (name: string) => m.rows[name].rps
    lines.push(
      `| ${m.report.n} | ${(m.report.bytes / 1024).toFixed(1)} | ${(m.restFlowBytes / 1024).toFixed(1)} | ` +
        `**${ratio(r('b assembled, uncached'), r('d REST find flow'))}** | ${m.rows['p preview (editor, draft), 1 connection'].p50} | ` +
        `${ratio(r('b assembled, cached'), r('a static'))} | ${ratio(r('b assembled, uncached'), r('a static'))} | ${ratio(r('c 304'), r('a static'))} | ` +
        `${ratio(r('b assembled, cached'), r('d REST find flow'))} | ` +
        `${ratio(r('e GraphQL, cached'), r('d REST find flow'))} | ${ratio(r('e GraphQL, uncached'), r('d REST find flow'))} | ` +
        `${ratio(r('e GraphQL, cached'), r('b assembled, cached'))} | ${ratio(r('e GraphQL persisted, cached'), r('b assembled, cached'))} | ` +
        `${m.queries.adapterCalls} / ${m.queries.sqlStatements} |`,
    )
  }
  return lines.join('\n')
}

const main = async () => {
  if (!Number.isInteger(instanceRounds) || instanceRounds < 1) throw new Error(`--instance-rounds must be a whole number ≥ 1 (got ${instanceRounds})`)
  if (pinned) execFileSync('taskset', ['-p', '-c', '1', String(process.pid)], { stdio: 'ignore' })
  const started = Date.now()
  console.error(`starting the CMS with reports of ${sizes} evidence items…`)
  const { child, ready } = await startServer()
  const loadBefore = loadAverage()
  const results: Measured[] = []
  try {
    for (const report of ready.reports) results.push(await measure(ready.url, report, ready.editorToken))
  } finally {
    await stopServer(child)
  }
  const table = markdown(results, ready.setupMs, loadBefore)
  console.log(`\n${table}\n`)
  const instances = await measureInstances()
  const instancesTable = 'failed' in instances ? `Several instances (Postgres): failed — ${instances.failed}` : invalidationTable(instances)
  console.log(`${instancesTable}\n`)
  console.log(`headline — uncached assembled / REST find flow (b/d uncached, target ≥ 4×): ${results.map((m) => `N=${m.report.n} ${ratio(m.rows['b assembled, uncached'].rps, m.rows['d REST find flow'].rps)}`).join(', ')}`)
  console.log(`single editor preview p50 (target < 50 ms at N = 100): ${results.map((m) => `N=${m.report.n} ${m.rows['p preview (editor, draft), 1 connection'].p50} ms`).join(', ')}`)
  console.log(`queries of b by adapter method: ${results.map((m) => `N=${m.report.n} ${JSON.stringify(m.queries.byMethod)}`).join('; ')}`)
  console.log('failed' in instances ? `multi-instance invalidation: FAILED (${instances.failed})` : invalidationSummary(instances))
  console.log(`whole bench ${((Date.now() - started) / 1000).toFixed(0)} s`)
  if (out) writeFileSync(path.resolve(out), `${table}\n\n${instancesTable}\n`)
  // no Postgres is not an error (the line above says so); an invalidation that failed is
  if ('failed' in instances) process.exitCode = 1
}

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
