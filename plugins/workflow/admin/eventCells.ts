import type { CollectionConfig, Field } from 'payload'

export type EventCellPaths = { collection: string; document: string; stage: string; transition: string }

/** Which cell shows which audit-trail field. */
const cellOf = (paths: EventCellPaths): Record<string, string> => ({
  collection: paths.collection,
  docId: paths.document,
  transition: paths.transition,
  from: paths.stage,
  to: paths.stage,
})

/**
 * The audit-trail list in words: transition and stage labels, the collection's name, the document's title linked
 * to it. Fields the host's override replaced keep their own cells.
 */
export const withEventCells = (collection: CollectionConfig, paths: EventCellPaths): CollectionConfig => {
  const cells = cellOf(paths)
  const withCell = (field: Field): Field => {
    if (!('name' in field) || !(field.name in cells) || field.type !== 'text') return field
    if (field.admin?.components?.Cell) return field
    return { ...field, admin: { ...field.admin, components: { ...field.admin?.components, Cell: cells[field.name] } } }
  }
  return { ...collection, fields: collection.fields.map(withCell) }
}
