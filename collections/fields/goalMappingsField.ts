import type { ArrayField } from 'payload'
import { refId } from '../../src/refs.js'
import { slugs } from '../slugs.js'
import { relationshipCell } from './relationshipCell.js'

/** How sure a correspondence between goals of two frameworks is. */
export const mappingBases = [
  { label: 'Official (published by a framework owner)', value: 'official' },
  { label: 'Inferred (editorial judgement)', value: 'inferred' },
] as const
export type MappingBasis = (typeof mappingBases)[number]['value']

/**
 * `mappings`: goals of other frameworks this goal corresponds to (Purpose Goal 8 ↔ SDG 3), each with its basis
 * and a note naming the source or the reasoning. Delivery rolls a report's evidence up along them (alignment).
 */
export const goalMappingsField: ArrayField = {
  name: 'mappings',
  type: 'array',
  labels: { singular: 'Mapping', plural: 'Mappings' },
  admin: {
    description: 'Corresponding goals in other frameworks, e.g. Good health and wellbeing ↔ SDG 3, with how the correspondence is known.',
  },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'goal',
          type: 'relationship',
          relationTo: slugs.goals,
          required: true,
          admin: { width: '60%', components: relationshipCell },
          filterOptions: ({ data }) => (data?.framework ? { framework: { not_equals: refId(data.framework) } } : true),
        },
        { name: 'basis', type: 'select', required: true, defaultValue: 'inferred', options: [...mappingBases], admin: { width: '40%' } },
      ],
    },
    { name: 'note', type: 'textarea', maxLength: 1000, admin: { description: 'The public source of an official mapping, or why it was inferred.' } },
  ],
}
