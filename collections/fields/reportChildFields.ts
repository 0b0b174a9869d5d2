import type { Field } from 'payload'
import { slugs } from '../slugs.js'
import { reportsTheUserMayWrite } from './pickerFilters.js'
import { relationshipCell } from './relationshipCell.js'

/** The report a child belongs to, and the organisation copied from it for access filtering. */
export const reportChildFields: Field[] = [
  {
    name: 'report',
    type: 'relationship',
    relationTo: slugs.reports,
    required: true,
    index: true,
    admin: { position: 'sidebar', components: relationshipCell },
    filterOptions: reportsTheUserMayWrite,
  },
  {
    name: 'organisation',
    type: 'relationship',
    relationTo: slugs.organisations,
    index: true,
    admin: { position: 'sidebar', readOnly: true, description: "Copied from the report's organisation on save.", components: relationshipCell },
  },
]
