import type { QuoteSignOff } from '../../payload-types.js'

/** A sign-off record as stored (the generated `QuoteSignOff`); the name other modules and tests import. */
export type SignOffRecord = QuoteSignOff

/** What a new record is written with: the server sets the id and timestamps. */
export type NewSignOffRecord = Omit<QuoteSignOff, 'id' | 'createdAt' | 'updatedAt'>

/** The fields delivery reads from a decided record (one query for every quote of a report). */
export type DecidedSignOff = Pick<QuoteSignOff, 'id' | 'quote' | 'decision' | 'decidedAt' | 'textHash'>
