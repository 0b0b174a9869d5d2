/**
 * Export timings: one published report with N evidence items (default 1,000; EXPORT_BENCH_N) built by the
 * delivery bench's server (bench/server.ts, started as a child process on 127.0.0.1 over a temporary SQLite
 * file), then `GET /api/reports/{slug}/export` timed end to end over HTTP:
 *   - anonymous, cold: the first request assembles the report and lays out the file;
 *   - editor preview (`draft=true`, signed in): assembled and laid out on every request, never cached;
 *   - anonymous again: the finished file from the export cache; and a 304 on If-None-Match.
 * Target from the issue: a 1,000-evidence report exports to PDF in under 10 s.
 *   NODE_OPTIONS=--conditions=production npx tsx bench/export.ts
 */
import { spawn, type ChildProcess } from 'node:child_process'
import os from 'node:os'
import path from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import type { BenchReady } from './server.js'

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const n = Number(process.env.EXPORT_BENCH_N ?? 1000)
const repeats = Number(process.env.EXPORT_BENCH_REPEATS ?? 5)
const targetMs = 10_000

const startServer = async (): Promise<{ child: ChildProcess; ready: BenchReady }> => {
  const child = spawn(process.execPath, ['--conditions=production', '--import', 'tsx', path.join(rootDir, 'bench/server.ts')], {
    cwd: rootDir,
    env: { ...process.env, BENCH_SIZES: String(n) },
    stdio: ['pipe', 'pipe', 'inherit'],
  })
  const ready = await new Promise<BenchReady>((resolve, reject) => {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      if (line.startsWith('BENCH_READY ')) resolve(JSON.parse(line.slice('BENCH_READY '.length)) as BenchReady)
    })
    child.once('exit', (code) => reject(new Error(`bench server exited (${code}) before it was ready`)))
  })
  child.stdout?.resume()
  return { child, ready }
}

/** `cpuMs`: the server process's CPU time for the request (what it costs on an idle core, whatever the machine's load). */
type Timed = { ms: number; cpuMs: number; status: number; bytes: number; body: Buffer; etag: string }

let base = ''
const serverCpuMs = async (): Promise<number> => {
  const { user, system } = (await (await fetch(`${base}/bench/cpu`)).json()) as { user: number; system: number }
  return (user + system) / 1000
}

const timed = async (url: string, headers: Record<string, string> = {}): Promise<Timed> => {
  const cpu0 = await serverCpuMs()
  const t0 = performance.now()
  const response = await fetch(url, { headers })
  const body = Buffer.from(await response.arrayBuffer())
  const ms = performance.now() - t0
  return { ms, cpuMs: (await serverCpuMs()) - cpu0, status: response.status, bytes: body.length, body, etag: response.headers.get('etag') ?? '' }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
const fmt = (ms: number) => `${Math.round(ms).toLocaleString('en-GB')} ms`
const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type \/Page\b(?!s)/g) ?? []).length

const main = async () => {
  const { child, ready } = await startServer()
  try {
    const report = ready.reports[0]
    base = ready.url
    const url = (format: string, draft = false) => `${ready.url}/api/reports/${report.slug}/export?format=${format}${draft ? '&draft=true' : ''}`
    const editor = { authorization: `JWT ${ready.editorToken}` }
    console.log(`export bench: ${n} evidence items (report setup ${Math.round(ready.setupMs / 1000)} s), ${os.cpus().length} CPUs, load average ${os.loadavg()[0].toFixed(1)}`)

    const cold = await timed(url('pdf'))
    if (cold.status !== 200) throw new Error(`pdf export answered ${cold.status}`)
    console.log(`pdf  anonymous, cold (assemble + layout): ${fmt(cold.ms)} (server CPU ${fmt(cold.cpuMs)})  ${(cold.bytes / 1024).toFixed(0)} KB, ${pdfPages(cold.body)} pages`)

    for (const format of ['pdf', 'html', 'csv', 'json']) {
      const runs: Timed[] = []
      for (let i = 0; i < repeats; i++) runs.push(await timed(url(format, true), editor))
      if (runs.some((r) => r.status !== 200)) throw new Error(`${format} preview answered ${runs.map((r) => r.status).join(',')}`)
      const ms = runs.map((r) => r.ms)
      console.log(
        `${format.padEnd(4)} editor preview, uncached ×${repeats}: median ${fmt(median(ms))}, min ${fmt(Math.min(...ms))}, max ${fmt(Math.max(...ms))}; ` +
          `server CPU median ${fmt(median(runs.map((r) => r.cpuMs)))}  (${(runs[0].bytes / 1024).toFixed(0)} KB)`,
      )
    }

    const warm: Timed[] = []
    for (let i = 0; i < repeats; i++) warm.push(await timed(url('pdf')))
    console.log(`pdf  anonymous, from the export cache ×${repeats}: median ${fmt(median(warm.map((r) => r.ms)))}`)
    const notModified = await timed(url('pdf'), { 'if-none-match': cold.etag })
    console.log(`pdf  anonymous, If-None-Match: ${notModified.status} in ${fmt(notModified.ms)}`)

    console.log(
      `target: PDF of ${n} evidence items < ${fmt(targetMs)} → ${cold.ms < targetMs ? 'met' : 'MISSED'} (cold ${fmt(cold.ms)} wall, ${fmt(cold.cpuMs)} server CPU; load average ${os.loadavg()[0].toFixed(1)})`,
    )
  } finally {
    child.stdin?.end()
    child.kill('SIGTERM')
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
