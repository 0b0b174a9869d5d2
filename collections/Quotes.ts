import type { CollectionConfig } from 'payload'
import { reportChildAccess } from './access/reportAccess.js'
import { orderField } from './fields/orderField.js'
import { relationshipCell } from './fields/relationshipCell.js'
import { reportChildFields } from './fields/reportChildFields.js'
import { contributorsOwnOrganisationOnly } from './hooks/contributorsOwnOrganisationOnly.js'
import { linkToReport } from './hooks/linkToReport.js'
import { quoteSpeaker } from './hooks/quoteSpeaker.js'
import { slugs } from './slugs.js'

export const Quotes: CollectionConfig = {
  slug: slugs.quotes,
  labels: { singular: 'Quote', plural: 'Quotes' },
  admin: {
    group: 'Reporting',
    useAsTitle: 'speakerName',
    // the workflow adds its Stage column: one lifecycle, so Payload's `_status` is not a column
    defaultColumns: ['speakerName', 'context', 'report', 'speakerApproved'],
    description: "Words of a named person in a report. Needs the speaker's sign-off before it is published.",
  },
  access: reportChildAccess,
  // drafts are validated too: an incomplete item is refused with field errors, not stored half-made
  versions: { drafts: { validate: true }, maxPerDoc: 50 },
  // speaker snapshot first, then report linkage, then the scope check that reads the organisation
  hooks: { beforeChange: [quoteSpeaker, linkToReport({ goalFields: [] }), contributorsOwnOrganisationOnly] },
  fields: [
    ...reportChildFields,
    {
      name: 'person',
      type: 'relationship',
      relationTo: slugs.people,
      admin: { description: 'The speaker. Their name, honorific and role are copied below when left empty.', components: relationshipCell },
    },
    {
      type: 'row',
      fields: [
        { name: 'speakerHonorific', type: 'text', admin: { width: '20%' } },
        { name: 'speakerName', type: 'text' },
        { name: 'speakerRole', type: 'text', admin: { description: 'Their title as written at the time.' } },
      ],
    },
    { name: 'text', type: 'textarea', required: true, admin: { rows: 8, description: 'Verbatim; separate paragraphs with a blank line.' } },
    {
      name: 'context',
      type: 'select',
      required: true,
      defaultValue: 'statement',
      options: [
        { label: 'Foreword', value: 'foreword' },
        { label: 'Statement', value: 'statement' },
        { label: 'Case study', value: 'case-study' },
      ],
    },
    {
      name: 'speakerApproved',
      label: 'Speaker approved',
      type: 'checkbox',
      defaultValue: false,
      admin: {
        position: 'sidebar',
        description: 'The speaker has signed off these exact words.',
        components: { Cell: '/src/admin/YesNoCell.js#YesNoCell' },
      },
    },
    orderField,
  ],
}
