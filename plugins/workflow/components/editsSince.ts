import type { FormState } from 'payload'

/** A field the user changed while the refresh was on its way, with the value they left in it. */
type TypedEdit = { path: string; value: unknown }

/** Form values are JSON (text, numbers, IDs, rich-text trees): equal when they serialise alike. */
const sameValue = (a: unknown, b: unknown): boolean => a === b || JSON.stringify(a) === JSON.stringify(b)

/**
 * Fields whose value differs from the form as it was when the refresh was asked for: what the user typed meanwhile.
 * Only values of fields present in both: rows added, removed or moved meanwhile (an array's value is its row count)
 * are structure the server's state does not have, and putting back a count without its rows would break the array.
 */
export const editsSince = (before: FormState, now: FormState): TypedEdit[] =>
  Object.entries(now)
    .filter(([path, field]) => {
      const earlier = before[path]
      return earlier !== undefined && !('rows' in field) && !('rows' in earlier) && 'value' in field && !sameValue(field.value, earlier.value)
    })
    .map(([path, field]) => ({ path, value: field.value }))
