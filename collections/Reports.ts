import type { CollectionConfig } from 'payload'
import { coverageMatrixEndpoint } from '../src/admin/coverage/coverageEndpoint.js'
import { reportCoverageEndpoint } from '../src/delivery/coverageEndpoint.js'
import { reportAccess } from './access/reportAccess.js'
import { organisationsTheUserMayWrite } from './fields/pickerFilters.js'
import { relationshipCell } from './fields/relationshipCell.js'
import { slugField } from './fields/slugField.js'
import { validateUrl } from './fields/validateUrl.js'
import { coverageField } from './fields/coverageField.js'
import { contributorsOwnOrganisationOnly } from './hooks/contributorsOwnOrganisationOnly.js'
import { coverageGoalsInFramework } from './hooks/coverageGoalsInFramework.js'
import { reportGoalsInFramework } from './hooks/reportGoalsInFramework.js'
import { slugs } from './slugs.js'
import { reportLivePreview } from '../src/livePreview/reportLivePreview.js'

const dateOnly = { date: { pickerAppearance: 'dayOnly' as const, displayFormat: 'd MMM yyyy' } }

export const Reports: CollectionConfig = {
  slug: slugs.reports,
  labels: { singular: 'Report', plural: 'Reports' },
  admin: {
    group: 'Reporting',
    useAsTitle: 'title',
    // the workflow adds its Stage column: one lifecycle, so Payload's `_status` is not a column
    defaultColumns: ['title', 'organisation', 'framework', 'publicationDate'],
    description: 'An impact report of one organisation against one framework edition.',
    // Payload live preview on the example site, when LIVE_PREVIEW_URL names it (src/livePreview)
    livePreview: reportLivePreview(),
    // "Export" (PDF, print HTML, CSV, JSON) in the edit view's ⋯ menu (src/admin/export)
    components: { edit: { editMenuItems: ['/src/admin/export/ExportMenu.js#ExportMenu'] } },
  },
  access: reportAccess,
  // drafts are validated too: an incomplete item is refused with field errors, not stored half-made
  versions: { drafts: { validate: true }, maxPerDoc: 50 },
  // linkage checks run before the contributor scope check, which reads the organisation they settle
  hooks: { beforeChange: [reportGoalsInFramework, coverageGoalsInFramework, contributorsOwnOrganisationOnly] },
  // GET /api/reports/coverage-matrix: the editors' dashboard heatmap (src/admin/coverage);
  // GET /api/reports/{slug}/coverage: the coverage block of the assembled report (src/delivery/coverageEndpoint.ts)
  endpoints: [coverageMatrixEndpoint, reportCoverageEndpoint],
  fields: [
    { name: 'title', type: 'text', required: true },
    slugField('title'),
    {
      type: 'tabs',
      tabs: [
        {
          label: 'Overview',
          fields: [
            {
              type: 'row',
              fields: [
                {
                  name: 'organisation',
                  type: 'relationship',
                  relationTo: slugs.organisations,
                  required: true,
                  index: true,
                  admin: { components: relationshipCell },
                  filterOptions: organisationsTheUserMayWrite,
                },
                {
                  name: 'partner',
                  type: 'relationship',
                  relationTo: slugs.organisations,
                  admin: { description: 'Co-author, e.g. the Purpose Coalition.', components: relationshipCell },
                },
              ],
            },
            {
              name: 'framework',
              type: 'relationship',
              relationTo: slugs.frameworks,
              required: true,
              admin: { description: 'The framework edition the report measures against.', components: relationshipCell },
            },
            {
              name: 'goals',
              type: 'relationship',
              relationTo: slugs.goals,
              hasMany: true,
              admin: { description: 'Goals the report reports against (from its framework edition).', components: relationshipCell },
              filterOptions: ({ data }) => (data?.framework ? { framework: { equals: data.framework } } : true),
            },
            {
              type: 'row',
              fields: [
                { name: 'periodFrom', type: 'date', admin: dateOnly },
                {
                  name: 'periodTo',
                  type: 'date',
                  admin: dateOnly,
                  validate: (value: unknown, { siblingData }: { siblingData: { periodFrom?: string | null } }) =>
                    !value || !siblingData?.periodFrom || new Date(String(value)) >= new Date(siblingData.periodFrom) ||
                    'The period must end on or after the day it starts.',
                },
                { name: 'publicationDate', type: 'date', admin: dateOnly },
              ],
            },
            { name: 'summary', type: 'textarea', admin: { description: 'One paragraph for listings and previews.' } },
            { name: 'sourceUrl', type: 'text', validate: validateUrl, admin: { description: 'Where the report or its announcement is published.' } },
          ],
        },
        {
          label: 'Composer',
          description: "The report against its framework edition's goals: evidence per goal, gaps, order.",
          // a `ui` field stores nothing: no column, no schema change
          fields: [{ name: 'composer', type: 'ui', admin: { components: { Field: '/src/admin/composer/ReportComposer.js#ReportComposer' } } }],
        },
        {
          label: 'Coverage',
          description: 'What the report says about every goal of its edition: covered, not applicable or planned, and why.',
          fields: [coverageField],
        },
        {
          label: 'Sections',
          description: 'The narrative of the report. Forewords are quotes; activities per goal are evidence.',
          fields: [
            { name: 'introduction', type: 'richText', admin: { description: 'Introduction to the organisation.' } },
            { name: 'journey', label: 'The journey to the goals', type: 'richText' },
            { name: 'analysis', type: 'richText' },
            { name: 'body', label: 'Further content', type: 'richText' },
          ],
        },
        {
          label: 'Contents',
          description: 'Items that belong to this report.',
          fields: [
            { name: 'quotes', type: 'join', collection: slugs.quotes, on: 'report', defaultLimit: 0, defaultSort: 'order' },
            { name: 'evidence', type: 'join', collection: slugs.evidence, on: 'report', defaultLimit: 0, defaultSort: 'order' },
            {
              name: 'recommendations',
              type: 'join',
              collection: slugs.recommendations,
              on: 'report',
              defaultLimit: 0,
              defaultSort: 'order',
            },
          ],
        },
        {
          label: 'Files',
          fields: [
            { name: 'coverImage', type: 'upload', relationTo: slugs.media },
            {
              name: 'pdf',
              label: 'PDF',
              type: 'upload',
              relationTo: slugs.media,
              filterOptions: { mimeType: { equals: 'application/pdf' } },
            },
          ],
        },
      ],
    },
  ],
}
