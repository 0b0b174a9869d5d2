import { readFileSync, writeFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, jest, test } from '@jest/globals'
import { createWorld, type World } from '../helpers/fixtures.js'
import { runImportCli } from '../helpers/importCli.js'
import { importFixturePath } from '../helpers/importUpload.js'
import { startTestServer, type TestServer } from '../helpers/testServer.js'

// each run starts its own Payload (10–20 s on a busy 2-core machine)
jest.setTimeout(300_000)

let server: TestServer
let world: World
let env: Record<string, string>
let reportId: string
const slug = 'cli-target'
const scratch: string[] = []

const evidenceOfReport = async () =>
  (await server.payload.find({ collection: 'evidence', where: { report: { equals: reportId } }, draft: true, depth: 0, pagination: false, sort: 'order' }))
    .docs

const scratchFile = (name: string, content: string | Buffer): string => {
  const file = path.join(os.tmpdir(), `impact-import-${process.pid}-${name}`)
  writeFileSync(file, content)
  scratch.push(file)
  return file
}

beforeAll(async () => {
  server = await startTestServer({ seed: false, demoUsers: false })
  world = await createWorld(server)
  reportId = (await server.payload.create({ collection: 'reports', draft: true, data: { title: 'CLI target', slug, organisation: world.orgA.id, framework: world.framework.id } })).id
  // the CLI opens the test server's database file, as it would open the server's DATABASE_URI
  env = { DATABASE_URI: `file:${server.databaseFile}`, PAYLOAD_SECRET: 'test-secret' }
}, 60_000)

afterAll(async () => {
  await server?.close()
  for (const file of scratch) rmSync(file, { force: true })
})

describe('npm run import', () => {
  test('imports a good file as drafts, and a re-import changes nothing', async () => {
    const first = await runImportCli([importFixturePath('good.csv'), '--report', slug], env)
    expect(first.stderr).not.toMatch(/Error/)
    expect(first.code).toBe(0)
    // Payload's own log lines go to stdout too
    expect(first.stdout).toMatch(/^Imported 3 rows into "CLI target" \(cli-target\) in [\d.]+ s: 3 new, 0 updated, 0 unchanged\. New items are drafts in the workflow\.$/m)
    const docs = await evidenceOfReport()
    expect(docs.map((doc) => [doc.externalId, doc.title, doc._status, doc.workflow?.stage])).toEqual([
      ['ev-001', 'Community clinics', 'draft', 'draft'],
      ['ev-002', 'Apprenticeships', 'draft', 'draft'],
      ['ev-003', 'Volunteering', 'draft', 'draft'],
    ])
    expect(docs[0].metrics?.map((metric) => metric.value)).toEqual([1200000, 3])

    const again = await runImportCli([importFixturePath('good.csv'), '--report', slug], env)
    expect(again.code).toBe(0)
    // nothing created: no word about drafts
    expect(again.stdout).toMatch(/^Imported 3 rows into "CLI target" \(cli-target\) in [\d.]+ s: 0 new, 0 updated, 3 unchanged\.$/m)
    expect((await evidenceOfReport()).length).toBe(3)

    const [header, , , third] = readFileSync(importFixturePath('good.csv'), 'utf8').split('\n')
    const one = await runImportCli([scratchFile('one-row.csv', `${header}\n${third}\n`), '--report', slug], env)
    expect(one.code).toBe(0)
    expect(one.stdout).toMatch(/^Imported 1 row into "CLI target" \(cli-target\) in [\d.]+ s: 0 new, 0 updated, 1 unchanged\.$/m)
  })

  test('two bad rows: both listed, exit 1, nothing written', async () => {
    const before = (await evidenceOfReport()).map((doc) => doc.id)
    const run = await runImportCli([importFixturePath('two-bad-rows.csv'), '--report', slug], env)
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('Nothing was imported (2 problems):')
    expect(run.stderr).toContain('Row 3, goal: No goal "99" in Test Goals 1')
    expect(run.stderr).toContain('Row 5, metric1_value: Must be a number')
    expect((await evidenceOfReport()).map((doc) => doc.id)).toEqual(before)
  })

  test('prints progress for a big file', async () => {
    const rows = Array.from({ length: 1200 }, (_, i) => `big-${i},${(i % 2) + 1},Item ${i},People,${i},people`)
    const file = scratchFile('big.csv', ['externalId,goal,title,metric1_label,metric1_value,metric1_unit', ...rows].join('\n'))
    const run = await runImportCli([file, '--report', slug], env)
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('Imported 1200 rows into "CLI target" (cli-target) in ')
    expect(run.stdout).toContain(': 1200 new, 0 updated, 0 unchanged. New items are drafts in the workflow.')
    // not a terminal: one line per tenth, per phase
    expect(run.stderr).toContain('100% validating 1,200/1,200')
    expect(run.stderr).toContain(' 50% writing 600/1,200')
    expect(run.stderr).toContain('100% writing 1,200/1,200')
    expect((await evidenceOfReport()).length).toBe(1203)
  })

  test('--as runs with that user\'s access; bad files and big garbage are refused cleanly', async () => {
    const other = await runImportCli([importFixturePath('good.json'), '--report', slug, '--as', 'contributorother@world.test'], env)
    expect(other.code).toBe(1)
    // another organisation's draft report is not theirs to see: answered as an unknown slug
    expect(other.stderr).toContain(`No report with the slug "${slug}"`)
    const own = await runImportCli([importFixturePath('good.json'), '--report', slug, '--as', 'contributorown@world.test', '--dry-run'], env)
    expect(own.code).toBe(0)
    expect(own.stdout).toMatch(/^Checked 2 rows for "CLI target" \(cli-target\) in [\d.]+ s \(dry run, nothing written\): \d would be new, \d updated, \d unchanged\./m)

    const latin1 = await runImportCli([importFixturePath('latin1.csv'), '--report', slug], env)
    expect(latin1.code).toBe(1)
    expect(latin1.stderr).toContain('The file is not UTF-8 text')
    const garbage = scratchFile('garbage.csv', Buffer.alloc(50 * 1024 * 1024, 0x41))
    const big = await runImportCli([garbage, '--report', slug], env)
    expect(big).toEqual({ code: 1, stdout: '', stderr: 'The file is 50.0 MiB; at most 20.0 MiB (MAX_UPLOAD_BYTES) is imported at once.\n' })
    const usage = await runImportCli([importFixturePath('good.csv')], env)
    expect(usage.code).toBe(2)
    expect(usage.stderr).toContain('Usage: npm run import')
    expect((await evidenceOfReport()).length).toBe(1203)
  })
})
