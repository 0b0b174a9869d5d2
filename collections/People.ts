import type { CollectionConfig } from 'payload'
import { anyone, hasRole, isEditorOrAdmin } from '../src/access/index.js'
import { relationshipCell } from './fields/relationshipCell.js'
import { slugs } from './slugs.js'

export const People: CollectionConfig = {
  slug: slugs.people,
  labels: { singular: 'Person', plural: 'People' },
  admin: {
    group: 'Directory',
    useAsTitle: 'name',
    defaultColumns: ['name', 'honorific', 'roleTitle', 'organisation'],
    description: 'Named people quoted in reports, with their title as the report gives it.',
  },
  access: {
    read: anyone,
    create: hasRole('admin', 'editor', 'contributor'),
    update: isEditorOrAdmin,
    delete: isEditorOrAdmin,
  },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'honorific', type: 'text', admin: { width: '25%', description: 'e.g. Rt Hon, Dr, Professor' } },
        { name: 'name', type: 'text', required: true },
      ],
    },
    {
      name: 'roleTitle',
      type: 'text',
      admin: { description: 'As written in the report, e.g. "Chief Executive for Hertfordshire Community NHS Trust".' },
    },
    {
      name: 'email',
      type: 'email',
      // a speaker's address is for sign-off requests, never for the public pages or the API's anonymous readers
      access: { read: ({ req }) => Boolean(req.user) },
      admin: { description: 'Where sign-off requests for their quotes are sent. Never published.' },
    },
    { name: 'organisation', type: 'relationship', relationTo: slugs.organisations, admin: { components: relationshipCell } },
    { name: 'photo', type: 'upload', relationTo: slugs.media },
  ],
}
