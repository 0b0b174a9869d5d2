import type { RequestContext } from 'payload'
import { textHash } from './textHash.js'

/**
 * A sign-off on record: words the speaker's organisation already published (a press statement), so no link
 * is sent. Only server code can vouch for that — the seed and test fixtures, through the Local API's `context`,
 * which no HTTP request can set (Payload builds `req.context` itself for REST and GraphQL). The vouching names
 * the exact words by hash, so it covers this text only, even if the request's context is reused.
 */
export const signOffOnRecordKey = 'impactCmsSignOffOnRecord'

export type SignOffOnRecord = { textHash: string; note: string }

export const signOffOnRecord = (text: string, note: string): RequestContext => ({
  [signOffOnRecordKey]: { textHash: textHash(text), note } satisfies SignOffOnRecord,
})

const isOnRecord = (value: unknown): value is SignOffOnRecord =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as SignOffOnRecord).textHash === 'string' &&
  typeof (value as SignOffOnRecord).note === 'string'

/** The sign-off on record for exactly these words, if the server vouched for them. */
export const onRecordFor = (context: RequestContext | undefined, text: string): SignOffOnRecord | undefined => {
  const value = context?.[signOffOnRecordKey]
  return isOnRecord(value) && value.textHash === textHash(text) ? value : undefined
}
