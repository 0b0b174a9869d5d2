/**
 * Load test of the assembled report, against a baseline in the same run:
 *   static   — the same JSON body from a preloaded Buffer (the ceiling for a response of this size)
 *   assembled — GET /api/reports/{slug}/assembled, anonymous (the in-process cache of the public view)
 *   304      — the same with If-None-Match: its ETag (counted as non-2xx by autocannon)
 *   uncached — assembled with the cache off (DELIVERY_CACHE_TTL_MS=0): a full assembly per request
 * API-only server on 127.0.0.1 over a temporary SQLite file with one report of N evidence items.
 * Usage: npm run bench -- [evidence=100] [seconds=5] [connections=10]
 */
import { randomUUID } from 'node:crypto'
import { rmSync } from 'node:fs'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import autocannon from 'autocannon'
import express from 'express'
import { buildImpactConfig } from '../src/config.js'
import { closeDatabase } from '../src/db/closeDatabase.js'
import { hctReport } from '../src/seed/content/reports/hct.js'
import { createApp } from '../src/server.js'

const [evidenceCount = 100, seconds = 5, connections = 10] = process.argv.slice(2).map(Number)
const slug = `bench-report-${evidenceCount}`
const databaseFile = path.join(os.tmpdir(), `impact-cms-bench-${randomUUID()}.db`)

type Row = { name: string; rps: number; p50: number; p99: number; non2xx: number }

const run = async (name: string, url: string, headers: Record<string, string> = {}): Promise<Row> => {
  const result = await autocannon({ url, connections, duration: seconds, headers })
  return { name, rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, non2xx: result.non2xx }
}

const uncached = async <T>(fn: () => Promise<T>): Promise<T> => {
  const previous = process.env.DELIVERY_CACHE_TTL_MS
  process.env.DELIVERY_CACHE_TTL_MS = '0'
  try {
    return await fn()
  } finally {
    if (previous === undefined) delete process.env.DELIVERY_CACHE_TTL_MS
    else process.env.DELIVERY_CACHE_TTL_MS = previous
  }
}

const main = async () => {
  const config = buildImpactConfig({ databaseUri: `file:${databaseFile}`, secret: 'bench-secret' })
  const { app, payload } = await createApp({ config, admin: false, seed: true, demoUsers: false })

  const hct = (await payload.find({ collection: 'reports', where: { slug: { equals: hctReport.slug } }, depth: 0, joins: false })).docs[0]
  const goalIds = (await payload.find({ collection: 'goals', where: { framework: { equals: hct.framework } }, depth: 0, pagination: false })).docs.map((g) => g.id)
  const report = await payload.create({
    collection: 'reports',
    data: { title: `Bench report (${evidenceCount} evidence items)`, slug, organisation: hct.organisation, partner: hct.partner, framework: hct.framework, _status: 'published' },
  })
  process.stdout.write(`creating ${evidenceCount} evidence items… `)
  for (let i = 0; i < evidenceCount; i++) {
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
  console.log('done')

  const outer = express()
  let staticBody = Buffer.alloc(0)
  outer.get('/bench/static.json', (_req, res) => {
    res.setHeader('content-type', 'application/json; charset=utf-8')
    res.end(staticBody)
  })
  outer.use(app)
  const server = await new Promise<Server>((resolve) => {
    const s = outer.listen(0, '127.0.0.1', () => resolve(s))
  })
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const assembledUrl = `${base}/api/reports/${slug}/assembled`

  const first = await fetch(assembledUrl)
  if (first.status !== 200) throw new Error(`assembled: ${first.status} ${await first.text()}`)
  staticBody = Buffer.from(await first.arrayBuffer())
  const etag = first.headers.get('etag') ?? ''
  console.log(`body ${(staticBody.length / 1024).toFixed(1)} KB, ETag ${etag}; ${seconds} s each, ${connections} connections`)

  const rows = [
    await run('static JSON (baseline)', `${base}/bench/static.json`),
    await run('assembled', assembledUrl),
    await run('assembled, 304', assembledUrl, { 'if-none-match': etag }),
    await uncached(() => run('assembled, uncached', assembledUrl)),
  ]
  const baseline = rows[0].rps
  console.table(
    rows.map((r) => ({
      run: r.name,
      'req/s': Math.round(r.rps),
      'p50 ms': r.p50,
      'p99 ms': r.p99,
      'vs baseline': `${(r.rps / baseline).toFixed(3)}×`,
      'non-2xx': r.non2xx,
    })),
  )
  console.log(
    `assembled/static ${(rows[1].rps / baseline).toFixed(3)}; 304/assembled ${(rows[2].rps / rows[1].rps).toFixed(2)}; ` +
      `cached/uncached ${(rows[1].rps / rows[3].rps).toFixed(1)}`,
  )

  await new Promise<void>((resolve) => server.close(() => resolve()))
  server.closeAllConnections()
  await closeDatabase(payload)
}

main()
  .catch((error: unknown) => {
    console.error(error)
    process.exitCode = 1
  })
  .finally(() => {
    for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(databaseFile + suffix, { force: true })
    // Payload keeps timers (jobs, caches) alive: leave once the report is printed.
    setTimeout(() => process.exit(), 100).unref()
  })
