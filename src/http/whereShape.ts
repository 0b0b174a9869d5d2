import { validOperators } from 'payload/shared'
import { NUL } from '../input/nulCharacters.js'

/**
 * Checks the shape of a `where` clause from a query string before Payload sees it. Payload trusts the shape
 * and the SQL adapters crash (500) on a list where a value is expected, on an object as a value, or on the
 * geographic operators for non-point fields; `page`-style mistakes are in queryGuard. Returns the problem, or
 * undefined when the clause is well-formed (whether its paths exist and may be read is still Payload's check).
 */

/** How deep `and` / `or` may nest: the admin's filters use two or three levels. */
export const maxWhereNesting = 4
/** How many field conditions one clause may hold. */
export const maxWhereConditions = 100

// This project has no point fields, so the geographic operators can only fail; allow them again with one.
const geographic = new Set(['near', 'within', 'intersects'])
const supported = new Set<string>(validOperators.filter((operator) => !geographic.has(operator)))
const takesList = new Set(['in', 'not_in', 'all'])
/** Operators Payload's SQL adapters leave unimplemented (drizzle's operator map has no `all`): a 500 there. */
export const sqlUnsupportedOperators: ReadonlySet<string> = new Set(['all'])

type Scalar = string | number | boolean | null
const isScalar = (value: unknown): value is Scalar => value === null || ['string', 'number', 'boolean'].includes(typeof value)
const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value)

const operandProblem = (operator: string, operand: unknown, at: string): string | undefined => {
  if (typeof operand === 'string' && operand.includes(NUL)) return `${at} may not contain NUL characters (\\u0000).`
  if (isScalar(operand)) return undefined
  if (takesList.has(operator) && Array.isArray(operand) && operand.every(isScalar)) return undefined
  return takesList.has(operator)
    ? `${at} takes a value or a list of values, not an object.`
    : `${at} takes a single value, not a list or an object.`
}

/** What the SQL adapters accept for a date: they pass an unparseable one on as `undefined`, and the query fails (500). */
const isDateValue = (value: Scalar) =>
  value === null || value === '' || value === 'null' || typeof value === 'boolean' || !Number.isNaN(new Date(value).getTime())

const dateProblem = (operator: string, operand: unknown, at: string): string | undefined => {
  const values = Array.isArray(operand) ? operand : takesList.has(operator) && typeof operand === 'string' ? operand.split(',') : [operand]
  const bad = values.find((value) => isScalar(value) && !isDateValue(value))
  return bad === undefined ? undefined : `${at}: "${String(bad)}" is not a date (use ISO 8601, e.g. 2026-01-31 or 2026-01-31T12:00:00Z).`
}

/** The type of the field at a where path, when known (see fieldTypeAt). */
export type FieldTypeAt = (path: string) => string | undefined

export const whereProblem = (
  where: unknown,
  name = 'where',
  typeAt: FieldTypeAt = () => undefined,
  unsupported: ReadonlySet<string> = new Set(),
): string | undefined => {
  let conditions = 0
  const check = (clause: unknown, at: string, nesting: number): string | undefined => {
    if (!isPlainObject(clause)) return `${at} must be an object of conditions, e.g. ${at}[title][equals]=….`
    for (const [key, value] of Object.entries(clause)) {
      const path = `${at}[${key}]`
      if (key === 'and' || key === 'or') {
        if (nesting >= maxWhereNesting) return `${path}: "and" / "or" may nest at most ${maxWhereNesting} levels deep.`
        const list = Array.isArray(value) ? value : isPlainObject(value) ? Object.values(value) : undefined
        if (!list) return `${path} must be a list of conditions, e.g. ${path}[0][title][equals]=….`
        for (const [index, item] of list.entries()) {
          const problem = check(item, `${path}[${index}]`, nesting + 1)
          if (problem) return problem
        }
        continue
      }
      if (key.includes(NUL)) return `${at} may not contain NUL characters (\\u0000).`
      if (!isPlainObject(value)) return `${path} must name an operator, e.g. ${path}[equals]=….`
      for (const [operator, operand] of Object.entries(value)) {
        if (geographic.has(operator)) return `${path}[${operator}]: the operator "${operator}" is not supported here (no geographic fields).`
        if (unsupported.has(operator)) return `${path}[${operator}]: the operator "${operator}" is not supported by this database.`
        if (!supported.has(operator)) return `${path}[${operator}]: unknown operator "${operator}". Use one of: ${[...supported].join(', ')}.`
        const problem =
          operandProblem(operator, operand, `${path}[${operator}]`) ??
          (operator !== 'exists' && typeAt(key) === 'date' ? dateProblem(operator, operand, `${path}[${operator}]`) : undefined)
        if (problem) return problem
        if (++conditions > maxWhereConditions) return `${name} has more than ${maxWhereConditions} conditions.`
      }
    }
    return undefined
  }
  return check(where, name, 0)
}
