import { sql, type PostgresAdapter } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

/** Table names are the snake_case of collection slugs (what the drizzle adapters key `tableNameMap` by). */
const snakeCase = (slug: string) => slug.replace(/([a-z0-9])([A-Z])/g, '$1_$2').replace(/[-\s]+/g, '_').toLowerCase()

const isPostgres = (db: object): db is PostgresAdapter => 'name' in db && db.name === 'postgres'

/**
 * Postgres runs transactions at READ COMMITTED and Payload reads the document without a lock, so two
 * conditional writes could both read the old version and both pass. `SELECT … FOR UPDATE` on the document's
 * row makes the second wait until the first commits; its re-read then sees the first one's version.
 * SQLite needs nothing: src/db/serializeTransactions.ts runs one write transaction at a time.
 */
export const lockRowForUpdate = async (req: PayloadRequest, collection: string, id: number | string): Promise<void> => {
  const { db } = req.payload
  if (!isPostgres(db) || req.transactionID === undefined) return
  const session = db.sessions[String(await req.transactionID)]
  const table = db.tables[db.tableNameMap.get(snakeCase(collection)) ?? '']
  if (!session || !table) throw new Error(`Cannot lock ${collection} ${String(id)}: no transaction or table.`)
  await session.db.execute(sql`select 1 from ${table} where ${table.id} = ${id} for update`)
}
