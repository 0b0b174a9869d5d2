/**
 * GraphQL cost guard benchmark (`npx tsx bench/graphqlGuard.ts`, NODE_OPTIONS=--conditions=production).
 *   1. The check alone: CPU time of `checkGraphqlDocument` on hostile documents, next to graphql + Payload's own
 *      validation rules on the same documents (which the guard now keeps them from seeing) for small sizes.
 *   2. Over HTTP, API-only server in this process on 127.0.0.1 over a temporary SQLite file (seeded): per case
 *      the status, wall time and process CPU time per request (median of `--runs`, client included, so the
 *      `{ __typename }` baseline is printed too), sequentially.
 *   3. Liveness: /healthz latency while 10 hostile requests are in flight (several rounds, worst printed).
 * Usage: NODE_OPTIONS=--conditions=production npx tsx bench/graphqlGuard.ts [--runs=5]
 */
import { randomUUID } from 'node:crypto'
import { rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { configToSchema } from '@payloadcms/graphql'
import { getIntrospectionQuery, getNamedType, isObjectType, parse, specifiedRules, validate, type ValidationRule } from 'graphql'
import { reportListQuery, reportQuery } from '../examples/report-site/cms.js'
import { buildImpactConfig } from '../src/config.js'
import { checkGraphqlDocument } from '../src/delivery/graphql/costGuard.js'
import { defaultGraphqlGuardLimits } from '../src/delivery/graphql/guardLimits.js'
import { hctReport } from '../src/seed/content/reports/hct.js'
import { startServer } from '../src/server.js'

const runs = Number(process.argv.find((a) => a.startsWith('--runs='))?.slice(7) ?? 5)
const databaseFile = path.join(os.tmpdir(), `impact-cms-bench-graphql-${randomUUID()}.db`)

const fragmentChain = (levels: number) =>
  `query { Reports { docs { ...F0 } } }\n${Array.from({ length: levels }, (_, i) => `fragment F${i} on Report { ...F${i + 1} ...F${i + 1} }`).join('\n')}\nfragment F${levels} on Report { id }`
const aliases = (count: number) => `{ ${Array.from({ length: count }, (_, i) => `a${i}: Reports(limit: 100) { docs { id title organisation { name } } }`).join(' ')} }`

const cpuMs = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since)
  return (used.user + used.system) / 1000
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
const round = (n: number) => (n >= 10 ? n.toFixed(0) : n.toFixed(2))

const main = async () => {
  const config = await buildImpactConfig({ databaseUri: `file:${databaseFile}`, secret: 'bench-secret' })
  const { schema, validationRules } = configToSchema(config)

  // About the largest document the guard accepts: 8 root fields, each every scalar of Report 10 times (the repeat
  // limit), ~900 fields in all.
  const report = schema.getType('Report')
  const scalars = isObjectType(report)
    ? Object.values(report.getFields()).filter((f) => !isObjectType(getNamedType(f.type)) && f.args.length === 0).map((f) => f.name)
    : []
  const repeated = Array.from({ length: Math.floor(990 / Math.max(scalars.length, 1)) }, () => scalars.join(' ')).slice(0, 10).join(' ')
  const widest = `{ ${Array.from({ length: 8 }, (_, i) => `r${i}: Reports(limit: 1) { docs { ${repeated} } }`).join(' ')} }`

  const hostile: Record<string, string> = {
    'fragment chain, 16 levels': fragmentChain(16),
    'fragment chain, 22 levels (< 1 KB)': fragmentChain(22),
    'fragment chain, 200 levels': fragmentChain(200),
    'fragment cycle': 'query { Reports { docs { ...A } } } fragment A on Report { title ...B } fragment B on Report { id ...A }',
    '150 aliased list queries': aliases(150),
    '500 aliased list queries': aliases(500),
    'one field repeated 300 times': `{ Reports(limit: 1) { docs { ${'evidence(limit: 1) { docs { id } } '.repeat(300)}} } }`,
    '3,000 nested selection sets': `{ ${'Reports { docs { '.repeat(3000)}id${' } }'.repeat(3000)} }`,
    '20,000 tokens': `{ Reports { docs { ${'id '.repeat(20_000)}} } }`,
    'introspection loop types→fields→type': '{ __schema { types { fields { type { fields { type { fields { type { fields { name } } } } } } } } } }',
  }
  const legitimate: Record<string, { query: string; variables?: Record<string, unknown> }> = {
    'baseline { __typename }': { query: '{ __typename }' },
    'example site: impactReport': { query: reportQuery, variables: { slug: hctReport.slug } },
    'example site: impactReports': { query: reportListQuery },
    'GraphiQL introspection': { query: getIntrospectionQuery() },
    [`widest accepted: 8 × ${repeated.split(' ').length} fields, each name ≤ 10× per set`]: { query: widest },
  }

  console.log(`## 1. The check alone (CPU ms; Payload = graphql's specifiedRules + Payload's complexity rule + maxDepthRule)\n`)
  console.log(`| document | bytes | guard verdict | guard ms (median of ${runs}) | Payload validation ms |\n|---|---:|---|---:|---:|`)
  const payloadRules: ValidationRule[] = [...specifiedRules, ...validationRules({ variableValues: {} } as Parameters<typeof validationRules>[0])]
  const chainOnly = (levels: number) => fragmentChain(levels)
  const direct: Record<string, string> = {
    ...Object.fromEntries([10, 14, 16, 18].map((n) => [`fragment chain, ${n} levels`, chainOnly(n)])),
    ...hostile,
    'example site: impactReport': reportQuery,
    'GraphiQL introspection': getIntrospectionQuery(),
    'widest accepted': widest,
  }
  for (const [name, query] of Object.entries(direct)) {
    const check = () => checkGraphqlDocument(query, { limits: defaultGraphqlGuardLimits, schema })
    const timings = Array.from({ length: runs }, () => {
      const started = process.cpuUsage()
      check()
      return cpuMs(started)
    })
    const guardMs = median(timings)
    const verdict = check()
    let started: NodeJS.CpuUsage
    // Payload's own walk only where it finishes in seconds (it is exponential in the chain length)
    const chainLevels = Number(/fragment chain, (\d+)/.exec(name)?.[1] ?? 0)
    let payloadMs = '—'
    if ((chainLevels > 0 && chainLevels <= 18) || ['one field repeated 300 times', 'example site: impactReport', 'GraphiQL introspection', 'widest accepted'].includes(name)) {
      started = process.cpuUsage()
      validate(schema, parse(query), payloadRules)
      payloadMs = round(cpuMs(started))
    }
    const label = verdict.ok ? `accepted (cost ${verdict.cost})` : verdict.message.slice(0, 60)
    console.log(`| ${name} | ${Buffer.byteLength(query)} | ${label} | ${round(guardMs)} | ${payloadMs} |`)
  }

  const running = await startServer({ config, admin: false, seed: true, demoUsers: false, host: '127.0.0.1' })
  const post = async (query: string, variables?: Record<string, unknown>) => {
    const response = await fetch(`${running.url}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    })
    const text = await response.text()
    return { status: response.status, errors: text.includes('"errors"') }
  }
  try {
    await post('{ __typename }') // Payload builds its schema on its first GraphQL request
    console.log(`\n## 2. Over HTTP (median of ${runs} sequential requests; CPU = this process, client included)\n`)
    console.log('| request | status | wall ms | CPU ms |\n|---|---:|---:|---:|')
    const cases = [
      ...Object.entries(legitimate).map(([name, c]) => [name, c.query, c.variables] as const),
      ...Object.entries(hostile).map(([name, query]) => [name, query, undefined] as const),
    ]
    for (const [name, query, variables] of cases) {
      const walls: number[] = []
      const cpus: number[] = []
      let status = 0
      let errors = false
      for (let i = 0; i < runs; i++) {
        const started = performance.now()
        const cpu = process.cpuUsage()
        ;({ status, errors } = await post(query, variables))
        cpus.push(cpuMs(cpu))
        walls.push(performance.now() - started)
      }
      console.log(`| ${name} | ${status}${errors ? ' (errors)' : ''} | ${round(median(walls))} | ${round(median(cpus))} |`)
    }

    console.log('\n## 3. /healthz while 10 hostile requests are in flight (5 rounds)\n')
    const mix = Object.values(hostile)
    const latencies: number[] = []
    for (let round = 0; round < 5; round++) {
      const inFlight = Array.from({ length: 10 }, (_, i) => post(mix[(i + round) % mix.length]))
      const started = performance.now()
      await fetch(`${running.url}/healthz`)
      latencies.push(performance.now() - started)
      await Promise.all(inFlight)
    }
    console.log(`/healthz latency ms: ${latencies.map(round).join(', ')} (worst ${round(Math.max(...latencies))})`)
    console.log(`\nload average before the end: ${os.loadavg().map((n) => n.toFixed(2)).join(' ')} on ${os.cpus().length} CPUs`)
  } finally {
    await running.close()
    for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(databaseFile + suffix, { force: true })
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  },
)
