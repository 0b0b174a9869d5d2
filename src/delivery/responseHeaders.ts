import { matchesIfNoneMatch } from './etag.js'
import type { SanitizedDeliveryOptions } from './options.js'

export const assembledContentType = 'application/json; charset=utf-8'

/** One answer to `GET …/assembled`: the Payload endpoint and the Express fast path both send exactly this. */
export type AssembledAnswer = { status: 200 | 304; headers: Record<string, string>; body: string | null }

/**
 * Status, headers and body for a rendered report: strong ETag, `Cache-Control` by who asks (signed-in answers
 * are private), `Vary` on credentials (the same URL answers differently when signed in), 304 on a matching
 * `If-None-Match`.
 */
export const assembledAnswer = (
  rendered: { body: string; etag: string },
  request: { signedIn: boolean; ifNoneMatch: string | null | undefined },
  options: Pick<SanitizedDeliveryOptions, 'cacheControl'>,
): AssembledAnswer => {
  const headers: Record<string, string> = {
    ETag: rendered.etag,
    'Cache-Control': request.signedIn ? options.cacheControl.private : options.cacheControl.public,
    Vary: 'Authorization, Cookie',
  }
  if (matchesIfNoneMatch(request.ifNoneMatch ?? null, rendered.etag)) return { status: 304, headers, body: null }
  return { status: 200, headers: { ...headers, 'Content-Type': assembledContentType }, body: rendered.body }
}
