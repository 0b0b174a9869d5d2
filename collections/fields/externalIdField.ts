import type { TextField } from 'payload'

/**
 * The key an imported row carries (the `externalId` column of an evidence import): a re-import updates the item
 * with the same key in the same report instead of adding it again. Unique per report (a compound index on the
 * collection); empty for items typed in the admin.
 */
export const externalIdField: TextField = {
  name: 'externalId',
  label: 'External ID',
  type: 'text',
  maxLength: 200,
  admin: {
    position: 'sidebar',
    description: 'Set by an import: the row key in the source file. A re-import updates the item with the same key.',
  },
}
