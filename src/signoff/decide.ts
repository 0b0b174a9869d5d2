import { timingSafeEqual } from 'node:crypto'
import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload, type PayloadRequest } from 'payload'
import type { Quote } from '../../payload-types.js'
import { slugs } from '../../collections/slugs.js'
import { findSignOffRecord, revokeSignOffs, updateSignOffRecord } from './records.js'
import type { SignOffRecord } from './types.js'
import { maxSignOffCommentLength } from './settings.js'
import { textHash } from './textHash.js'
import { nonceHash, verifySignOffToken } from './token.js'

/** Why a link does not (or no longer) work, each with the status the page and JSON answer carry. */
export type LinkRefusal =
  | { reason: 'invalid'; status: 400; message: string }
  | { reason: 'expired'; status: 410; message: string }
  | { reason: 'used'; status: 409; message: string }
  | { reason: 'withdrawn'; status: 409; message: string }

export type OpenRequest = { record: SignOffRecord; quote: Quote; speakerName: string }

const refusals = {
  invalid: { reason: 'invalid', status: 400, message: 'This sign-off link is not valid. Check that you opened the whole link from the email.' },
  expired: { reason: 'expired', status: 410, message: 'This sign-off link has expired. Ask the person who sent it for a new one.' },
  used: { reason: 'used', status: 409, message: 'This sign-off link has already been used: each link works once.' },
  withdrawn: {
    reason: 'withdrawn',
    status: 409,
    message: 'This sign-off request was withdrawn (the words changed, or a newer link was sent). Use the newest email.',
  },
} as const satisfies Record<string, LinkRefusal>

const sameHash = (a: string, b: string | null | undefined): boolean =>
  typeof b === 'string' && a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b))

/**
 * The open request a token stands for, checked in this order: signature, record and nonce (tampered or made
 * up → invalid), used, withdrawn, expired (the signed expiry and the record's), and the quote's words still
 * being the ones requested (else the request is withdrawn now). Reads only, except that last withdrawal.
 */
export const openRequest = async (req: PayloadRequest, token: string, now = new Date()): Promise<OpenRequest | LinkRefusal> => {
  const { payload } = req
  const claims = verifySignOffToken(payload.secret, token)
  if (!claims) return refusals.invalid
  const record = await findSignOffRecord(req, claims.id)
  if (!record || record.source !== 'link' || !sameHash(nonceHash(claims.nonce), record.nonceHash)) return refusals.invalid
  if (record.usedAt || record.decision) return refusals.used
  if (record.revokedAt) return refusals.withdrawn
  const recordExpiry = record.expiresAt ? new Date(record.expiresAt) : claims.expiresAt
  if (claims.expiresAt <= now || recordExpiry <= now) return refusals.expired
  const quoteId = typeof record.quote === 'string' ? record.quote : record.quote.id
  const quote = (await payload.findByID({ collection: slugs.quotes, id: quoteId, draft: true, depth: 0, disableErrors: true, req })) as Quote | null
  if (!quote || textHash(quote.text) !== record.textHash) {
    await revokeSignOffs(req, quoteId, { onlyOpenRequests: true, reason: 'The words changed after the link was sent.' })
    return refusals.withdrawn
  }
  return { record, quote, speakerName: [quote.speakerHonorific, quote.speakerName].filter(Boolean).join(' ') }
}

export type Decision = 'approved' | 'declined'

export type DecisionResult = { decision: Decision; decidedAt: string; speakerName: string; text: string }

/**
 * Records the speaker's decision on the words the link showed, once: the checks of `openRequest` and the write
 * run in one transaction, so two submissions of the same link cannot both count.
 */
export const decide = async (
  payload: Payload,
  token: string,
  input: { decision: Decision; comment?: string },
): Promise<DecisionResult | LinkRefusal> => {
  const req = await createLocalReq({}, payload)
  const owned = await initTransaction(req)
  try {
    const open = await openRequest(req, token)
    if ('reason' in open) {
      // a withdrawal found while checking is kept; nothing else was written
      if (owned) await commitTransaction(req)
      return open
    }
    const decidedAt = new Date().toISOString()
    const comment = input.comment?.trim().slice(0, maxSignOffCommentLength) || null
    await updateSignOffRecord(req, open.record.id, { decision: input.decision, decidedAt, usedAt: decidedAt, comment })
    if (owned) await commitTransaction(req)
    return { decision: input.decision, decidedAt, speakerName: open.speakerName, text: open.quote.text }
  } catch (error) {
    if (owned) await killTransaction(req)
    throw error
  }
}

/** The page's GET: the open request, read in its own request object (no user: the link is the credential). */
export const inspect = async (payload: Payload, token: string): Promise<OpenRequest | LinkRefusal> => {
  const req = await createLocalReq({}, payload)
  const owned = await initTransaction(req)
  try {
    const result = await openRequest(req, token)
    if (owned) await commitTransaction(req)
    return result
  } catch (error) {
    if (owned) await killTransaction(req)
    throw error
  }
}
