import type { Payload } from 'payload'

type Closable = { end?: () => Promise<void>; close?: () => void | Promise<void> }

/** How long to wait for the Postgres pool: Payload's adapter keeps one client checked out for good. */
const POOL_END_GRACE_MS = 1_000

/**
 * payload.destroy() resets the SQL adapters without ending their connections; a graceful shutdown
 * must also end the Postgres pool / libsql client, or the process keeps them open.
 */
export const closeDatabase = async (payload: Payload): Promise<void> => {
  const db = payload.db as unknown as { pool?: Closable; client?: Closable }
  const { pool, client } = db
  await payload.destroy()
  if (pool?.end) {
    // db-postgres holds one client (to detect lost connections) that it never releases, so end()
    // closes every idle client at once but only settles when that one goes: don't wait for it.
    let timer: NodeJS.Timeout | undefined
    await Promise.race([pool.end(), new Promise((resolve) => (timer = setTimeout(resolve, POOL_END_GRACE_MS)))])
    clearTimeout(timer)
  } else if (client?.close) {
    await client.close()
  }
}
