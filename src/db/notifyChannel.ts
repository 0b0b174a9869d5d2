import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { sql } from '@payloadcms/db-postgres'
import type { Payload, PayloadRequest } from 'payload'
import pg from 'pg'

/** The Postgres adapter when Payload runs on one; LISTEN/NOTIFY exists only there. */
export const postgresAdapterOf = (payload: Payload): PostgresAdapter | undefined =>
  payload.db.name === 'postgres' ? (payload.db as unknown as PostgresAdapter) : undefined

/** Transactions that already carry a notification on a channel: Postgres folds repeats anyway, this saves the round trips. */
const notifiedSessions = new WeakMap<object, Set<string>>()

/**
 * NOTIFY `channel` as part of the request's transaction, so listeners hear it when — and only if — the write
 * commits (a listener that re-reads at once sees the new data; a rolled-back write announces nothing). Without a
 * transaction it is sent at once, after the write. No-op off Postgres.
 */
export const notifyInTransaction = async (req: PayloadRequest, channel: string): Promise<void> => {
  const adapter = postgresAdapterOf(req.payload)
  if (!adapter) return
  const session = req.transactionID ? adapter.sessions[await req.transactionID] : undefined
  if (session) {
    const done = notifiedSessions.get(session) ?? new Set<string>()
    if (done.has(channel)) return
    done.add(channel)
    notifiedSessions.set(session, done)
  }
  const db = session?.db ?? adapter.drizzle
  await db.execute(sql`select pg_notify(${channel}, '')`)
}

export type ChannelListener = {
  /** Resolves once the first LISTEN is in place (or the first attempt failed: it keeps retrying). */
  ready: Promise<void>
  close: () => Promise<void>
}

export type ListenOptions = {
  connection: pg.ClientConfig
  channel: string
  /** Called for every notification, and each time LISTEN is (re)established: notifications sent before are lost. */
  onNotify: () => void
  log: { info: (message: string) => void; warn: (message: string) => void }
  /** First wait before reconnecting; doubles up to `maxRetryMs`. */
  retryMs?: number
  maxRetryMs?: number
}

/**
 * LISTEN on a connection of its own (a pooled client would be handed to queries and could not wait for
 * notifications). On an error or a lost connection it reconnects with backoff and calls `onNotify` once, since
 * whatever was announced meanwhile is gone.
 */
export const listenToChannel = (options: ListenOptions): ChannelListener => {
  const { channel, onNotify, log } = options
  const firstRetryMs = options.retryMs ?? 100
  const maxRetryMs = options.maxRetryMs ?? 5_000
  let client: pg.Client | undefined
  let closed = false
  let retryMs = firstRetryMs
  let timer: NodeJS.Timeout | undefined
  let failures = 0

  const scheduleReconnect = () => {
    if (closed || timer) return
    timer = setTimeout(() => {
      timer = undefined
      void connect()
    }, retryMs)
    retryMs = Math.min(retryMs * 2, maxRetryMs)
  }

  const connect = async (): Promise<void> => {
    const current = new pg.Client(options.connection)
    client = current
    const lost = (reason: string) => {
      if (client !== current) return
      client = undefined
      current.removeAllListeners('notification')
      void current.end().catch(() => {})
      if (closed) return
      failures++
      log.warn(`LISTEN ${channel}: ${reason}; reconnecting`)
      scheduleReconnect()
    }
    current.on('error', (error) => lost(error.message))
    current.on('end', () => lost('connection ended'))
    current.on('notification', (message) => {
      if (message.channel === channel) onNotify()
    })
    try {
      await current.connect()
      await current.query(`LISTEN ${pg.escapeIdentifier(channel)}`)
    } catch (error) {
      lost(error instanceof Error ? error.message : String(error))
      return
    }
    if (closed) {
      await current.end().catch(() => {})
      return
    }
    retryMs = firstRetryMs
    if (failures > 0) log.info(`LISTEN ${channel}: connected again`)
    failures = 0
    // whatever was announced before this connection listened is lost
    onNotify()
  }

  const ready = connect()
  return {
    ready,
    close: async () => {
      closed = true
      clearTimeout(timer)
      const current = client
      client = undefined
      await current?.end().catch(() => {})
    },
  }
}
