import type { Payload } from 'payload'
import { postgresAdapterOf } from './notifyChannel.js'

/**
 * node-postgres hands an idle pooled connection's error (the server restarted, a failover, an idle-session
 * killer) to the pool's 'error' event; Payload's adapter listens to none, so such an error ended the process —
 * every instance at once on a database restart. Logged instead: the pool has already dropped that connection
 * and opens a new one for the next query.
 */
export const logPostgresPoolErrors = (payload: Payload): void => {
  postgresAdapterOf(payload)?.pool.on('error', (error) => {
    payload.logger.warn(`Postgres closed an idle connection (${error.message}); the next query opens a new one`)
  })
}
