import type { Field } from 'payload'

/** Where a relationship value points: the collection and the id, when the value names one. */
export type Reference = { collection: string; id: string | number; path: string }
export type ShapeError = { path: string; message: string }

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value)
const isId = (value: unknown): value is string | number => typeof value === 'string' || typeof value === 'number'

/** The id a relationship value carries: an id, a populated document `{ id }`, or polymorphic `{ relationTo, value }`. */
const referenceOf = (field: { relationTo: string | string[] }, value: unknown, path: string): Reference | ShapeError | null => {
  if (value === null || value === '') return null
  if (isId(value)) {
    return typeof field.relationTo === 'string' ? { collection: field.relationTo, id: value, path } : { path, message: 'Name the collection: { relationTo, value }.' }
  }
  if (isPlainObject(value)) {
    if (typeof value.relationTo === 'string' && isId(value.value)) {
      const allowed = Array.isArray(field.relationTo) ? field.relationTo : [field.relationTo]
      return allowed.includes(value.relationTo)
        ? { collection: value.relationTo, id: value.value, path }
        : { path, message: `"${value.relationTo}" is not a collection this field may point to.` }
    }
    if (isId(value.id) && typeof field.relationTo === 'string') return { collection: field.relationTo, id: value.id, path }
  }
  return { path, message: 'Expected the ID of a document.' }
}

/**
 * Checks that incoming data has the shape of the collection's fields, where a wrong shape crashes Payload or the
 * database (500) rather than failing validation: groups must be objects, arrays and blocks lists of objects,
 * texts strings, numbers numbers, selects strings, relationships IDs (JSON and rich text are left to their own
 * validation). Collects every relationship target so the caller can check they exist
 * (a missing one is a foreign-key failure in SQL). Fields the data leaves out are not looked at.
 */
export const inspectShape = (fields: Field[], data: Record<string, unknown>, prefix = '') => {
  const errors: ShapeError[] = []
  const references: Reference[] = []
  const walk = (fieldList: Field[], value: Record<string, unknown>, at: string) => {
    for (const field of fieldList) {
      if (field.type === 'row' || field.type === 'collapsible') {
        walk(field.fields, value, at)
        continue
      }
      if (field.type === 'tabs') {
        for (const tab of field.tabs) {
          if ('name' in tab && tab.name) checkGroup(tab.fields, value[tab.name], `${at}${tab.name}`)
          else walk(tab.fields, value, at)
        }
        continue
      }
      if (!('name' in field) || !(field.name in value) || value[field.name] === undefined) continue
      const path = `${at}${field.name}`
      const current = value[field.name]
      switch (field.type) {
        case 'group':
          checkGroup(field.fields, current, path)
          break
        case 'array':
          checkRows(current, path, (row, rowPath) => walk(field.fields, row, `${rowPath}.`))
          break
        case 'blocks':
          checkRows(current, path, (row, rowPath) => {
            const block = field.blocks.find((b) => b.slug === row.blockType)
            if (!block) errors.push({ path: rowPath, message: 'Unknown blockType.' })
            else walk(block.fields, row, `${rowPath}.`)
          })
          break
        case 'select':
        case 'radio': {
          const hasMany = field.type === 'select' && field.hasMany
          const ok = hasMany ? current === null || (Array.isArray(current) && current.every((v) => typeof v === 'string')) : current === null || typeof current === 'string'
          if (!ok) errors.push({ path, message: hasMany ? 'Expected a list of options.' : 'Expected one of the options.' })
          break
        }
        case 'relationship':
        case 'upload': {
          const values = field.hasMany ? (current === null ? [] : Array.isArray(current) ? current : undefined) : [current]
          if (!values) {
            errors.push({ path, message: 'Expected a list of document IDs.' })
            break
          }
          values.forEach((item, index) => {
            const found = referenceOf(field, item, field.hasMany ? `${path}.${index}` : path)
            if (found && 'message' in found) errors.push(found)
            else if (found) references.push(found)
          })
          break
        }
        case 'text':
        case 'textarea':
        case 'email':
        case 'code': {
          const hasMany = field.type === 'text' && field.hasMany
          const ok = current === null || (hasMany ? Array.isArray(current) && current.every((v) => typeof v === 'string') : typeof current === 'string')
          if (!ok) errors.push({ path, message: hasMany ? 'Expected a list of texts.' : 'Expected text.' })
          break
        }
        case 'number': {
          const hasMany = field.hasMany
          const isNumber = (v: unknown) => typeof v === 'number' || (typeof v === 'string' && v.trim() !== '' && !Number.isNaN(Number(v)))
          const ok = current === null || current === '' || (hasMany ? Array.isArray(current) && current.every(isNumber) : isNumber(current))
          if (!ok) errors.push({ path, message: hasMany ? 'Expected a list of numbers.' : 'Expected a number.' })
          break
        }
        case 'checkbox':
          if (current !== null && typeof current !== 'boolean') errors.push({ path, message: 'Expected true or false.' })
          break
        case 'date':
          if (current !== null && current !== '' && !((typeof current === 'string' || current instanceof Date) && !Number.isNaN(new Date(current).getTime()))) {
            errors.push({ path, message: 'Expected a date (ISO 8601, e.g. 2026-01-31).' })
          }
          break
        default:
          break
      }
    }
  }
  const checkGroup = (fieldList: Field[], value: unknown, path: string) => {
    if (value === undefined) return
    if (!isPlainObject(value)) errors.push({ path, message: 'Expected an object.' })
    else walk(fieldList, value, `${path}.`)
  }
  const checkRows = (value: unknown, path: string, each: (row: Record<string, unknown>, rowPath: string) => void) => {
    // the admin's form sends an array or blocks field without rows as its row count, 0
    if (typeof value === 'number' && Number.isInteger(value) && value >= 0) return
    if (!Array.isArray(value)) {
      errors.push({ path, message: 'Expected a list.' })
      return
    }
    value.forEach((row, index) => {
      if (isPlainObject(row)) each(row, `${path}.${index}`)
      else errors.push({ path: `${path}.${index}`, message: 'Expected an object.' })
    })
  }
  walk(fields, data, prefix)
  return { errors, references }
}
