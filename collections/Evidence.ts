import type { CollectionConfig } from 'payload'
import { reportChildAccess } from './access/reportAccess.js'
import { metricsField } from './fields/metricsField.js'
import { orderField } from './fields/orderField.js'
import { externalIdField } from './fields/externalIdField.js'
import { reportChildFields } from './fields/reportChildFields.js'
import { goalsOfTheReportsEdition } from './fields/pickerFilters.js'
import { relationshipCell } from './fields/relationshipCell.js'
import { validateUrl } from './fields/validateUrl.js'
import { contributorsOwnOrganisationOnly } from './hooks/contributorsOwnOrganisationOnly.js'
import { goalsOfTheReportsEditionOnly } from './hooks/goalsInFramework.js'
import { linkToReport } from './hooks/linkToReport.js'
import { dropAssuranceOfChangedFigures, recordDroppedAssurance } from './hooks/metricAssuranceDrop.js'
import { metricPeriodsFromText } from './hooks/metricPeriods.js'
import { provenanceField } from './fields/provenanceField.js'
import { slugs } from './slugs.js'

export const Evidence: CollectionConfig = {
  slug: slugs.evidence,
  labels: { singular: 'Evidence', plural: 'Evidence' },
  // "evidence" is its own plural: distinct GraphQL names keep the schema from clashing.
  graphQL: { singularName: 'Evidence', pluralName: 'EvidenceItems' },
  admin: {
    group: 'Reporting',
    useAsTitle: 'title',
    // the workflow adds its Stage column: one lifecycle, so Payload's `_status` is not a column
    defaultColumns: ['title', 'goal', 'report', 'assurance'],
    description: 'A measurable impact: an activity mapped to one goal, with metrics and a source.',
  },
  access: reportChildAccess,
  // drafts are validated too: an incomplete item is refused with field errors, not stored half-made
  versions: { drafts: { validate: true }, maxPerDoc: 50 },
  // linkToReport settles the organisation that the scope check then reads
  hooks: {
    beforeValidate: [metricPeriodsFromText],
    beforeChange: [linkToReport({ goalFields: ['goal'] }), contributorsOwnOrganisationOnly, dropAssuranceOfChangedFigures],
    afterChange: [recordDroppedAssurance],
  },
  // an imported row's key is unique within its report: a re-import updates instead of duplicating (src/import)
  indexes: [{ fields: ['report', 'externalId'], unique: true }],
  fields: [
    ...reportChildFields,
    { name: 'title', type: 'text', required: true },
    {
      name: 'goal',
      type: 'relationship',
      relationTo: slugs.goals,
      required: true,
      index: true,
      admin: { description: "The goal this impact is evidence for, from the report's framework edition.", components: relationshipCell },
      filterOptions: goalsOfTheReportsEdition,
      validate: goalsOfTheReportsEditionOnly,
    },
    { name: 'description', type: 'textarea' },
    {
      type: 'row',
      fields: [
        {
          name: 'activityType',
          type: 'select',
          options: [
            { label: 'Programme', value: 'programme' },
            { label: 'Policy', value: 'policy' },
            { label: 'Service', value: 'service' },
            { label: 'Partnership', value: 'partnership' },
          ],
        },
        {
          name: 'assurance',
          type: 'select',
          required: true,
          defaultValue: 'self-reported',
          // the item's claim as a whole; figures carry their own assurance (metrics[].assurance), independent of this one
          admin: { description: 'How far the activity described here has been checked. Each metric has its own assurance for its figure.' },
          options: [
            { label: 'Self-reported', value: 'self-reported' },
            { label: 'Verified', value: 'verified' },
            { label: 'Audited', value: 'audited' },
          ],
        },
      ],
    },
    metricsField,
    {
      type: 'row',
      fields: [
        { name: 'beneficiaries', type: 'text', admin: { description: 'Who benefits, e.g. "vulnerable patients".' } },
        { name: 'area', type: 'text', admin: { description: 'Where, e.g. "Hertfordshire".' } },
      ],
    },
    {
      name: 'source',
      type: 'group',
      fields: [
        { name: 'citation', type: 'textarea', admin: { description: 'The words or document this impact is taken from.' } },
        { name: 'url', type: 'text', validate: validateUrl },
      ],
    },
    { name: 'attachments', type: 'upload', relationTo: slugs.media, hasMany: true },
    provenanceField('Where this impact and its goal come from: stated in the source under this goal, or inferred.'),
    orderField,
    externalIdField,
  ],
}
