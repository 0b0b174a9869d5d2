import type { PayloadRequest } from 'payload'
import type { Quote } from '../../payload-types.js'
import { refId } from '../refs.js'
import { decidedSignOffsOf } from './records.js'
import { textHash } from './textHash.js'

/** What readers learn about a quote's sign-off: the decision on the delivered words and when (no email, no comment). */
export type DeliveredSignOff = { decision: 'approved' | 'declined'; at: string | null }

export type QuoteSignOffs = Map<string, DeliveredSignOff>

/**
 * The latest decision on each quote's delivered words, in one query for any number of quotes. A decision
 * counts only for the exact text it was made on (by hash); a revocation concerns later words, so the words that
 * were published under an approval keep it.
 */
export const loadQuoteSignOffs = async (req: PayloadRequest, quotes: Pick<Quote, 'id' | 'text'>[]): Promise<QuoteSignOffs> => {
  const records = await decidedSignOffsOf(req, quotes.map((q) => q.id))
  const hashOf = new Map(quotes.map((q) => [q.id, textHash(q.text)]))
  const latest: QuoteSignOffs = new Map()
  // newest decision first: the first record on the delivered words wins
  for (const record of records) {
    const quoteId = refId(record.quote) ?? ''
    if (latest.has(quoteId) || hashOf.get(quoteId) !== record.textHash || !record.decision) continue
    latest.set(quoteId, { decision: record.decision, at: record.decidedAt ?? null })
  }
  return latest
}

/** The delivered `speakerApproved` (kept for the contract: a valid sign-off exists) and `signOff`. */
export const deliveredSignOff = (signOffs: QuoteSignOffs, quoteId: string) => {
  const signOff = signOffs.get(quoteId) ?? null
  return { speakerApproved: signOff?.decision === 'approved', signOff }
}
