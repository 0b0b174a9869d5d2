import type { FlattenedField, PayloadRequest, Where } from 'payload'

/**
 * Where-queries and sorts may follow relationships (`workflow.approvedBy.email`). Payload checks field access
 * on each step, but the row access of the collection it steps into is only applied on some paths (not on draft
 * and version queries, not on sorts), so totals and orderings could reveal documents the caller cannot read —
 * other users' emails, names and roles. The rule here is simpler and holds on every path and adapter: a query
 * may step through a relationship or join only into a collection the caller may read as a whole.
 */

type Fields = readonly FlattenedField[]

/** Memoised answers to "may the caller read every document of this collection?" for one query. */
export type WholeReadCheck = (slug: string) => Promise<boolean>

export const wholeReadCheck = (req: PayloadRequest): WholeReadCheck => {
  const answers = new Map<string, Promise<boolean>>()
  return (slug) => {
    let answer = answers.get(slug)
    if (!answer) {
      const read = req.payload.collections[slug as keyof typeof req.payload.collections]?.config.access.read
      // a query result (a Where) is partial access, which is exactly what a hop must not reveal
      answer = read ? Promise.resolve(read({ req })).then((result) => result === true) : Promise.resolve(false)
      answers.set(slug, answer)
    }
    return answer
  }
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const fieldsOf = (req: PayloadRequest, slug: string): Fields | undefined =>
  req.payload.collections[slug as keyof typeof req.payload.collections]?.config.flattenedFields

/** The collections a relationship, upload or join field leads to. */
const targetsOf = (field: FlattenedField): string[] => {
  if (field.type === 'join') return [field.collection].flat()
  if (field.type === 'relationship' || field.type === 'upload') return [field.relationTo].flat()
  return []
}

/** The fields one level below a group, array, named tab or blocks field; undefined for any other field. */
const childFieldsOf = (field: FlattenedField): Fields | undefined => {
  if (field.type === 'blocks') return field.blocks.flatMap((block) => block.flattenedFields)
  return 'flattenedFields' in field ? field.flattenedFields : undefined
}

/**
 * The first prefix of `segments` that steps into a collection the caller may not read as a whole, or undefined.
 * `nestedWhere` is the value of a `contains`/nested relationship query ending at the path, which also steps in.
 */
const unreadableHop = async (
  req: PayloadRequest,
  canReadWhole: WholeReadCheck,
  fields: Fields,
  segments: string[],
  nestedWhere?: Where,
): Promise<string | undefined> => {
  let current: Fields = fields
  for (let i = 0; i < segments.length; i++) {
    const field = current.find((candidate) => candidate.name === segments[i])
    // unknown paths are Payload's to refuse; it names them itself
    if (!field) return undefined
    const targets = targetsOf(field)
    if (targets.length) {
      let rest = segments.slice(i + 1)
      // polymorphic relationships are queried as `field.relationTo` / `field.value`
      if (targets.length > 1 && (rest[0] === 'relationTo' || rest[0] === 'value')) rest = rest.slice(1)
      const stepsIn = (rest.length > 0 && !(rest.length === 1 && rest[0] === 'id')) || (rest.length === 0 && nestedWhere !== undefined)
      if (!stepsIn) return undefined
      for (const target of targets) if (!(await canReadWhole(target))) return segments.slice(0, i + 1).join('.')
      const targetFields = targets.length === 1 ? fieldsOf(req, targets[0]) : undefined
      if (!targetFields) return undefined
      const inner =
        rest.length === 0 && nestedWhere
          ? await unreadableInWhere(req, canReadWhole, targetFields, nestedWhere)
          : await unreadableHop(req, canReadWhole, targetFields, rest, nestedWhere)
      // named from the start of the caller's path, as they wrote it
      return inner && `${segments.slice(0, i + 1).join('.')}.${inner}`
    }
    const children = childFieldsOf(field)
    if (!children) return undefined
    current = children
  }
  return undefined
}

/** Version queries name `version.<field>` and `parent` (the document itself). */
const documentPath = (path: string): string[] => {
  const segments = path.replace(/__/g, '.').split('.')
  return segments[0] === 'version' && segments.length > 1 ? segments.slice(1) : segments
}

/** The first path in `where` (at any depth of and/or) that steps into an unreadable collection, or undefined. */
export const unreadableInWhere = async (
  req: PayloadRequest,
  canReadWhole: WholeReadCheck,
  fields: Fields,
  where: unknown,
): Promise<string | undefined> => {
  if (!isPlainObject(where)) return undefined
  for (const [key, condition] of Object.entries(where)) {
    if ((key === 'and' || key === 'or') && Array.isArray(condition)) {
      for (const branch of condition) {
        const found = await unreadableInWhere(req, canReadWhole, fields, branch)
        if (found) return found
      }
      continue
    }
    const operators = isPlainObject(condition) ? Object.values(condition) : [condition]
    const nested = operators.find(isPlainObject) as Where | undefined
    const found = await unreadableHop(req, canReadWhole, fields, documentPath(key), nested)
    if (found) return found
  }
  return undefined
}

/** Sort arguments as Payload takes them: `'-a,b'` or `['-a', 'b']`. */
const sortPaths = (sort: unknown): string[] =>
  (Array.isArray(sort) ? sort : typeof sort === 'string' ? sort.split(',') : [])
    .filter((entry): entry is string => typeof entry === 'string')
    .map((entry) => entry.trim().replace(/^[-+]/, ''))
    .filter(Boolean)

/** The first sort path that steps into an unreadable collection, or undefined. */
export const unreadableInSort = async (
  req: PayloadRequest,
  canReadWhole: WholeReadCheck,
  fields: Fields,
  sort: unknown,
): Promise<string | undefined> => {
  for (const path of sortPaths(sort)) {
    const found = await unreadableHop(req, canReadWhole, fields, documentPath(path))
    if (found) return found
  }
  return undefined
}

/** The fields of the collection a join (named by its path in `fields`) lists, when the path names a join. */
export const joinedFields = (req: PayloadRequest, fields: Fields, joinPath: string): Fields | undefined => {
  let current: Fields | undefined = fields
  for (const segment of joinPath.split('.')) {
    const field: FlattenedField | undefined = current?.find((candidate) => candidate.name === segment)
    if (!field) return undefined
    if (field.type === 'join') return typeof field.collection === 'string' ? fieldsOf(req, field.collection) : undefined
    current = childFieldsOf(field)
  }
  return undefined
}
