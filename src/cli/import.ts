/**
 * `npm run import -- <file.csv|file.json> --report <slug> [--as <email>] [--dry-run]`
 *
 * Imports evidence rows into one report through Payload's Local API, on the database of DATABASE_URI (as the
 * server). Everything is validated first; problems are listed per row and nothing is written (exit 1). With
 * --as the import runs as that user, with their access (a contributor only into their organisation's reports);
 * without it, as the system (whoever can reach the database may write it anyway). Items are created as drafts.
 */
import { readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { createLocalReq, getPayload, type Payload } from 'payload'
import { slugs } from '../../collections/slugs.js'
import { closeDatabase } from '../db/closeDatabase.js'
import { describeProblem, ImportError } from '../import/errors.js'
import { cliMaxBytes } from '../import/limits.js'
import { progressPrinter } from '../import/progressBar.js'
import { runImport } from '../import/runImport.js'
import { importSummaryText } from '../import/summaryText.js'

const usage = 'Usage: npm run import -- <file.csv|file.json> --report <slug> [--as <email>] [--dry-run]'

const fail = (message: string, code: number): never => {
  process.stderr.write(`${message}\n`)
  process.exit(code)
}

const { values, positionals } = (() => {
  try {
    return parseArgs({
      allowPositionals: true,
      options: { report: { type: 'string' }, as: { type: 'string' }, 'dry-run': { type: 'boolean' }, help: { type: 'boolean' } },
    })
  } catch (error) {
    return fail(`${(error as Error).message}\n${usage}`, 2)
  }
})()
if (values.help) fail(usage, 0)
const [file] = positionals
if (!file || !values.report || positionals.length > 1) fail(usage, 2)

// refuse before loading anything: a missing file or 50 MB of garbage never reaches the parser
const filePath = path.resolve(file as string)
let size = 0
try {
  size = statSync(filePath).size
} catch {
  fail(`No such file: ${filePath}`, 2)
}
const maxBytes = cliMaxBytes()
if (size > maxBytes) fail(`The file is ${(size / 1024 / 1024).toFixed(1)} MiB; at most ${(maxBytes / 1024 / 1024).toFixed(1)} MiB (MAX_UPLOAD_BYTES) is imported at once.`, 1)
const bytes = readFileSync(filePath)

const userByEmail = async (payload: Payload, email: string) => {
  const found = await payload.find({ collection: slugs.users, where: { email: { equals: email.toLowerCase() } }, limit: 1, depth: 0 })
  const user = found.docs[0]
  if (!user) fail(`No user with the email ${email}.`, 2)
  return { ...user, collection: slugs.users }
}

const { default: config } = await import('../../payload.config.js')
const payload = await getPayload({ config })
let exitCode = 0
try {
  const user = values.as ? await userByEmail(payload, values.as) : undefined
  const req = await createLocalReq(user ? { user } : {}, payload)
  const started = Date.now()
  const { summary } = await runImport(req, values.report as string, { bytes, name: filePath }, {
    dryRun: values['dry-run'],
    onProgress: progressPrinter(process.stderr),
  })
  const seconds = ((Date.now() - started) / 1000).toFixed(1)
  process.stdout.write(`${importSummaryText(summary, { report: summary.report, seconds })}\n`)
} catch (error) {
  if (!(error instanceof ImportError)) throw error
  process.stderr.write(`Nothing was imported (${error.problems.length} problem${error.problems.length === 1 ? '' : 's'}):\n`)
  for (const problem of error.problems) process.stderr.write(`  ${describeProblem(problem)}\n`)
  exitCode = 1
} finally {
  await closeDatabase(payload)
}
process.exit(exitCode)
