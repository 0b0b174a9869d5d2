import { isValidID, type CollectionSlug, type Payload, type PayloadRequest } from 'payload'
import type { RichTextReference } from './references.js'

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
 * The first reference that names no document the caller can read, in words, or undefined when all exist. One
 * query per collection named (`id in [...]`), in the request's transaction, with the caller's access unless the
 * operation overrides it: a document the author cannot see counts as missing.
 */
export const missingReference = async (
  req: PayloadRequest,
  references: RichTextReference[],
  overrideAccess: boolean,
): Promise<string | undefined> => {
  const byCollection = new Map<string, Set<string>>()
  for (const { relationTo, id } of references) byCollection.set(relationTo, (byCollection.get(relationTo) ?? new Set()).add(id))
  for (const [collection, idSet] of byCollection) {
    const ids = [...idSet]
    const malformed = ids.find((id) => !hasIdFormat(req.payload, collection, id))
    if (malformed !== undefined) return `${JSON.stringify(malformed.slice(0, 80))} is not a valid ${collection} ID`
    const found = await req.payload.find({
      collection: collection as CollectionSlug,
      where: { id: { in: ids } },
      depth: 0,
      pagination: false,
      overrideAccess,
      user: req.user,
      req,
    })
    const existing = new Set(found.docs.map((doc) => String(doc.id)))
    const missing = ids.find((id) => !existing.has(id))
    if (missing !== undefined) return `no ${collection} document with ID ${missing}`
  }
  return undefined
}
