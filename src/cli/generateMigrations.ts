/**
 * Regenerates the initial migrations for SQLite and Postgres from the current config, each against a
 * scratch database. Before the first production release the schema is still one `init` migration;
 * after it, use `npm run migrate:create -- <name>` per adapter instead.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { startPostgres } from '../db/tempPostgres.js'

const emptyIndex = `import type { Migration } from 'payload'

// Replaced by \`payload migrate:create\`; empty until the first migration is generated.
export const migrations: Omit<Migration, 'dirname'>[] = []
`

const generate = (kind: 'sqlite' | 'postgres', databaseUri: string) => {
  const dir = path.resolve('migrations', kind)
  for (const file of readdirSync(dir)) rmSync(path.join(dir, file))
  // The config imports this index, so it must exist (empty) while the CLI loads the config.
  writeFileSync(path.join(dir, 'index.ts'), emptyIndex)
  const result = spawnSync('npx', ['payload', 'migrate:create', 'init'], {
    env: { ...process.env, DATABASE_URI: databaseUri, NODE_OPTIONS: '--conditions=production', PAYLOAD_SECRET: 'migrations' },
    encoding: 'utf8',
  })
  // The CLI sometimes exits 0 having done nothing: check its effect.
  const written = readdirSync(dir).filter((f) => f.endsWith('_init.ts'))
  if (result.status !== 0 || written.length !== 1) {
    throw new Error(`migrate:create for ${kind} failed:\n${result.stdout}\n${result.stderr}`)
  }
  console.log(`${kind}: migrations/${kind}/${written[0]}`)
}

const scratch = mkdtempSync(path.join(os.tmpdir(), 'impact-migrations-'))
try {
  generate('sqlite', `file:${path.join(scratch, 'scratch.db')}`)
  const postgres = await startPostgres()
  if (!postgres) throw new Error('Postgres is needed to generate its migration: install Debian postgresql or set POSTGRES_URI')
  try {
    generate('postgres', await postgres.createDatabase())
  } finally {
    await postgres.stop()
  }
} finally {
  rmSync(scratch, { recursive: true, force: true })
}
