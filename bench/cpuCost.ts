/**
 * Server CPU time per request (user + system of the CMS process, from process.cpuUsage) for the delivery runs of
 * bench/delivery.ts, each sent sequentially: (b) an uncached anonymous assembled report, (d) the REST find flow
 * (report at depth=2, then the evidence, quotes and recommendations lists paged by 100), (p) an editor's draft
 * preview. CPU time barely depends on what else the machine runs, so the d/b ratio is comparable across busy
 * and quiet machines, unlike req/s; on a server pinned to one core it is what bounds b/d req/s.
 * Usage: NODE_OPTIONS=--conditions=production npx tsx bench/cpuCost.ts [--sizes=10,100,1000] [--requests=40]
 */
import { spawn } from 'node:child_process'
import path from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import type { BenchReady, BenchReport } from './server.js'

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const arg = (name: string, fallback: string): string =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback
const sizes = arg('sizes', '10,100,1000')
const requests = Number(arg('requests', '40'))

const fetchOk = async (url: string, init?: RequestInit): Promise<unknown> => {
  const response = await fetch(url, init)
  if (!response.ok) throw new Error(`${url}: ${response.status}`)
  return response.json()
}

const measure = async (base: string, report: BenchReport, editorToken: string) => {
  const cpu = async () => {
    const { user, system } = (await fetchOk(`${base}/bench/cpu`)) as { user: number; system: number }
    return (user + system) / 1000
  }
  /** Server CPU ms per call of `run`, after a few warm-up calls. */
  const perCall = async (run: () => Promise<unknown>, count: number) => {
    for (let i = 0; i < 3; i++) await run()
    const before = await cpu()
    for (let i = 0; i < count; i++) await run()
    return (await cpu() - before) / count
  }
  const assembled = `${base}/api/reports/${report.slug}/assembled`
  const list = (collection: string, page: number) => `${base}/api/${collection}?where[report][equals]=${report.id}&depth=0&limit=100&page=${page}&sort=order`
  const restFlow = async () => {
    await fetchOk(`${base}/api/reports?where[slug][equals]=${report.slug}&depth=2&limit=1`)
    for (const collection of ['evidence', 'quotes', 'recommendations']) {
      for (let page = 1; ; page++) if (!((await fetchOk(list(collection, page))) as { hasNextPage: boolean }).hasNextPage) break
    }
  }
  await fetch(`${base}/bench/cache-ttl/0`, { method: 'PUT' }).then((r) => r.arrayBuffer())
  const count = report.n >= 1000 ? Math.max(5, Math.round(requests / 8)) : requests
  const b = await perCall(() => fetchOk(assembled), count)
  const d = await perCall(restFlow, Math.max(3, Math.round(count / 2)))
  const p = await perCall(() => fetchOk(`${assembled}?draft=true`, { headers: { authorization: `JWT ${editorToken}` } }), count)
  await fetch(`${base}/bench/cache-ttl/5000`, { method: 'PUT' }).then((r) => r.arrayBuffer())
  return { n: report.n, b, d, p }
}

const main = async () => {
  const child = spawn(process.execPath, ['--conditions=production', '--import', 'tsx', path.join(rootDir, 'bench/server.ts')], {
    cwd: rootDir,
    env: { ...process.env, BENCH_SIZES: sizes },
    stdio: ['pipe', 'pipe', 'inherit'],
  })
  try {
    const ready = await new Promise<BenchReady>((resolve, reject) => {
      createInterface({ input: child.stdout! }).on('line', (line) => {
        if (line.startsWith('BENCH_READY ')) resolve(JSON.parse(line.slice('BENCH_READY '.length)) as BenchReady)
      })
      child.once('exit', (code) => reject(new Error(`bench server exited (${code})`)))
    })
    console.log('| N evidence | b uncached assembled, CPU ms | d REST find flow, CPU ms | d/b | p editor preview, CPU ms |')
    console.log('|---:|---:|---:|---:|---:|')
    for (const report of ready.reports) {
      const m = await measure(ready.url, report, ready.editorToken)
      console.log(`| ${m.n} | ${m.b.toFixed(1)} | ${m.d.toFixed(1)} | ${(m.d / m.b).toFixed(2)}× | ${m.p.toFixed(1)} |`)
    }
  } finally {
    child.stdin?.end()
    child.kill('SIGTERM')
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
