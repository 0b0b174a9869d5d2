import type { CollectionConfig, Field } from 'payload'

const selectDiff = '/src/admin/SelectDiff.js#SelectDiff'

/** Every select field (nested ones too) compared by SelectDiff unless it has its own Diff component. */
const withSelectDiff = (field: Field): Field => {
  switch (field.type) {
    case 'select':
      return field.admin?.components?.Diff ? field : { ...field, admin: { ...field.admin, components: { ...field.admin?.components, Diff: selectDiff } } }
    case 'row':
    case 'collapsible':
    case 'group':
    case 'array':
      return { ...field, fields: field.fields.map(withSelectDiff) }
    case 'tabs':
      return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: tab.fields.map(withSelectDiff) })) }
    default:
      return field
  }
}

/**
 * Version comparisons without raw values: Payload renders an unset select as `null` (it JSON-encodes the value);
 * SelectDiff shows nothing for it and labels for the rest.
 */
export const withReadableDiffs = (collections: CollectionConfig[]): CollectionConfig[] =>
  collections.map((collection) => (collection.versions ? { ...collection, fields: collection.fields.map(withSelectDiff) } : collection))
