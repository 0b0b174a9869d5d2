import type { CollectionBeforeChangeHook } from 'payload'

/** The first account created on an empty install (admin "create first user") must be able to administer. */
export const firstUserIsAdmin: CollectionBeforeChangeHook = async ({ data, operation, req, collection }) => {
  if (operation !== 'create') return data
  const { totalDocs } = await req.payload.count({ collection: collection.slug as 'users', req })
  return totalDocs === 0 ? { ...data, role: 'admin' } : data
}
