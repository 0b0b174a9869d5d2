import type { CollectionConfig } from 'payload'
import { anyone, isEditorOrAdmin } from '../src/access/index.js'
import { relationshipCell } from './fields/relationshipCell.js'
import { slugField } from './fields/slugField.js'
import { relabelGoalsOfFramework } from './hooks/goalLabel.js'
import { validateUrl } from './fields/validateUrl.js'
import { provenanceField } from './fields/provenanceField.js'
import { slugs } from './slugs.js'

export const Frameworks: CollectionConfig = {
  slug: slugs.frameworks,
  labels: { singular: 'Framework', plural: 'Frameworks' },
  admin: {
    group: 'Frameworks',
    useAsTitle: 'name',
    defaultColumns: ['name', 'edition', 'publisher', 'status'],
    description:
      'A goals framework in one edition (e.g. Purpose Goals, 2021 edition). A revision is a new edition; reports keep pointing at the edition they used.',
  },
  access: { read: anyone, create: isEditorOrAdmin, update: isEditorOrAdmin, delete: isEditorOrAdmin },
  hooks: { afterChange: [relabelGoalsOfFramework] },
  fields: [
    { name: 'name', type: 'text', required: true, admin: { description: 'e.g. Purpose Goals' } },
    slugField('name'),
    {
      type: 'row',
      fields: [
        { name: 'edition', type: 'text', required: true, admin: { description: 'e.g. 2021' } },
        { name: 'publisher', type: 'text', admin: { description: 'Who maintains the framework.' } },
      ],
    },
    { name: 'url', type: 'text', validate: validateUrl },
    { name: 'description', type: 'textarea' },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'active',
      options: [
        { label: 'Active', value: 'active' },
        { label: 'Retired', value: 'retired' },
      ],
      admin: { position: 'sidebar', description: 'Retired editions stay readable for the reports that used them.' },
    },
    {
      name: 'previousEdition',
      type: 'relationship',
      relationTo: slugs.frameworks,
      admin: { position: 'sidebar', description: 'The edition this one revises.', components: relationshipCell },
      filterOptions: ({ id }) => (id ? { id: { not_equals: id } } : true),
    },
    provenanceField('Where this edition is published, and what about it is inferred.'),
    {
      name: 'goals',
      type: 'join',
      collection: slugs.goals,
      on: 'framework',
      defaultLimit: 0,
      defaultSort: 'number',
    },
  ],
}
