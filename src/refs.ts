/** A relationship value as Payload returns it: an ID, or the related document when populated. */
export type Ref = string | number | { id: string | number }

/** The ID of a relationship value, populated or not; undefined when empty. */
export const refId = (ref: Ref | null | undefined): string | undefined =>
  ref === null || ref === undefined ? undefined : String(typeof ref === 'object' ? ref.id : ref)

/** The distinct IDs of one or many relationship values, empty ones left out. */
export const refIds = (value: unknown): string[] => {
  const list = Array.isArray(value) ? value : [value]
  return [...new Set(list.map((ref) => refId(ref as Ref | null | undefined)).filter((id): id is string => Boolean(id)))]
}
