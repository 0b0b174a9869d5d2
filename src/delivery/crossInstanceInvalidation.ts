import type { Payload, PayloadRequest } from 'payload'
import { listenToChannel, notifyInTransaction, postgresAdapterOf, type ChannelListener } from '../db/notifyChannel.js'
import { publicReportCache } from './cache.js'

/** The Postgres channel on which every instance hears that delivered content changed. */
export const deliveryChangedChannel = 'impact_cms_delivery_changed'

/**
 * Tells every instance on the same Postgres database that delivered content changed; their caches empty when
 * the write commits. Called by the invalidation hooks next to the local `invalidate()`. SQLite (one instance)
 * and MongoDB (no LISTEN/NOTIFY: other instances keep a view until `DELIVERY_CACHE_TTL_MS`) need nothing.
 */
export const announceDeliveryChange = (req: PayloadRequest): Promise<void> => notifyInTransaction(req, deliveryChangedChannel)

/**
 * Empties this process's cache of published reports whenever any instance announces a change (this one
 * included: the announcement arrives after the commit, so it also drops a view read between the hook and the
 * commit). Undefined off Postgres.
 */
export const listenForDeliveryChanges = (payload: Payload): ChannelListener | undefined => {
  const adapter = postgresAdapterOf(payload)
  if (!adapter) return undefined
  return listenToChannel({
    connection: adapter.poolOptions,
    channel: deliveryChangedChannel,
    onNotify: () => publicReportCache.invalidate(),
    log: { info: (message) => payload.logger.info(message), warn: (message) => payload.logger.warn(message) },
  })
}
