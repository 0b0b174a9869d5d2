/**
 * Evidence import benchmark (issue 10, item 3): `NODE_OPTIONS=--conditions=production npx tsx bench/import.ts [--rows=10000]`
 * An API-only server in this process on 127.0.0.1 over a temporary SQLite file; an editor uploads a CSV of N rows
 * (two metrics each) to `POST /api/reports/{slug}/import` with `Accept: application/x-ndjson`, as the admin does.
 * Prints, per run, the wall time from upload to the final line, when the first progress line arrived (the whole
 * file read and validated, the first rows written) and the CPU time of this process (server and client: on a shared machine
 * the wall time depends on what else runs, the CPU time much less), then checks the rows are there:
 *   1. first import (N new items),   2. the same file again (N unchanged),   3. the file with 1 % of titles changed
 *   (updates go through payload.update and the workflow).
 */
import { randomUUID } from 'node:crypto'
import { rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { buildImpactConfig } from '../src/config.js'
import { startServer } from '../src/server.js'

const rows = Number(process.argv.find((a) => a.startsWith('--rows='))?.slice(7) ?? 10_000)
const databaseFile = path.join(os.tmpdir(), `impact-cms-bench-import-${randomUUID()}.db`)

const csvOf = (count: number, changedEvery = 0): string => {
  const header = 'externalId,goal,title,description,assurance,sourceCitation,metric1_label,metric1_value,metric1_unit,metric1_asWritten,metric1_period,metric2_label,metric2_value,metric2_unit'
  const lines = Array.from({ length: count }, (_, i) => {
    const title = changedEvery && i % changedEvery === 0 ? `Programme ${i} (revised)` : `Programme ${i}`
    return `row-${i},${(i % 2) + 1},${title},"Activity ${i}, described",verified,Annual report p.${i % 90},People reached,${1000 + i},people,"about ${1000 + i}",2023/24,Sessions,${i % 50},sessions`
  })
  return [header, ...lines].join('\n')
}

const main = async () => {
  // the import alone: the job runner's one-second cron would only wait for the import's transaction
  process.env.JOBS_AUTORUN ??= 'false'
  const config = buildImpactConfig({ databaseUri: `file:${databaseFile}`, secret: 'bench-secret' })
  const server = await startServer({ config, admin: false, seed: false, host: '127.0.0.1' })
  const { payload } = server
  try {
    const organisation = await payload.create({ collection: 'organisations', data: { name: 'Bench Trust', type: 'nhs-trust' } })
    const framework = await payload.create({ collection: 'frameworks', data: { name: 'Bench Goals', edition: '1', status: 'active' } })
    for (const number of [1, 2]) await payload.create({ collection: 'goals', data: { framework: framework.id, number, title: `Goal ${number}` } })
    await payload.create({ collection: 'users', data: { email: 'owner@bench.test', password: 'owner-password', role: 'admin' } })
    await payload.create({ collection: 'users', data: { email: 'editor@bench.test', password: 'editor-password', role: 'editor' } })
    const report = await payload.create({ collection: 'reports', draft: true, data: { title: 'Bench report', slug: 'bench', organisation: organisation.id, framework: framework.id } })
    const login = await fetch(`${server.url}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'editor@bench.test', password: 'editor-password' }) })
    const { token } = (await login.json()) as { token: string }

    const upload = async (label: string, csv: string) => {
      const form = new FormData()
      form.append('file', new Blob([csv], { type: 'text/csv' }), 'bench.csv')
      const started = performance.now()
      const cpuBefore = process.cpuUsage()
      const response = await fetch(`${server.url}/api/reports/bench/import`, { method: 'POST', body: form, headers: { authorization: `JWT ${token}`, accept: 'application/x-ndjson' } })
      let firstProgressMs = NaN
      let progressLines = 0
      let buffer = ''
      let last = ''
      const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader()
      for (let part = await reader.read(); !part.done; part = await reader.read()) {
        buffer += part.value
        const lines = buffer.split('\n')
        buffer = lines.pop() ?? ''
        for (const line of lines.filter(Boolean)) {
          last = line
          if (!line.includes('"progress"')) continue
          progressLines += 1
          if (Number.isNaN(firstProgressMs)) firstProgressMs = performance.now() - started
        }
      }
      const seconds = (performance.now() - started) / 1000
      const cpu = process.cpuUsage(cpuBefore)
      const cpuSeconds = (cpu.user + cpu.system) / 1e6
      const result = JSON.parse(last) as { type: string; summary?: Record<string, number> }
      console.log(
        `${label.padEnd(34)} ${response.status} ${seconds.toFixed(1).padStart(6)} s  (first of ${progressLines} progress lines after ${(firstProgressMs / 1000).toFixed(1)} s)  ` +
          `CPU ${cpuSeconds.toFixed(1)} s  ${(rows / seconds).toFixed(0)} rows/s  → ${result.type} ${JSON.stringify(result.summary ? { created: result.summary.created, updated: result.summary.updated, unchanged: result.summary.unchanged } : result)}`,
      )
    }

    console.log(
      `Evidence import, ${rows.toLocaleString('en-GB')} rows × 2 metrics, SQLite, over HTTP (${(csvOf(rows).length / 1024 / 1024).toFixed(1)} MB CSV); ` +
        `${os.cpus().length} cores, load average ${os.loadavg()[0].toFixed(1)}`,
    )
    await upload('1. first import', csvOf(rows))
    await upload('2. same file again', csvOf(rows))
    await upload('3. 1 % of the titles changed', csvOf(rows, 100))
    const stored = await payload.count({ collection: 'evidence', where: { report: { equals: report.id } } })
    const versions = await payload.countVersions({ collection: 'evidence' })
    console.log(`stored: ${stored.totalDocs} items, ${versions.totalDocs} versions (expected ${rows} and ${rows + rows / 100})`)
  } finally {
    await server.close()
    for (const suffix of ['', '-wal', '-shm']) rmSync(databaseFile + suffix, { force: true })
  }
}

await main()
process.exit(0)
