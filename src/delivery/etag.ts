import { createHash } from 'node:crypto'

/** A strong entity tag: the SHA-256 of the exact body bytes. */
export const strongETag = (body: string): string => `"${createHash('sha256').update(body).digest('base64url')}"`

/** Whether an `If-None-Match` header matches the tag (weak comparison, as RFC 9110 asks for GET). */
export const matchesIfNoneMatch = (header: string | null, etag: string): boolean => {
  if (!header) return false
  if (header.trim() === '*') return true
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '')
  return header.split(',').some((tag) => opaque(tag) === opaque(etag))
}
