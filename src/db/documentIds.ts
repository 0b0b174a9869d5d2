import { isValidID, type CollectionSlug, type Payload, type PayloadRequest } from 'payload'

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** Whether an ID has the collection's ID format: asked before a query, so a malformed one never reaches the database. */
export const hasIdFormat = (payload: Payload, collection: string, id: string): boolean => {
  const customType = payload.collections[collection as CollectionSlug]?.customIDType
  // typed 'number' | 'text', but the MongoDB adapter reports 'ObjectID'
  const type: string = customType ?? payload.db.defaultIDType
  if (type === 'number') return /^[0-9]{1,15}$/.test(id)
  if (type === 'ObjectID') return isValidID(id, 'ObjectID')
  // The SQL adapters store UUIDs in text columns (Postgres in uuid columns): anything else cannot exist.
  const sqlUuids = !customType && 'idType' in payload.db && payload.db.idType === 'uuid'
  return sqlUuids ? uuid.test(id) : /^[\x21-\x7e]{1,128}$/.test(id)
}

/**
 * Which of `ids` name a document of `collection`: one `id in [...]` query in the request's transaction. IDs of the
 * wrong format count as missing without reaching the database (Postgres refuses a malformed uuid with an error).
 * `overrideAccess: false` reads with the caller's access, so a document they cannot see counts as missing.
 */
export const existingIds = async (
  req: PayloadRequest,
  collection: CollectionSlug,
  ids: Iterable<number | string>,
  options: { overrideAccess: boolean; draft?: boolean },
): Promise<Set<string>> => {
  const wellFormed = [...new Set([...ids].map(String))].filter((id) => hasIdFormat(req.payload, collection, id))
  if (!wellFormed.length) return new Set()
  const { docs } = await req.payload.find({
    collection,
    where: { id: { in: wellFormed } },
    depth: 0,
    pagination: false,
    draft: options.draft,
    overrideAccess: options.overrideAccess,
    user: req.user,
    req,
  })
  return new Set(docs.map((doc) => String(doc.id)))
}
