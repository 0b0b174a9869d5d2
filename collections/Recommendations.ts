import type { CollectionConfig } from 'payload'
import { reportChildAccess } from './access/reportAccess.js'
import { orderField } from './fields/orderField.js'
import { goalsOfTheReportsEdition } from './fields/pickerFilters.js'
import { relationshipCell } from './fields/relationshipCell.js'
import { reportChildFields } from './fields/reportChildFields.js'
import { contributorsOwnOrganisationOnly } from './hooks/contributorsOwnOrganisationOnly.js'
import { goalsOfTheReportsEditionOnly } from './hooks/goalsInFramework.js'
import { linkToReport } from './hooks/linkToReport.js'
import { slugs } from './slugs.js'

export const Recommendations: CollectionConfig = {
  slug: slugs.recommendations,
  labels: { singular: 'Recommendation', plural: 'Recommendations' },
  admin: {
    group: 'Reporting',
    useAsTitle: 'title',
    // `status` is the recommendation's progress; the workflow adds its Stage column and Payload's `_status` is not shown
    defaultColumns: ['title', 'report', 'priority', 'status'],
    description: 'Where the organisation can go further. Carried from one report year to the next.',
  },
  access: reportChildAccess,
  // drafts are validated too: an incomplete item is refused with field errors, not stored half-made
  versions: { drafts: { validate: true }, maxPerDoc: 50 },
  // linkToReport settles the organisation that the scope check then reads
  hooks: { beforeChange: [linkToReport({ goalFields: ['goals'] }), contributorsOwnOrganisationOnly] },
  fields: [
    ...reportChildFields,
    { name: 'title', type: 'text', required: true },
    { name: 'description', type: 'textarea' },
    {
      name: 'goals',
      type: 'relationship',
      relationTo: slugs.goals,
      hasMany: true,
      admin: { components: relationshipCell },
      filterOptions: goalsOfTheReportsEdition,
      validate: goalsOfTheReportsEditionOnly,
    },
    {
      type: 'row',
      fields: [
        {
          name: 'priority',
          type: 'select',
          options: [
            { label: 'High', value: 'high' },
            { label: 'Medium', value: 'medium' },
            { label: 'Low', value: 'low' },
          ],
        },
        {
          name: 'status',
          // the label only: "Status" would read like the publishing status beside the workflow's stage
          label: 'Progress',
          type: 'select',
          // Postgres would otherwise name this enum like the drafts `_status` enum and clash.
          enumName: 'enum_recommendations_progress',
          required: true,
          defaultValue: 'proposed',
          options: [
            { label: 'Proposed', value: 'proposed' },
            { label: 'Accepted', value: 'accepted' },
            { label: 'In progress', value: 'in-progress' },
            { label: 'Done', value: 'done' },
          ],
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'owner', type: 'text', admin: { description: 'Who is responsible.' } },
        { name: 'dueDate', type: 'date', admin: { date: { pickerAppearance: 'dayOnly' } } },
      ],
    },
    {
      name: 'carriedFrom',
      type: 'relationship',
      relationTo: slugs.recommendations,
      admin: { description: "The same recommendation in an earlier year's report.", components: relationshipCell },
      filterOptions: ({ id }) => (id ? { id: { not_equals: id } } : true),
    },
    orderField,
  ],
}
