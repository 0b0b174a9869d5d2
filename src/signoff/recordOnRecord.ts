import type { PayloadRequest } from 'payload'
import type { Quote } from '../../payload-types.js'
import { refId } from '../refs.js'
import { createSignOffRecord, hasValidSignOff, signOffLabel } from './records.js'
import { textHash } from './textHash.js'

/**
 * Writes down a sign-off on record (words the speaker's organisation published) for the quote's current words,
 * unless a valid approval of them exists already. Server code only: the quote hook (for a vouched save) and the
 * seed (for quotes it finds already in place).
 */
export const recordSignOffOnRecord = async (
  req: PayloadRequest,
  quote: Pick<Quote, 'id' | 'text' | 'organisation' | 'person' | 'speakerName'>,
  note: string,
): Promise<boolean> => {
  const hash = textHash(quote.text)
  if (await hasValidSignOff(req, quote.id, hash)) return false
  await createSignOffRecord(req, {
    label: signOffLabel(quote.speakerName, quote.text),
    quote: quote.id,
    organisation: refId(quote.organisation) ?? null,
    person: refId(quote.person) ?? null,
    source: 'published-statement',
    note,
    text: quote.text,
    textHash: hash,
    decision: 'approved',
    decidedAt: new Date().toISOString(),
  })
  return true
}
