import type { Where, WhereField } from 'payload'

/** A related document the caller has already read, under the same access, from the collection's main table. */
export type KnownRelation = { path: string; doc: Record<string, unknown> }

type Decided = Where | boolean

const sameValue = (stored: unknown, wanted: unknown): boolean =>
  stored !== null && typeof stored !== 'object' && wanted !== null && typeof wanted !== 'object' && String(stored) === String(wanted)

/** One operator on one stored scalar; undefined when it cannot be decided here (the database will). */
const decide = (stored: unknown, operator: string, wanted: unknown): boolean | undefined => {
  if (stored !== null && stored !== undefined && typeof stored === 'object') return undefined
  switch (operator) {
    case 'equals':
      return stored === null || stored === undefined ? false : sameValue(stored, wanted)
    case 'not_equals':
      return stored === null || stored === undefined ? true : !sameValue(stored, wanted)
    case 'in':
      return Array.isArray(wanted) ? wanted.some((value) => sameValue(stored, value)) : undefined
    case 'not_in':
      return Array.isArray(wanted) ? !wanted.some((value) => sameValue(stored, value)) : undefined
    case 'exists':
      return typeof wanted === 'boolean' || wanted === 'true' || wanted === 'false'
        ? (stored !== null && stored !== undefined) === (wanted === true || wanted === 'true')
        : undefined
    default:
      return undefined
  }
}

const all = (parts: Decided[]): Decided => {
  if (parts.some((part) => part === false)) return false
  const open = parts.filter((part): part is Where => part !== true)
  return open.length === 0 ? true : open.length === 1 ? open[0] : { and: open }
}

const any = (parts: Decided[]): Decided => {
  if (parts.some((part) => part === true)) return true
  const open = parts.filter((part): part is Where => part !== false)
  return open.length === 0 ? false : open.length === 1 ? open[0] : { or: open }
}

const decideWhere = (where: Where, known: KnownRelation): Decided => {
  const prefix = `${known.path}.`
  const parts: Decided[] = []
  for (const [key, value] of Object.entries(where)) {
    if (key === 'and' || key === 'or') {
      const children = ((value ?? []) as Where[]).map((child) => decideWhere(child, known))
      parts.push(key === 'and' ? all(children) : any(children))
      continue
    }
    const field = key.startsWith(prefix) ? key.slice(prefix.length) : undefined
    // only the related document's own top-level fields, and only those it was read with (a field left out of its
    // select is unknown, not empty); a deeper path is another join: all left to the database
    if (!field || field.includes('.') || !Object.hasOwn(known.doc, field) || !value || typeof value !== 'object') {
      parts.push({ [key]: value } as Where)
      continue
    }
    const operators = Object.entries(value as WhereField).map(([operator, wanted]) => ({ operator, wanted, result: decide(known.doc[field], operator, wanted) }))
    const undecided = operators.filter((o) => o.result === undefined)
    const decided = operators.filter((o) => o.result !== undefined).map((o) => o.result as boolean)
    const rest: Decided = undecided.length ? ({ [key]: Object.fromEntries(undecided.map((o) => [o.operator, o.wanted])) } as Where) : true
    parts.push(all([...decided, rest]))
  }
  return all(parts)
}

/** Whether every document the query can match points at the known document (`path` equals its id, at the top). */
const pinsKnown = (where: Where, known: KnownRelation): boolean => {
  const condition = where[known.path] as WhereField | undefined
  if (condition && typeof condition === 'object' && sameValue(condition.equals, known.doc.id)) return true
  return Array.isArray(where.and) && where.and.some((child) => pinsKnown(child, known))
}

/**
 * Access rules of a report's children filter on the report (`report._status`), which the database answers with
 * a join and a second, distinct query. When the query pins `report` to one document that the caller has read
 * from the main table with the same access, those conditions are already decided by that document: they are
 * replaced by their outcome (`false`: nothing can match). Anything not decidable here stays in the query.
 */
export const decideKnownRelation = (where: Where, known: KnownRelation): Where | false => {
  if (!pinsKnown(where, known)) return where
  const decided = decideWhere(where, known)
  return decided === true ? {} : decided
}
