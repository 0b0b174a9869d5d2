import type { FlattenedField } from 'payload'
import { refId, workflowFieldName } from './workflowState.js'

/** Bookkeeping that changes on every save without changing what readers see. */
const ignoredNames = new Set([workflowFieldName, '_status', 'updatedAt', 'createdAt', 'id', 'deletedAt'])

const isRelationship = (field: FlattenedField) => field.type === 'relationship' || field.type === 'upload'

/** A relationship value as comparable IDs, whether it arrives as IDs, populated documents or `{ relationTo, value }`. */
const normaliseRef = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(normaliseRef)
  if (value && typeof value === 'object' && 'relationTo' in value && 'value' in value) {
    const { relationTo, value: ref } = value as { relationTo: unknown; value: unknown }
    return `${String(relationTo)}:${String(refId(ref))}`
  }
  const id = refId(value)
  return id === null ? null : String(id)
}

/**
 * A value in canonical form: empty means null, object keys sorted, and array-row `id`s dropped (a client that
 * re-sends the same rows without their IDs has not changed the content).
 */
const normalise = (value: unknown): unknown => {
  if (value === undefined || value === null || value === '') return null
  if (value instanceof Date) return value.toISOString()
  if (Array.isArray(value)) return value.map(normalise)
  if (typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => key !== 'id')
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([key, v]) => [key, normalise(v)]),
    )
  }
  return value
}

/** The top-level fields whose content an update changes (sorted), leaving out workflow metadata and timestamps. */
export const changedFields = (
  fields: FlattenedField[],
  data: Record<string, unknown>,
  original: Record<string, unknown> | undefined,
): string[] =>
  fields
    .filter((field) => {
      if (ignoredNames.has(field.name) || field.type === 'join' || ('virtual' in field && field.virtual)) return false
      if (!(field.name in data)) return false
      const before = original?.[field.name]
      const after = data[field.name]
      const [a, b] = isRelationship(field) ? [normaliseRef(after), normaliseRef(before)] : [after, before]
      return JSON.stringify(normalise(a)) !== JSON.stringify(normalise(b))
    })
    .map((field) => field.name)
    .sort()

/** Whether an update changes what the document says, as opposed to its workflow metadata or timestamps. */
export const contentChanged = (
  fields: FlattenedField[],
  data: Record<string, unknown>,
  original: Record<string, unknown> | undefined,
): boolean => changedFields(fields, data, original).length > 0
