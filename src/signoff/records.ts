import type { PayloadRequest, Where } from 'payload'
import { slugs } from '../../collections/slugs.js'
import { deliveryFind } from '../delivery/leanRead.js'
import type { DecidedSignOff, NewSignOffRecord, SignOffRecord } from './types.js'

/**
 * Reading and writing sign-off records. Records are the server's own bookkeeping: these calls run with
 * access overridden (callers decide who may trigger them) and with `req`, so they share its transaction.
 */

const collection = slugs.quoteSignOffs

const ofQuote = (quoteId: string): Where => ({ quote: { equals: quoteId } })
const notRevoked: Where = { revokedAt: { exists: false } }

/** "Sam Speaker: “The first words…”", the record's title in lists. */
export const signOffLabel = (speakerName: string | null | undefined, text: string): string =>
  `${speakerName || 'Speaker'}: “${text.length > 60 ? `${text.slice(0, 59)}…` : text}”`

export const createSignOffRecord = async (req: PayloadRequest, data: NewSignOffRecord): Promise<SignOffRecord> =>
  req.payload.create({ collection, data, depth: 0, req })

export const updateSignOffRecord = async (req: PayloadRequest, id: string, data: Partial<NewSignOffRecord>): Promise<void> => {
  await req.payload.update({ collection, id, data, depth: 0, req })
}

/** One record with its nonce hash, or null. */
export const findSignOffRecord = async (req: PayloadRequest, id: string): Promise<SignOffRecord | null> =>
  req.payload.findByID({ collection, id, depth: 0, disableErrors: true, showHiddenFields: true, req })

/** Decided records of these quotes, newest decision first (for delivery: one query for any number of quotes). */
export const decidedSignOffsOf = async (req: PayloadRequest, quoteIds: string[]): Promise<DecidedSignOff[]> => {
  if (!quoteIds.length) return []
  // readers may not list sign-off records; the delivery reads these four fields for them (straight from the adapter)
  return deliveryFind(req, {
    collection,
    where: { and: [{ quote: { in: quoteIds } }, { decision: { exists: true } }] },
    sort: '-decidedAt',
    select: { quote: true, decision: true, decidedAt: true, textHash: true },
    overrideAccess: true,
    draft: false,
  })
}

/** Every record of a quote, newest first. */
export const signOffsOfQuote = async (req: PayloadRequest, quoteId: string): Promise<SignOffRecord[]> =>
  (await req.payload.find({ collection, where: ofQuote(quoteId), sort: '-createdAt', pagination: false, depth: 0, req }))
    .docs

/** Whether the speaker approved exactly these words (by hash) and the approval was not revoked since. */
export const hasValidSignOff = async (req: PayloadRequest, quoteId: string, hash: string): Promise<boolean> => {
  const { totalDocs } = await req.payload.count({
    collection,
    where: { and: [ofQuote(quoteId), notRevoked, { decision: { equals: 'approved' } }, { textHash: { equals: hash } }] },
    req,
  })
  return totalDocs > 0
}

/** The latest decision on exactly these words, for a clear refusal ("declined on …"). */
export const latestDecisionOn = async (req: PayloadRequest, quoteId: string, hash: string): Promise<SignOffRecord | undefined> =>
  (
    await req.payload.find({
      collection,
      where: { and: [ofQuote(quoteId), { textHash: { equals: hash } }, { decision: { exists: true } }] },
      sort: '-decidedAt',
      limit: 1,
      depth: 0,
      req,
    })
  ).docs[0]

/**
 * Revokes a quote's approvals and open requests that do not cover `except` (the words were edited), or only its
 * open requests (a newer request was sent). Each revoked record keeps when, by whom and why.
 */
export const revokeSignOffs = async (
  req: PayloadRequest,
  quoteId: string,
  options: { except?: string; onlyOpenRequests?: boolean; reason: string },
): Promise<number> => {
  const open: Where = { and: [{ decision: { exists: false } }, { usedAt: { exists: false } }] }
  const scope: Where = options.onlyOpenRequests ? open : { or: [{ decision: { equals: 'approved' } }, open] }
  const conditions: Where[] = [ofQuote(quoteId), notRevoked, scope]
  if (options.except) conditions.push({ textHash: { not_equals: options.except } })
  const revoked: Partial<NewSignOffRecord> = {
    revokedAt: new Date().toISOString(),
    revokedReason: options.reason,
    revokedBy: req.user?.id ?? null,
  }
  const { docs } = await req.payload.update({ collection, where: { and: conditions }, data: revoked, depth: 0, req })
  return docs.length
}
