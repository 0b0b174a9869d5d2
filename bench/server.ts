/**
 * The CMS under load for bench/delivery.ts, in its own process (pinned to one core by the driver): API-only
 * server on 127.0.0.1 over a temporary SQLite file with one published report per size N (N evidence items,
 * 3 quotes, 4 recommendations), plus bench-only routes on the same Express app:
 *   GET /bench/static/:n          the assembled JSON of report N from a preloaded Buffer (the baseline)
 *   PUT /bench/cache-ttl/:ms      sets DELIVERY_CACHE_TTL_MS in this process (0 = every request assembles)
 *   GET /bench/queries/:n         database calls of one uncached anonymous assembled request for report N
 *   GET /bench/cpu                this process's CPU time so far (process.cpuUsage, µs): per-request cost that
 *                                 does not depend on how busy the machine is
 *   PUT /bench/profile/start      starts the V8 CPU profiler in this process (inspector session)
 *   PUT /bench/profile/stop       stops it and answers the .cpuprofile JSON (open it in Chrome DevTools)
 * Prints `BENCH_READY {json}` on stdout when ready. Env: BENCH_SIZES (default 10,100,1000).
 */
import { randomUUID } from 'node:crypto'
import { rmSync } from 'node:fs'
import { Session } from 'node:inspector/promises'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import express from 'express'
import { buildImpactConfig } from '../src/config.js'
import { closeDatabase } from '../src/db/closeDatabase.js'
import { publicReportCache } from '../src/delivery/cache.js'
import { hctReport } from '../src/seed/content/reports/hct.js'
import { createApp } from '../src/server.js'
import { countDatabaseCalls, totalAdapterCalls } from '../test/helpers/databaseCallCounter.js'
import { signOffOnRecord } from '../src/signoff/onRecord.js'

export type BenchReport = { n: number; slug: string; id: string; bytes: number; etag: string }
/** `editorToken`: a signed-in editor (JWT) for draft previews. */
export type BenchReady = { url: string; reports: BenchReport[]; setupMs: number; editorToken: string }
export type SqlTrace = { ms: number; rows: number; sql: string }
export type QueryCount = { adapterCalls: number; byMethod: Record<string, number>; sqlStatements: number }

const sizes = (process.env.BENCH_SIZES ?? '10,100,1000').split(',').map(Number)
const databaseFile = path.join(os.tmpdir(), `impact-cms-bench-${randomUUID()}.db`)
const removeDatabase = () => {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(databaseFile + suffix, { force: true })
}

const main = async () => {
  const started = Date.now()
  const config = buildImpactConfig({ databaseUri: `file:${databaseFile}`, secret: 'bench-secret' })
  const { app, payload } = await createApp({ config, admin: false, seed: true, demoUsers: false })

  const hct = (await payload.find({ collection: 'reports', where: { slug: { equals: hctReport.slug } }, depth: 0, joins: false })).docs[0]
  const goalIds = (await payload.find({ collection: 'goals', where: { framework: { equals: hct.framework } }, depth: 0, pagination: false, sort: 'number' })).docs.map((g) => g.id)
  const people = (await payload.find({ collection: 'people', depth: 0, pagination: false })).docs

  const created: { n: number; slug: string; id: string }[] = []
  for (const n of sizes) {
    const slug = `bench-report-${n}`
    const report = await payload.create({
      collection: 'reports',
      data: {
        title: `Bench report (${n} evidence items)`,
        slug,
        organisation: hct.organisation,
        partner: hct.partner,
        framework: hct.framework,
        goals: goalIds.slice(0, 5),
        summary: 'A report made for the benchmark: evidence items with two metrics each, a few quotes and recommendations.',
        _status: 'published',
      },
    })
    for (let i = 0; i < n; i++) {
      await payload.create({
        collection: 'evidence',
        data: {
          report: report.id,
          title: `Evidence ${i + 1}`,
          goal: goalIds[i % goalIds.length],
          assurance: 'verified',
          description: 'A measured activity with two metrics and a citation, as a report would have it.',
          metrics: [
            { label: 'People reached', value: 1000 + i, unit: 'people', valueText: `more than ${1000 + i}` },
            { label: 'Sessions', value: i, unit: 'sessions', baseline: 0, target: 50, period: '2023/24', direction: 'increase' },
          ],
          source: { citation: `The report, page ${i + 1}.` },
          order: i + 1,
          _status: 'published',
        },
      })
    }
    for (let i = 0; i < 3; i++) {
      await payload.create({
        collection: 'quotes',
        data: { report: report.id, person: people[i % people.length]?.id, text: `Words of speaker ${i + 1}.\n\nA second paragraph.`, context: 'statement', order: i + 1, _status: 'published' },
        context: signOffOnRecord(`Words of speaker ${i + 1}.\n\nA second paragraph.`, 'bench fixture'),
      })
    }
    for (let i = 0; i < 4; i++) {
      await payload.create({
        collection: 'recommendations',
        data: { report: report.id, title: `Recommendation ${i + 1}`, description: 'Go further.', status: 'proposed', goals: [goalIds[i % goalIds.length]], order: i + 1, _status: 'published' },
      })
    }
    created.push({ n, slug, id: report.id })
    console.error(`bench server: report with ${n} evidence items ready (${((Date.now() - started) / 1000).toFixed(0)} s)`)
  }
  const counter = countDatabaseCalls(payload.db)
  // the first account of an empty install becomes an admin: an admin first, then the editor who previews
  const editor = { email: 'bench-editor@impact-cms.test', password: 'bench-editor-pass' }
  await payload.create({ collection: 'users', data: { email: 'bench-admin@impact-cms.test', password: 'bench-admin-pass', role: 'admin' } })
  await payload.create({ collection: 'users', data: { ...editor, role: 'editor' } })
  const editorToken = (await payload.login({ collection: 'users', data: editor })).token ?? ''

  const outer = express()
  outer.disable('x-powered-by')
  const staticBodies = new Map<number, Buffer>()
  outer.get('/bench/static/:n', (req, res) => {
    const body = staticBodies.get(Number(req.params.n))
    if (!body) return void res.status(404).end()
    res.setHeader('content-type', 'application/json; charset=utf-8')
    res.end(body)
  })
  outer.put('/bench/cache-ttl/:ms', (req, res) => {
    process.env.DELIVERY_CACHE_TTL_MS = String(Number(req.params.ms))
    publicReportCache.clear()
    res.json({ DELIVERY_CACHE_TTL_MS: process.env.DELIVERY_CACHE_TTL_MS })
  })
  let base = ''
  outer.get('/bench/queries/:n', async (req, res) => {
    const report = created.find((r) => r.n === Number(req.params.n))
    if (!report) return void res.status(404).end()
    publicReportCache.clear()
    counter.reset()
    const response = await fetch(`${base}/api/reports/${report.slug}/assembled`)
    await response.arrayBuffer()
    const calls = counter.snapshot()
    const result: QueryCount = { adapterCalls: totalAdapterCalls(calls), byMethod: calls.adapter, sqlStatements: calls.statements }
    res.json(result)
  })
  // every SQL statement of one uncached anonymous assembly, with its time and row count: where the fixed cost is
  outer.get('/bench/sql/:n', async (req, res) => {
    const report = created.find((r) => r.n === Number(req.params.n))
    if (!report) return void res.status(404).end()
    publicReportCache.clear()
    const client = (payload.db as unknown as { client: { execute: (...a: unknown[]) => Promise<{ rows: unknown[] }> } }).client
    const execute = client.execute
    const statements: SqlTrace[] = []
    client.execute = async (...args: unknown[]) => {
      // the local libsql client runs the statement synchronously inside execute(): time that part only, not
      // the other statements of the round that run while this one's promise waits
      const started = performance.now()
      const pending = execute.apply(client, args)
      const ms = Number((performance.now() - started).toFixed(2))
      const result = await pending
      const stmt = args[0] as string | { sql: string }
      statements.push({ ms, rows: result.rows.length, sql: typeof stmt === 'string' ? stmt : stmt.sql })
      return result
    }
    try {
      await (await fetch(`${base}/api/reports/${report.slug}/assembled`)).arrayBuffer()
    } finally {
      client.execute = execute
    }
    res.json(statements)
  })
  // profiles only what happens between start and stop (not the seeding), e.g. a run of uncached requests
  const profiler = new Session()
  profiler.connect()
  outer.get('/bench/cpu', (_req, res) => void res.json(process.cpuUsage()))
  outer.put('/bench/profile/start', async (_req, res) => {
    await profiler.post('Profiler.enable')
    await profiler.post('Profiler.start')
    res.json({ profiling: true })
  })
  outer.put('/bench/profile/stop', async (_req, res) => {
    const { profile } = await profiler.post('Profiler.stop')
    res.json(profile)
  })
  outer.use(app)

  const server = await new Promise<Server>((resolve) => {
    const s = outer.listen(0, '127.0.0.1', () => resolve(s))
  })
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

  const reports: BenchReport[] = []
  for (const r of created) {
    const response = await fetch(`${base}/api/reports/${r.slug}/assembled`)
    if (response.status !== 200) throw new Error(`assembled ${r.slug}: ${response.status} ${await response.text()}`)
    const body = Buffer.from(await response.arrayBuffer())
    staticBodies.set(r.n, body)
    reports.push({ ...r, bytes: body.length, etag: response.headers.get('etag') ?? '' })
  }
  const ready: BenchReady = { url: base, reports, setupMs: Date.now() - started, editorToken }
  process.stdout.write(`BENCH_READY ${JSON.stringify(ready)}\n`)

  const stop = async () => {
    server.closeAllConnections()
    await new Promise<void>((resolve) => server.close(() => resolve()))
    await closeDatabase(payload)
    removeDatabase()
    process.exit(0)
  }
  process.once('SIGTERM', () => void stop())
  process.once('SIGINT', () => void stop())
  // the driver closes our stdin when it is done (or dies)
  process.stdin.on('end', () => void stop())
  process.stdin.resume()
}

main().catch((error: unknown) => {
  console.error(error)
  removeDatabase()
  process.exit(1)
})
