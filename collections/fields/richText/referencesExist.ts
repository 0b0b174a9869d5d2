import type { CollectionSlug, PayloadRequest } from 'payload'
import { existingIds, hasIdFormat } from '../../../src/db/documentIds.js'
import type { RichTextReference } from './references.js'

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
    const existing = await existingIds(req, collection as CollectionSlug, ids, { overrideAccess })
    const missing = ids.find((id) => !existing.has(id))
    if (missing !== undefined) return `no ${collection} document with ID ${missing}`
  }
  return undefined
}
