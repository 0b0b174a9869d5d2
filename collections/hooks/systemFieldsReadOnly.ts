import type { CollectionBeforeChangeHook } from 'payload'

/**
 * `createdAt`, `updatedAt` and the id are the system's to set: REST and GraphQL callers cannot choose them
 * (an edit could otherwise back-date a document). What they send is ignored, as for any read-only field.
 * The Local API keeps them writable, so seeds and imports can carry original dates.
 */
export const systemFieldsReadOnly: CollectionBeforeChangeHook = ({ data, operation, originalDoc, req }) => {
  if (req.payloadAPI === 'local') return data
  const { createdAt: _createdAt, updatedAt: _updatedAt, id: _id, ...rest } = data
  // the database sets createdAt and the id on create; Payload sets updatedAt on every write
  if (operation === 'create') return rest
  return { ...rest, ...(originalDoc?.createdAt ? { createdAt: originalDoc.createdAt } : {}) }
}
