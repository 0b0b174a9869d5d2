import { matchesIfNoneMatch } from './etag.js'
import type { SanitizedDeliveryOptions } from './options.js'

export const assembledContentType = 'application/json; charset=utf-8'

/** One answer to `GET …/assembled`: the Payload endpoint and the Express fast path both send exactly this. */
export type AssembledAnswer = { status: 200 | 304; headers: Record<string, string>; body: string | null }

/**
 * What every delivery answer and its 304 carry: the strong ETag, `Cache-Control` by who asks (signed-in answers
 * are private), `Vary` on credentials (the same URL answers differently when signed in).
 */
export const deliveryHeaders = (
  etag: string,
  signedIn: boolean,
  options: Pick<SanitizedDeliveryOptions, 'cacheControl'>,
): Record<string, string> => ({
  ETag: etag,
  'Cache-Control': signedIn ? options.cacheControl.private : options.cacheControl.public,
  Vary: 'Authorization, Cookie',
})

/** Status, headers and body for a rendered report: the delivery headers, 304 on a matching `If-None-Match`. */
export const assembledAnswer = (
  rendered: { body: string; etag: string },
  request: { signedIn: boolean; ifNoneMatch: string | null | undefined },
  options: Pick<SanitizedDeliveryOptions, 'cacheControl'>,
): AssembledAnswer => {
  const headers = deliveryHeaders(rendered.etag, request.signedIn, options)
  if (matchesIfNoneMatch(request.ifNoneMatch ?? null, rendered.etag)) return { status: 304, headers, body: null }
  return { status: 200, headers: { ...headers, 'Content-Type': assembledContentType }, body: rendered.body }
}
