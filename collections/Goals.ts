import type { CollectionConfig } from 'payload'
import { anyone, isEditorOrAdmin } from '../src/access/index.js'
import { goalMappingsField } from './fields/goalMappingsField.js'
import { relationshipCell } from './fields/relationshipCell.js'
import { slugField } from './fields/slugField.js'
import { setGoalLabel } from './hooks/goalLabel.js'
import { uniqueWithinFramework } from './hooks/uniqueWithinFramework.js'
import { slugs } from './slugs.js'

export const Goals: CollectionConfig = {
  slug: slugs.goals,
  labels: { singular: 'Goal', plural: 'Goals' },
  admin: {
    group: 'Frameworks',
    // pickers and relationship cells name the edition too: editions share titles
    useAsTitle: 'label',
    defaultColumns: ['number', 'title', 'framework', 'group'],
    description: 'The numbered goals of a framework edition, and how they map to goals of other frameworks.',
    listSearchableFields: ['title', 'slug'],
  },
  defaultSort: 'number',
  access: { read: anyone, create: isEditorOrAdmin, update: isEditorOrAdmin, delete: isEditorOrAdmin },
  // Compound uniqueness backs up the friendly check in the hook against concurrent writes.
  indexes: [
    { fields: ['framework', 'number'], unique: true },
    { fields: ['framework', 'slug'], unique: true },
  ],
  hooks: { beforeValidate: [uniqueWithinFramework], beforeChange: [setGoalLabel] },
  fields: [
    {
      name: 'framework',
      type: 'relationship',
      relationTo: slugs.frameworks,
      required: true,
      index: true,
      admin: { components: relationshipCell },
    },
    {
      type: 'row',
      fields: [
        { name: 'number', type: 'number', required: true, min: 1, admin: { width: '20%', step: 1 } },
        { name: 'title', type: 'text', required: true },
      ],
    },
    slugField('title', { unique: false }),
    {
      name: 'label',
      type: 'text',
      admin: { readOnly: true, position: 'sidebar', description: 'Number, title and edition, set on save: how pickers name this goal.' },
    },
    { name: 'summary', type: 'textarea' },
    {
      type: 'row',
      fields: [
        {
          name: 'group',
          type: 'select',
          options: [
            { label: 'Life stage', value: 'life-stage' },
            { label: 'Barrier to opportunity', value: 'barrier' },
          ],
          admin: { description: 'Purpose Goals cover life stages and the barriers that block opportunity.' },
        },
        {
          name: 'colour',
          type: 'text',
          validate: (v: unknown) => v == null || v === '' || /^#[0-9a-fA-F]{6}$/.test(String(v)) || 'Use a hex colour such as #1f7a8c.',
        },
      ],
    },
    { name: 'icon', type: 'upload', relationTo: slugs.media },
    goalMappingsField,
  ],
}
