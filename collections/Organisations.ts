import type { CollectionConfig } from 'payload'
import { anyone, isEditorOrAdmin } from '../src/access/index.js'
import { indicatorSeriesEndpoint } from '../src/delivery/indicatorSeriesEndpoint.js'
import { identifiersField } from './fields/identifiersField.js'
import { relationshipCell } from './fields/relationshipCell.js'
import { slugField } from './fields/slugField.js'
import { validateUrl } from './fields/validateUrl.js'
import { slugs } from './slugs.js'

export const Organisations: CollectionConfig = {
  slug: slugs.organisations,
  labels: { singular: 'Organisation', plural: 'Organisations' },
  admin: {
    group: 'Directory',
    useAsTitle: 'name',
    defaultColumns: ['name', 'type', 'regions', 'updatedAt'],
    description: 'Organisations that publish impact reports, and partners that co-author them.',
  },
  access: { read: anyone, create: isEditorOrAdmin, update: isEditorOrAdmin, delete: isEditorOrAdmin },
  // GET /api/organisations/{slug}/indicators/{indicator}/series
  endpoints: [indicatorSeriesEndpoint],
  fields: [
    { name: 'name', type: 'text', required: true },
    slugField('name'),
    {
      name: 'type',
      type: 'select',
      required: true,
      options: [
        { label: 'NHS trust', value: 'nhs-trust' },
        { label: 'Local authority', value: 'local-authority' },
        { label: 'University', value: 'university' },
        { label: 'Company', value: 'company' },
        { label: 'Charity', value: 'charity' },
        { label: 'Coalition or network', value: 'coalition' },
        { label: 'Other', value: 'other' },
      ],
    },
    identifiersField,
    {
      name: 'regions',
      type: 'text',
      hasMany: true,
      admin: { description: 'Areas served, as the organisation names them (e.g. Hertfordshire, West Essex).' },
    },
    {
      name: 'populationServed',
      type: 'group',
      admin: { description: 'How many people the organisation serves.' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'value', type: 'number', min: 0 },
            { name: 'description', type: 'text', admin: { description: 'As written, e.g. "more than 1.2 million people".' } },
          ],
        },
      ],
    },
    { name: 'description', type: 'richText' },
    { name: 'logo', type: 'upload', relationTo: slugs.media },
    { name: 'website', type: 'text', validate: validateUrl },
    {
      name: 'parent',
      type: 'relationship',
      relationTo: slugs.organisations,
      admin: { position: 'sidebar', description: 'e.g. the integrated care system a trust belongs to.', components: relationshipCell },
      filterOptions: ({ id }) => (id ? { id: { not_equals: id } } : true),
      validate: (value: unknown, { id }: { id?: string | number }) =>
        !value || !id || String(typeof value === 'object' ? (value as { id: unknown }).id : value) !== String(id) ||
        'An organisation cannot be its own parent.',
    },
  ],
}
