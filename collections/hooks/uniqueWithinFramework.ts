import { ValidationError, type CollectionBeforeValidateHook } from 'payload'
import { refId } from '../../src/access/index.js'
import { slugs } from '../slugs.js'

/** A goal's number and slug identify it within its framework edition. */
export const uniqueWithinFramework: CollectionBeforeValidateHook = async ({ data, originalDoc, req, collection }) => {
  const framework = refId(data?.framework ?? originalDoc?.framework)
  if (!framework) return data
  const errors: { path: string; message: string }[] = []
  for (const path of ['number', 'slug'] as const) {
    const value = data?.[path] ?? originalDoc?.[path]
    if (value === undefined || value === null || value === '') continue
    const clash = await req.payload.find({
      collection: slugs.goals,
      where: {
        and: [
          { framework: { equals: framework } },
          { [path]: { equals: value } },
          ...(originalDoc?.id ? [{ id: { not_equals: originalDoc.id } }] : []),
        ],
      },
      limit: 1,
      depth: 0,
      pagination: false,
      req,
    })
    if (clash.docs.length) errors.push({ path, message: `Another goal in this framework already uses ${path} ${String(value)}.` })
  }
  if (errors.length) throw new ValidationError({ collection: collection.slug, errors }, req.t)
  return data
}
