import { createHash } from 'node:crypto'
import { readFileSync, statSync } from 'node:fs'
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

/**
 * Whether process `pid` holds the SQLite WAL write lock of `file`: an open write transaction that has written.
 * SQLite takes it as a POSIX lock on byte 120 of the `-shm` file (WALINDEX_LOCK_OFFSET + WAL_WRITE_LOCK); Linux
 * lists such locks in /proc/locks, so this looks without touching the database (a probe that tried to write
 * would make the server's own writes fail with SQLITE_BUSY).
 */
export const holdsWalWriteLock = (file: string, pid: number): boolean => {
  let inode: number
  try {
    inode = statSync(`${file}-shm`).ino
  } catch {
    return false
  }
  return readFileSync('/proc/locks', 'utf8')
    .split('\n')
    .some((line) => {
      // e.g. "3: POSIX  ADVISORY  WRITE 30052 fe:00:4243893 120 120"
      const [, kind, , mode, owner, device, start, end] = line.trim().split(/\s+/)
      return kind === 'POSIX' && mode === 'WRITE' && Number(owner) === pid && device?.endsWith(`:${inode}`) && Number(start) <= 120 && (end === 'EOF' || Number(end) >= 120)
    })
}
