import { ValidationError, type CollectionBeforeChangeHook } from 'payload'
import { refId } from '../../src/access/index.js'
import { onRecordFor } from '../../src/signoff/onRecord.js'
import { hasValidSignOff, latestDecisionOn } from '../../src/signoff/records.js'
import { textHash } from '../../src/signoff/textHash.js'
import { slugs } from '../slugs.js'

const day = (iso: string | null | undefined): string => (iso ? iso.slice(0, 10) : 'an unknown date')

/**
 * Keeps a snapshot of who said it (titles change after publication) and refuses to publish words the
 * speaker has not signed off: an approval of exactly this text (SHA-256) that was not revoked, or a sign-off
 * on record vouched for by server code (src/signoff/onRecord.ts). As a beforeChange hook it guards every path
 * that publishes: the publish transition, a report's bundle publish, a scheduled publish, the Local API.
 */
export const quoteSpeaker: CollectionBeforeChangeHook = async ({ data, originalDoc, req, collection }) => {
  const next = { ...data }
  const personId = refId(next.person ?? originalDoc?.person)
  if (personId && !next.speakerName) {
    const person = await req.payload.findByID({ collection: slugs.people, id: personId, depth: 0, disableErrors: true, req })
    if (person) {
      next.speakerName = person.name
      next.speakerHonorific ??= person.honorific
      next.speakerRole ??= person.roleTitle
    }
  }
  const errors: { path: string; message: string }[] = []
  if (!next.speakerName && !originalDoc?.speakerName) {
    errors.push({ path: 'speakerName', message: 'Choose the person quoted or enter their name.' })
  }
  const text: unknown = next.text ?? originalDoc?.text
  if (next._status === 'published' && typeof text === 'string') {
    const hash = textHash(text)
    const quoteId = refId(originalDoc?.id)
    const signedOff = onRecordFor(req.context, text) !== undefined || (quoteId !== undefined && (await hasValidSignOff(req, quoteId, hash)))
    if (!signedOff) {
      const declined = quoteId ? await latestDecisionOn(req, quoteId, hash) : undefined
      errors.push({
        path: 'signOff',
        message:
          declined?.decision === 'declined'
            ? `The speaker declined these words on ${day(declined.decidedAt)}: edit them and request a new sign-off.`
            : 'A quote can only be published once the speaker has signed off these exact words: request a sign-off.',
      })
    }
  }
  if (errors.length) throw new ValidationError({ collection: collection.slug, errors }, req.t)
  return next
}
