import type { CollectionConfig } from 'payload'
import { reportChildAccess } from './access/reportAccess.js'
import { orderField } from './fields/orderField.js'
import { relationshipCell } from './fields/relationshipCell.js'
import { reportChildFields } from './fields/reportChildFields.js'
import { contributorsOwnOrganisationOnly } from './hooks/contributorsOwnOrganisationOnly.js'
import { linkToReport } from './hooks/linkToReport.js'
import { quoteSignOffRecords } from './hooks/quoteSignOffRecords.js'
import { quoteSpeaker } from './hooks/quoteSpeaker.js'
import { requestSignOffEndpoint } from '../src/signoff/requestEndpoint.js'
import { provenanceField } from './fields/provenanceField.js'
import { slugs } from './slugs.js'

export const Quotes: CollectionConfig = {
  slug: slugs.quotes,
  labels: { singular: 'Quote', plural: 'Quotes' },
  admin: {
    group: 'Reporting',
    useAsTitle: 'speakerName',
    // the workflow adds its Stage column: one lifecycle, so Payload's `_status` is not a column
    defaultColumns: ['speakerName', 'context', 'report', 'signOff'],
    description: "Words of a named person in a report. Published only once the speaker has signed off the exact words.",
  },
  access: reportChildAccess,
  // drafts are validated too: an incomplete item is refused with field errors, not stored half-made
  versions: { drafts: { validate: true }, maxPerDoc: 50 },
  // speaker snapshot first, then report linkage, then the scope check that reads the organisation
  hooks: {
    beforeChange: [quoteSpeaker, linkToReport({ goalFields: [] }), contributorsOwnOrganisationOnly],
    // an edit of the words revokes their sign-off; a sign-off on record (seed) is written down
    afterChange: [quoteSignOffRecords],
  },
  endpoints: [requestSignOffEndpoint],
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
      // the speaker's sign-off lives in `quote-sign-offs` (written by the server only); this shows it and asks for one
      name: 'signOff',
      label: 'Speaker approved',
      type: 'ui',
      admin: {
        position: 'sidebar',
        components: { Field: '/src/admin/signoff/SignOffPanel.js#SignOffPanel', Cell: '/src/admin/signoff/SignOffCell.js#SignOffCell' },
      },
    },
    provenanceField('Where these words were published (e.g. the press release they come from).'),
    orderField,
  ],
}
