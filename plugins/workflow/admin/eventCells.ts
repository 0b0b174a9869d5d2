import type { CollectionConfig, Field } from 'payload'

export type EventCellPaths = { collection: string; document: string; stage: string; transition: string; user: string }

/** Which cell shows which audit-trail field. */
const cellOf = (paths: EventCellPaths): Record<string, string> => ({
  collection: paths.collection,
  docId: paths.document,
  transition: paths.transition,
  from: paths.stage,
  to: paths.stage,
  user: paths.user,
})

/**
 * The audit-trail list in words: transition and stage labels, the collection's name, the document's title linked
 * to it. Fields the host's override replaced keep their own cells.
 */
export const withEventCells = (collection: CollectionConfig, paths: EventCellPaths): CollectionConfig => {
  const cells = cellOf(paths)
  const withCell = (field: Field): Field => {
    if (!('name' in field) || !(field.name in cells) || field.admin?.components?.Cell) return field
    const Cell = cells[field.name]
    // narrowed per type: each field type has its own admin.components shape
    if (field.type === 'text') return { ...field, admin: { ...field.admin, components: { ...field.admin?.components, Cell } } }
    // a relationship field is a union (one/many/polymorphic) whose spread TypeScript cannot rebuild: assign instead
    if (field.type === 'relationship') return Object.assign({}, field, { admin: { ...field.admin, components: { ...field.admin?.components, Cell } } })
    return field
  }
  return { ...collection, fields: collection.fields.map(withCell) }
}
