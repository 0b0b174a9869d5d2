import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionConfig } from 'payload'
import { slugs } from '../../collections/slugs.js'
import { publicReportCache } from './cache.js'
import { announceDeliveryChange } from './crossInstanceInvalidation.js'

/** Every collection whose documents appear in an assembled report. */
export const deliveredSlugs: readonly string[] = [
  slugs.reports,
  slugs.evidence,
  slugs.quotes,
  slugs.recommendations,
  slugs.organisations,
  slugs.frameworks,
  slugs.goals,
  slugs.media,
]

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

/** Adds the cache-invalidating hooks after the collection's own. */
export const withDeliveryInvalidation = (collection: CollectionConfig): CollectionConfig => {
  if (!deliveredSlugs.includes(collection.slug)) return collection
  const hooks = collection.hooks ?? {}
  return {
    ...collection,
    hooks: {
      ...hooks,
      afterChange: [...(hooks.afterChange ?? []), afterChangeInvalidateDelivery],
      afterDelete: [...(hooks.afterDelete ?? []), afterDeleteInvalidateDelivery],
    },
  }
}
