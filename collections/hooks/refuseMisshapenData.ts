import { ValidationError, type CollectionBeforeOperationHook, type CollectionSlug, type PayloadRequest } from 'payload'
import { existingIds } from '../../src/db/documentIds.js'
import { inspectShape, type Reference, type ShapeError } from './dataShape.js'

/** References to documents that do not exist: one query per target collection, in the write's transaction. */
const missingReferences = async (req: PayloadRequest, references: Reference[]): Promise<ShapeError[]> => {
  const isCollection = (slug: string): slug is CollectionSlug => slug in req.payload.collections
  const byCollection = new Map<string, Reference[]>()
  for (const reference of references) byCollection.set(reference.collection, [...(byCollection.get(reference.collection) ?? []), reference])
  const errors: ShapeError[] = []
  for (const [collection, wanted] of byCollection) {
    if (!isCollection(collection)) continue
    // as the system: whether the target may be read is the field's own access question, not existence
    const found = await existingIds(req, collection, wanted.map((r) => r.id), { overrideAccess: true, draft: true })
    for (const reference of wanted) {
      if (!found.has(String(reference.id))) errors.push({ path: reference.path, message: `There is no ${collection} document with this ID.` })
    }
  }
  return errors
}

/**
 * Refuses data whose shape does not fit the collection's fields, and relationships to documents that do not
 * exist, with a 400 naming each field: otherwise Payload's field hooks or the database fail on them with a 500
 * (a group sent as null, an array as a string, an object as text, an ID that breaks a foreign key).
 * A beforeOperation hook: Payload's own field hooks, which crash on some of these, run before beforeValidate.
 */
export const refuseMisshapenData: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const data: unknown = args.data
  // undefined too: a create or update over HTTP without a body reaches here with no data, and Payload crashes on it
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new ValidationError({ collection: collection.slug, errors: [{ path: 'data', message: 'Send the fields as a JSON object.' }], req })
  }
  const { errors, references } = inspectShape(collection.fields, data as Record<string, unknown>)
  const all = errors.length ? errors : await missingReferences(req, references)
  if (all.length) throw new ValidationError({ collection: collection.slug, errors: all, req })
  return args
}
