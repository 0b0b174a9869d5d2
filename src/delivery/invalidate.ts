import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'
import { publicReportCache } from './cache.js'
import { announceDeliveryChange } from './crossInstanceInvalidation.js'

export const afterChangeInvalidateDelivery: CollectionAfterChangeHook = async ({ doc, req }) => {
  publicReportCache.invalidate()
  await announceDeliveryChange(req) // other instances (Postgres), on commit
  return doc
}

export const afterDeleteInvalidateDelivery: CollectionAfterDeleteHook = async ({ doc, req }) => {
  publicReportCache.invalidate()
  await announceDeliveryChange(req) // other instances (Postgres), on commit
  return doc
}
