import type { CollectionConfig } from 'payload'
import { isStaff, nobody, or, ownOrganisation } from '../src/access/index.js'
import { relationshipCell } from './fields/relationshipCell.js'
import { slugs } from './slugs.js'

/**
 * The speaker's sign-off of a quote's exact words: one record per request (or per sign-off on record, for
 * words already published by the speaker's organisation). Written only by the server (src/signoff): the request
 * endpoint, the public sign-off page, the quote's hooks. Nobody creates, edits or deletes a record through an API.
 */
export const QuoteSignOffs: CollectionConfig = {
  slug: slugs.quoteSignOffs,
  labels: { singular: 'Speaker sign-off', plural: 'Speaker sign-offs' },
  graphQL: { singularName: 'QuoteSignOff', pluralName: 'QuoteSignOffs' },
  admin: {
    group: 'Reporting',
    useAsTitle: 'label',
    defaultColumns: ['label', 'source', 'decision', 'decidedAt', 'revokedAt'],
    description: 'Who approved or declined which exact words, and when. Request a sign-off from the quote.',
  },
  access: {
    read: or(isStaff, ownOrganisation()),
    create: nobody,
    update: nobody,
    delete: nobody,
  },
  fields: [
    { name: 'label', type: 'text', admin: { description: 'Who and which words, for lists: set when the record is written.' } },
    { name: 'quote', type: 'relationship', relationTo: slugs.quotes, required: true, index: true, admin: { components: relationshipCell } },
    { name: 'organisation', type: 'relationship', relationTo: slugs.organisations, index: true, admin: { components: relationshipCell } },
    { name: 'person', type: 'relationship', relationTo: slugs.people, admin: { description: 'Who signs off: the person quoted.', components: relationshipCell } },
    {
      name: 'source',
      type: 'select',
      required: true,
      options: [
        { label: 'Signed-off through an emailed link', value: 'link' },
        { label: 'Published statement (words the speaker’s organisation published)', value: 'published-statement' },
      ],
    },
    { name: 'note', type: 'textarea', admin: { description: 'Where a published statement appeared (its provenance).' } },
    { name: 'text', type: 'textarea', required: true, admin: { description: 'The exact words shown to the speaker.' } },
    { name: 'textHash', type: 'text', required: true, index: true, admin: { description: 'SHA-256 (hex) of those words.' } },
    { name: 'requestedAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'requestedBy', type: 'relationship', relationTo: slugs.users },
    { name: 'expiresAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
    // a hash, so that reading the database never yields a working link
    { name: 'nonceHash', type: 'text', hidden: true },
    { name: 'usedAt', type: 'date', admin: { description: 'When the link was used: it works once.' } },
    {
      name: 'decision',
      type: 'select',
      options: [
        { label: 'Approved', value: 'approved' },
        { label: 'Declined', value: 'declined' },
      ],
    },
    { name: 'decidedAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'comment', type: 'textarea' },
    { name: 'revokedAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'revokedReason', type: 'text' },
    { name: 'revokedBy', type: 'relationship', relationTo: slugs.users },
  ],
}
