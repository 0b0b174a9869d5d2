import {
  appendVersionToQueryKey,
  combineQueries,
  executeAccess,
  getQueryDraftsSort,
  type CollectionSlug,
  type DataFromCollectionSlug,
  type FlattenedField,
  type PayloadRequest,
  type SanitizedCollectionConfig,
  type SelectType,
  type Sort,
  type Where,
} from 'payload'

import { withBuiltQuery } from './builtQueryMemo.js'
import { decideKnownRelation, type KnownRelation } from './knownRelation.js'
import { queriesMainTableOnly } from './mainTableQuery.js'

export type DeliveryFindArgs<Slug extends CollectionSlug> = {
  collection: Slug
  where: Where
  sort?: Sort
  select?: SelectType
  /** Latest versions (the request's decision, see renderReport). */
  draft: boolean
  limit?: number
  /**
   * The caller renders rich text from the stored JSON itself (media and links resolved by id, src/delivery/html):
   * Payload's rich-text afterRead (populating nodes at depth > 0) adds nothing at depth 0, so it does not force
   * the slow path.
   */
  rawRichText?: boolean
  /** A related document the query is pinned to, already read by the caller (knownRelation.ts); not with `draft`. */
  known?: KnownRelation
  /** Server-side reads of records readers may not list themselves (e.g. quote sign-offs): no access query. */
  overrideAccess?: boolean
}

/** Field types whose read-time work Payload does in afterRead even without hooks (rich text runs the editor's hooks). */
const typesWithReadWork = new Set(['richText', 'join', 'point'])

/** Whether reading these fields (all when `select` is undefined) needs any of Payload's per-document afterRead work. */
const fieldsNeedAfterRead = (fields: FlattenedField[], select: SelectType | undefined, rawRichText: boolean): boolean =>
  fields.some((field) => {
    const selected = select === undefined ? true : select[field.name]
    if (!selected) return false
    const readWork = typesWithReadWork.has(field.type) && !(rawRichText && field.type === 'richText')
    if (readWork || field.hidden === true || ('virtual' in field && field.virtual)) return true
    if (field.access?.read || ('hooks' in field && field.hooks?.afterRead?.length)) return true
    const nested = typeof selected === 'object' ? (selected as SelectType) : undefined
    if ('flattenedFields' in field && field.flattenedFields) return fieldsNeedAfterRead(field.flattenedFields, nested, rawRichText)
    if (field.type === 'blocks') return field.blocks.some((block) => fieldsNeedAfterRead(block.flattenedFields, undefined, rawRichText))
    return false
  })

type Doc = Record<string, unknown>

/**
 * What Payload's afterRead keeps of a document read with an include-mode `select`: the id and the selected
 * keys (the adapter also returns every other key, as undefined).
 */
const pickSelected = (doc: Doc, select: SelectType): Doc => {
  const picked: Doc = { id: doc.id }
  for (const [key, selected] of Object.entries(select)) {
    if (!selected || !(key in doc)) continue
    const value = doc[key]
    if (selected === true || value === null || typeof value !== 'object') picked[key] = value
    else picked[key] = Array.isArray(value) ? value.map((row: Doc) => pickSelected(row, selected as SelectType)) : pickSelected(value as Doc, selected as SelectType)
  }
  return picked
}

const includeMode = (select: SelectType | undefined): select is SelectType =>
  Boolean(select) && Object.values(select as SelectType).some((value) => value !== false)

const leanCache = new WeakMap<SanitizedCollectionConfig, Map<string, boolean>>()

/**
 * Whether documents of this collection, read with this `select`, come out of the database adapter exactly as
 * Payload's `find` would return them at depth 0: no collection read hooks, no auth or upload fields (their
 * afterRead builds URLs and strips secrets), and none of the selected fields hidden, virtual, access-guarded,
 * hooked or rich text. Decided once per collection and select.
 */
export const readsLean = (config: SanitizedCollectionConfig, select: SelectType | undefined, rawRichText = false): boolean => {
  const key = `${rawRichText}:${JSON.stringify(select ?? null)}`
  const known = leanCache.get(config) ?? new Map<string, boolean>()
  leanCache.set(config, known)
  const cached = known.get(key)
  if (cached !== undefined) return cached
  const lean =
    !config.hooks?.beforeRead?.length &&
    !config.hooks?.afterRead?.length &&
    !config.auth &&
    !config.upload &&
    !fieldsNeedAfterRead(config.flattenedFields, select, rawRichText)
  known.set(key, lean)
  return lean
}

/**
 * A read of the collection's main table. When it touches no other table, its SQL is fully determined by these
 * inputs (the caller's access is in `where`), so the adapter's built query is kept for the next identical read
 * (builtQueryMemo.ts).
 */
const publishedRead = (
  req: PayloadRequest,
  config: SanitizedCollectionConfig,
  read: { where: Where; sort: Sort | undefined; select: SelectType | undefined; limit: number; draft: boolean },
) => {
  const run = () =>
    req.payload.db.find({ collection: config.slug, ...read, pagination: false, draftsEnabled: read.draft, req })
  if (!queriesMainTableOnly(config, read.where, read.sort)) return run()
  return withBuiltQuery(req.payload, JSON.stringify([config.slug, read.where, read.sort, read.select ?? null, read.limit, read.draft]), run)
}

/**
 * The delivery's fixed queries (depth 0, no pagination) on collections without join fields, read as `req.user` with the collection's
 * read access applied once as a query — like `payload.find` with `overrideAccess: false` — but straight from
 * the adapter when `readsLean` says Payload's per-document afterRead walk would not change a document: that
 * walk was the largest cost of an uncached assembled report (bench/RESULTS.md). Otherwise, or when the
 * collection has no drafts to match `draft`, it is `payload.find`. The query paths are the delivery's own (no
 * caller input), so Payload's where/sort path validation is not repeated here.
 */
export const deliveryFind = async <Slug extends CollectionSlug>(
  req: PayloadRequest,
  args: DeliveryFindArgs<Slug>,
): Promise<DataFromCollectionSlug<Slug>[]> => {
  const { payload } = req
  const { where, sort, select, draft, limit = 0 } = args
  const collection: CollectionSlug = args.collection
  const config = payload.collections[collection].config
  const withDrafts = draft && Boolean(config.versions?.drafts)
  const overrideAccess = args.overrideAccess ?? false
  if (!readsLean(config, select, args.rawRichText)) {
    const found = await payload.find({ req, user: req.user, overrideAccess, depth: 0, pagination: false, draft, collection, where, sort, select, limit })
    return found.docs as DataFromCollectionSlug<Slug>[]
  }
  // throws Forbidden when access is false, as payload.find does
  const access = overrideAccess ? true : await executeAccess({ req }, config.access.read)
  let fullWhere = combineQueries(where, access)
  if (config.trash) fullWhere = combineQueries(fullWhere, { deletedAt: { exists: false } })
  // the known document was read from the main table: it cannot decide conditions on the versions' rows
  const decided = args.known && !draft ? decideKnownRelation(fullWhere, args.known) : fullWhere
  if (decided === false) return []
  const result = withDrafts
    ? await payload.db.queryDrafts({
        collection,
        where: appendVersionToQueryKey(decided),
        sort: getQueryDraftsSort({ collectionConfig: config, sort: sort ?? config.defaultSort }),
        select: select ? ({ parent: true, version: select } as SelectType) : undefined,
        pagination: false,
        limit,
        req,
      })
    : await publishedRead(req, config, { where: decided, sort: sort ?? config.defaultSort, select, limit, draft })
  const docs = includeMode(select) ? (result.docs as Doc[]).map((doc) => pickSelected(doc, select)) : result.docs
  return docs as DataFromCollectionSlug<Slug>[]
}
