import type { CollectionConfig } from 'payload'
import { anyone, isEditorOrAdmin } from '../src/access/index.js'
import { provenanceField } from './fields/provenanceField.js'
import { relationshipCell } from './fields/relationshipCell.js'
import { slugField } from './fields/slugField.js'
import { slugs } from './slugs.js'

/**
 * What a metric measures, defined once so that the figures of different reports (and years) can be compared:
 * metrics that reference the same indicator form a series per organisation.
 */
export const Indicators: CollectionConfig = {
  slug: slugs.indicators,
  labels: { singular: 'Indicator', plural: 'Indicators' },
  admin: {
    group: 'Frameworks',
    useAsTitle: 'name',
    defaultColumns: ['name', 'unit', 'direction', 'goals'],
    description: 'A measure defined once (name, unit, which way is better, external codes) that metrics of every report can reference.',
    listSearchableFields: ['name', 'slug'],
  },
  defaultSort: 'name',
  access: { read: anyone, create: isEditorOrAdmin, update: isEditorOrAdmin, delete: isEditorOrAdmin },
  fields: [
    { name: 'name', type: 'text', required: true, admin: { description: 'e.g. "People served".' } },
    slugField('name'),
    { name: 'definition', type: 'textarea', admin: { description: 'What is counted and how, so that every report counts it the same way.' } },
    {
      type: 'row',
      fields: [
        { name: 'unit', type: 'text', admin: { description: 'e.g. people, %, £, tCO2e' } },
        {
          name: 'direction',
          type: 'select',
          required: true,
          defaultValue: 'higher',
          options: [
            { label: 'Higher is better', value: 'higher' },
            { label: 'Lower is better', value: 'lower' },
          ],
        },
      ],
    },
    {
      name: 'externalCodes',
      type: 'array',
      labels: { singular: 'External code', plural: 'External codes' },
      admin: { description: 'The same measure in a published scheme, e.g. TOMs NT1 or GRI 401-1.' },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'scheme',
              type: 'select',
              required: true,
              options: [
                { label: 'National TOMs (social value)', value: 'toms' },
                { label: 'GRI Standards', value: 'gri' },
                { label: 'UN SDG indicator', value: 'sdg-indicator' },
                { label: 'Other', value: 'other' },
              ],
            },
            { name: 'code', type: 'text', required: true, admin: { description: 'e.g. NT1, 401-1, 3.8.1' } },
          ],
        },
      ],
    },
    {
      name: 'goals',
      type: 'relationship',
      relationTo: slugs.goals,
      hasMany: true,
      admin: { description: 'The goals this indicator serves (of any framework edition).', components: relationshipCell },
    },
    provenanceField('Where this definition comes from: a published scheme, the report it was first used in, or editorial.'),
  ],
}
