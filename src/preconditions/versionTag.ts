/**
 * The entity tag of one stored version of a document: its id and `updatedAt`, in the clear. Not a hash
 * (unlike the body ETag of assembled reports in src/delivery/etag.ts): a GraphQL client, which sees no
 * response headers per document, forms the same tag from the `id` and `updatedAt` it queried.
 */
export const versionTag = (doc: { id: number | string; updatedAt: string }): string => `"${doc.id}@${doc.updatedAt}"`

/** Whether a document can be tagged (a read with `select` may leave `updatedAt` out). */
export const isTaggable = (doc: unknown): doc is { id: number | string; updatedAt: string } =>
  typeof doc === 'object' &&
  doc !== null &&
  'id' in doc &&
  (typeof doc.id === 'string' || typeof doc.id === 'number') &&
  'updatedAt' in doc &&
  typeof doc.updatedAt === 'string'

/**
 * RFC 9110 If-Match: `*` or a list of entity tags compared strongly, so a weak tag (`W/"…"`) never matches.
 * Tags never contain commas here (ids and ISO dates), so splitting on commas is exact.
 */
export const ifMatchSatisfied = (header: string, currentTag: string): boolean => {
  if (header.trim() === '*') return true
  return header.split(',').some((tag) => tag.trim() === currentTag)
}
