import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, expect, test } from '@jest/globals'
import { startTestServer, type TestServer } from '../helpers/testServer.js'

/**
 * Production runs the committed migrations, development pushes the schema: when the config changes and
 * nobody regenerates the migrations, only production breaks. This compares the schema the config implies
 * with the latest committed SQLite snapshot, as `payload migrate:create` does.
 */
type DrizzleKit = {
  generateDrizzleJson: (schema: unknown) => Promise<unknown>
  generateMigration: (before: unknown, after: unknown) => Promise<string[]>
}
type SqlAdapter = { schema: unknown; requireDrizzleKit: () => DrizzleKit }

let server: TestServer

beforeAll(async () => {
  server = await startTestServer({ seed: false, demoUsers: false })
})
afterAll(async () => {
  await server?.close()
})

test('the committed SQLite migrations match the config (run `npm run generate:migrations` when this fails)', async () => {
  const dir = path.resolve('migrations/sqlite')
  const latest = readdirSync(dir).filter((f) => f.endsWith('.json')).sort().at(-1)
  expect(latest).toBeDefined()
  const db = server.payload.db as unknown as SqlAdapter
  const { generateDrizzleJson, generateMigration } = db.requireDrizzleKit()
  const committed = JSON.parse(readFileSync(path.join(dir, latest!), 'utf8'))
  const statements = await generateMigration(committed, await generateDrizzleJson(db.schema))
  expect(statements).toEqual([])
})
