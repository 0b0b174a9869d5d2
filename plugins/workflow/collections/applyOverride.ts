import type { CollectionConfig } from 'payload'
import type { CollectionOverride } from '../types.js'

/** A generated collection with the host's changes merged in; the host's `fields` function sees the defaults. */
export const applyOverride = (collection: CollectionConfig, override: CollectionOverride | undefined): CollectionConfig => {
  if (!override) return collection
  const { fields, ...rest } = override
  return {
    ...collection,
    ...rest,
    admin: { ...collection.admin, ...rest.admin },
    access: { ...collection.access, ...rest.access },
    hooks: { ...collection.hooks, ...rest.hooks },
    fields: fields ? fields({ defaultFields: collection.fields }) : collection.fields,
  }
}
