import type { FlattenedField, SanitizedConfig } from 'payload'

/**
 * The type of the field a where path names in a collection (`publicationDate`, `metrics.value`,
 * `report.createdAt` through a relationship, `version.createdAt` on drafts), or undefined when the path does
 * not lead to one field. Payload validates the paths itself; this only tells the query guard what a value
 * must look like.
 */
export const fieldTypeAt = (config: SanitizedConfig, collectionSlug: string, path: string): FlattenedField['type'] | undefined => {
  let fields = config.collections.find((c) => c.slug === collectionSlug)?.flattenedFields
  const segments = path.split('.')
  if (segments[0] === 'version') segments.shift()
  for (const [index, segment] of segments.entries()) {
    const field = fields?.find((f) => f.name === segment)
    if (!field) return undefined
    if (index === segments.length - 1) return field.type
    if (field.type === 'group' || field.type === 'array' || field.type === 'tab') fields = field.flattenedFields
    else if ((field.type === 'relationship' || field.type === 'upload') && typeof field.relationTo === 'string') {
      const target = field.relationTo
      fields = config.collections.find((c) => c.slug === target)?.flattenedFields
    } else return undefined
    // array rows may be addressed by index: metrics.0.value
    if (/^\d+$/.test(segments[index + 1] ?? '')) segments.splice(index + 1, 1)
  }
  return undefined
}
