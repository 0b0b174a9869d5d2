import type { Person } from '../../payload-types.js'

/**
 * Local shapes until payload-types.ts is regenerated with the `quote-sign-offs` collection and `people.email`
 * (then these become the generated `QuoteSignOff` and `Person`).
 */
export type SignOffRecord = {
  id: string
  label?: string | null
  quote: string | { id: string }
  organisation?: string | { id: string } | null
  person?: string | { id: string } | null
  source: 'link' | 'published-statement'
  note?: string | null
  text: string
  textHash: string
  requestedAt?: string | null
  requestedBy?: string | { id: string } | null
  expiresAt?: string | null
  nonceHash?: string | null
  usedAt?: string | null
  decision?: 'approved' | 'declined' | null
  decidedAt?: string | null
  comment?: string | null
  revokedAt?: string | null
  revokedReason?: string | null
  revokedBy?: string | { id: string } | null
  createdAt: string
  updatedAt: string
}

export type NewSignOffRecord = Omit<SignOffRecord, 'id' | 'createdAt' | 'updatedAt'>

export type PersonWithEmail = Person & { email?: string | null }
