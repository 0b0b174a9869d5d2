import type { CollectionConfig, Field } from 'payload'
import { screenRichText, validateRichText } from './validateRichText.js'

const safeField = (field: Field): Field => {
  switch (field.type) {
    case 'richText':
      return {
        ...field,
        // first, so the field's own hooks, the editor's hooks and every validation see bare IDs and a sound shape
        hooks: { ...field.hooks, beforeValidate: [screenRichText, ...(field.hooks?.beforeValidate ?? [])] },
        validate: validateRichText(field.validate),
      }
    case 'tabs':
      return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: tab.fields.map(safeField) })) }
    case 'blocks':
      return { ...field, blocks: (field.blocks ?? []).map((block) => ({ ...block, fields: block.fields.map(safeField) })) }
    default:
      return 'fields' in field ? ({ ...field, fields: field.fields.map(safeField) } as Field) : field
  }
}

/**
 * The collections with every rich-text field, at any nesting, validated on write (see validateRichText) and its
 * references reduced to IDs. Applied once to the whole list, so a rich-text field added later is covered too.
 */
export const withSafeRichText = (collections: CollectionConfig[]): CollectionConfig[] =>
  collections.map((collection) => ({ ...collection, fields: collection.fields.map(safeField) }))
