import { ValidationError, type CollectionBeforeChangeHook } from 'payload'
import { refId } from '../../src/access/index.js'
import { slugs } from '../slugs.js'

/**
 * Keeps a snapshot of who said it (titles change after publication) and refuses to publish
 * words the speaker has not signed off.
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
  const approved = next.speakerApproved ?? originalDoc?.speakerApproved
  if (next._status === 'published' && !approved) {
    errors.push({ path: 'speakerApproved', message: 'A quote can only be published once the speaker has approved it.' })
  }
  if (errors.length) throw new ValidationError({ collection: collection.slug, errors }, req.t)
  return next
}
