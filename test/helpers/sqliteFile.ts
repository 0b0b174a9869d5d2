import { createHash } from 'node:crypto'
import { createClient, type Client, type InValue } from '@libsql/client'

/**
 * Direct read access to a test server's SQLite file, beside Payload: what is really stored, whatever the
 * API and its access rules say. The client is libsql, the driver Payload's SQLite adapter uses.
 */
export type SqliteFile = {
  rows: <Row extends Record<string, unknown>>(sql: string, args?: InValue[]) => Promise<Row[]>
  /** Row count and a SHA-256 of every row (in primary-key order) of each table, e.g. to prove nothing changed. */
  snapshot: (ignore?: string[]) => Promise<Record<string, { rows: number; hash: string }>>
  close: () => void
}

export const openSqliteFile = (file: string): SqliteFile => {
  const client: Client = createClient({ url: `file:${file}` })
  const rows: SqliteFile['rows'] = async <Row extends Record<string, unknown>>(sql: string, args: InValue[] = []) =>
    (await client.execute({ sql, args })).rows.map((row) => ({ ...row }) as unknown as Row)

  const snapshot: SqliteFile['snapshot'] = async (ignore = []) => {
    const tables = await rows<{ name: string }>(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
    )
    const result: Record<string, { rows: number; hash: string }> = {}
    for (const { name } of tables) {
      if (ignore.includes(name)) continue
      // every table Payload creates has a rowid; its order is stable while nothing is written
      const all = await client.execute(`SELECT * FROM "${name.replaceAll('"', '""')}" ORDER BY rowid`)
      const hash = createHash('sha256')
      for (const row of all.rows) hash.update(JSON.stringify(Array.from(row, (v) => (typeof v === 'bigint' ? v.toString() : v instanceof ArrayBuffer ? Buffer.from(v).toString('hex') : v))))
      result[name] = { rows: all.rows.length, hash: hash.digest('hex').slice(0, 16) }
    }
    return result
  }
  return { rows, snapshot, close: () => client.close() }
}

/** The tables whose snapshots differ, with their counts: empty when nothing changed. */
export const snapshotDifference = (
  before: Record<string, { rows: number; hash: string }>,
  after: Record<string, { rows: number; hash: string }>,
): string[] =>
  [...new Set([...Object.keys(before), ...Object.keys(after)])]
    .filter((name) => before[name]?.hash !== after[name]?.hash)
    .map((name) => `${name}: ${before[name]?.rows ?? 'absent'} → ${after[name]?.rows ?? 'absent'} rows`)
