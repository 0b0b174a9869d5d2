import type { FieldHook, TextField } from 'payload'

const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

export const slugify = (value: string): string =>
  value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')

const fillFrom =
  (sourceField: string): FieldHook =>
  ({ value, data }) => {
    if (typeof value === 'string' && value.trim()) return value.trim()
    const source = data?.[sourceField]
    return typeof source === 'string' ? slugify(source) : value
  }

export const validateSlug = (value: unknown): true | string => {
  if (typeof value !== 'string' || value === '') return 'A slug is required (it is filled from the title when left empty).'
  return SLUG_PATTERN.test(value)
    ? true
    : 'Use lower-case letters, digits and single hyphens only, e.g. "impact-report-2024".'
}

/** URL segment filled from another field when left empty; unique unless the collection scopes it. */
export const slugField = (sourceField = 'title', options: { unique?: boolean } = {}): TextField => ({
  name: 'slug',
  type: 'text',
  // Not `required`: the hook fills it, so API clients may omit it; validateSlug still refuses an empty one.
  unique: options.unique ?? true,
  index: true,
  validate: validateSlug,
  hooks: { beforeValidate: [fillFrom(sourceField)] },
  admin: {
    position: 'sidebar',
    description: `Used in URLs. Filled from the ${sourceField} when left empty.`,
  },
})
