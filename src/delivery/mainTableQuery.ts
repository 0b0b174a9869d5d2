import type { FlattenedField, SanitizedCollectionConfig, Sort, Where } from 'payload'

/** Field types stored as one column of the collection's own table (when not localized and not hasMany). */
const columnTypes = new Set(['text', 'textarea', 'email', 'code', 'select', 'radio', 'number', 'checkbox', 'date', 'relationship', 'upload'])

const isColumn = (field: FlattenedField | undefined): boolean => {
  if (!field || !columnTypes.has(field.type) || ('localized' in field && field.localized)) return false
  if ('hasMany' in field && field.hasMany) return false
  // a polymorphic relationship lives in the rels table
  return !('relationTo' in field) || typeof field.relationTo === 'string'
}

const pathIsColumn = (config: SanitizedCollectionConfig, path: string): boolean =>
  path === 'id' || (!path.includes('.') && isColumn(config.flattenedFields.find((field) => field.name === path)))

const whereIsColumnsOnly = (config: SanitizedCollectionConfig, where: Where): boolean =>
  Object.entries(where).every(([key, value]) =>
    key === 'and' || key === 'or' ? ((value ?? []) as Where[]).every((child) => whereIsColumnsOnly(config, child)) : pathIsColumn(config, key),
  )

/**
 * Whether the adapter answers this where and sort from the collection's main table alone: every path a column of
 * it (no dotted path, array, hasMany, localized or polymorphic field, each of which joins another table and makes
 * the SQL adapters run a `select distinct` pre-query first).
 */
export const queriesMainTableOnly = (config: SanitizedCollectionConfig, where: Where, sort: Sort | undefined): boolean => {
  const sorts = sort === undefined ? [] : Array.isArray(sort) ? sort : [sort]
  return whereIsColumnsOnly(config, where) && sorts.every((path) => pathIsColumn(config, path.replace(/^-/, '')))
}
