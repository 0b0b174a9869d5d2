/**
 * Where the time of an uncached assembled report goes: starts bench/server.ts with one report of N evidence
 * items, turns the public cache off, profiles `--requests` sequential anonymous GETs of …/assembled (and, with
 * `--draft`, an editor's previews) and prints the top functions by self time and the top project/Payload
 * frames by total time. Writes the raw profile to `--out` (default /tmp/assembled-N.cpuprofile).
 * Usage: NODE_OPTIONS=--conditions=production npx tsx bench/profileAssembly.ts [--n=100] [--requests=200] [--draft]
 */
import { spawn } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import type { BenchReady } from './server.js'

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const arg = (name: string, fallback: string): string =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback
const n = Number(arg('n', '100'))
const requests = Number(arg('requests', '200'))
const draft = process.argv.includes('--draft')
const out = arg('out', `/tmp/assembled-${n}${draft ? '-draft' : ''}.cpuprofile`)

type ProfileNode = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }
type Profile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }

const label = (node: ProfileNode): string => {
  const url = node.callFrame.url.replace(/^file:\/\//, '').replace(`${rootDir}/`, '')
  return `${node.callFrame.functionName || '(anonymous)'} ${url}:${node.callFrame.lineNumber + 1}`
}

/** Self time per function and total (inclusive) time per function, in ms. */
const summarise = (profile: Profile) => {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]))
  const parent = new Map<number, number>()
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id)
  const self = new Map<string, number>()
  const total = new Map<string, number>()
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000
    const leaf = byId.get(id)!
    self.set(label(leaf), (self.get(label(leaf)) ?? 0) + ms)
    const seen = new Set<string>()
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const name = label(byId.get(at)!)
      if (seen.has(name)) continue
      seen.add(name)
      total.set(name, (total.get(name) ?? 0) + ms)
    }
  })
  const top = (map: Map<string, number>, count: number, keep: (name: string) => boolean = () => true) =>
    [...map.entries()].filter(([name]) => keep(name)).sort((a, b) => b[1] - a[1]).slice(0, count)
  const idle = [...self.entries()].filter(([name]) => name.startsWith('(idle)')).reduce((sum, [, ms]) => sum + ms, 0)
  const all = [...self.values()].reduce((sum, ms) => sum + ms, 0)
  return { busyMs: all - idle, self: top(self, 25), total: top(total, 40, (name) => /src\/|collections\/|plugins\/|payload\/dist|drizzle|libsql/.test(name)) }
}

const main = async () => {
  const child = spawn(process.execPath, ['--conditions=production', '--import', 'tsx', path.join(rootDir, 'bench/server.ts')], {
    cwd: rootDir,
    env: { ...process.env, BENCH_SIZES: String(n), DELIVERY_CACHE_TTL_MS: '0' },
    stdio: ['pipe', 'pipe', 'inherit'],
  })
  try {
    const ready = await new Promise<BenchReady>((resolve, reject) => {
      createInterface({ input: child.stdout! }).on('line', (line) => {
        if (line.startsWith('BENCH_READY ')) resolve(JSON.parse(line.slice('BENCH_READY '.length)) as BenchReady)
      })
      child.once('exit', (code) => reject(new Error(`bench server exited (${code})`)))
    })
    const base = ready.url
    const report = ready.reports[0]
    const headers: Record<string, string> = {}
    if (draft) headers.authorization = `JWT ${ready.editorToken}`
    const url = `${base}/api/reports/${report.slug}/assembled${draft ? '?draft=true' : ''}`
    await fetch(`${base}/bench/cache-ttl/0`, { method: 'PUT' }).then((r) => r.arrayBuffer())
    for (let i = 0; i < 20; i++) await fetch(url, { headers }).then((r) => r.arrayBuffer()) // warm up the JIT
    const latencies: number[] = []
    const cpu = async () => ((await fetch(`${base}/bench/cpu`).then((r) => r.json())) as { user: number; system: number })
    const cpuBefore = await cpu()
    await fetch(`${base}/bench/profile/start`, { method: 'PUT' }).then((r) => r.arrayBuffer())
    for (let i = 0; i < requests; i++) {
      const t0 = performance.now()
      const response = await fetch(url, { headers })
      await response.arrayBuffer()
      if (response.status !== 200) throw new Error(`${url}: ${response.status}`)
      latencies.push(performance.now() - t0)
    }
    const profile = (await fetch(`${base}/bench/profile/stop`, { method: 'PUT' }).then((r) => r.json())) as Profile
    const cpuAfter = await cpu()
    const cpuMs = (cpuAfter.user + cpuAfter.system - cpuBefore.user - cpuBefore.system) / 1000
    writeFileSync(out, JSON.stringify(profile))
    latencies.sort((a, b) => a - b)
    const { busyMs, self, total } = summarise(profile)
    console.log(`N=${n} ${draft ? 'editor preview' : 'anonymous'}, ${requests} sequential uncached requests (profiled): p50 ${latencies[Math.floor(requests / 2)].toFixed(1)} ms, p90 ${latencies[Math.floor(requests * 0.9)].toFixed(1)} ms`)
    console.log(`server CPU time ${(cpuMs / requests).toFixed(1)} ms per request (user + system, profiler included); profile busy (not idle) ${(busyMs / requests).toFixed(1)} ms per request`)
    console.log('\ntop self time (ms):')
    for (const [name, ms] of self) console.log(`${ms.toFixed(0).padStart(7)}  ${name}`)
    console.log('\ntop total time, project / Payload / database frames (ms):')
    for (const [name, ms] of total) console.log(`${ms.toFixed(0).padStart(7)}  ${name}`)
    console.log(`\nprofile: ${out}`)
  } finally {
    child.stdin?.end()
    child.kill('SIGTERM')
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
