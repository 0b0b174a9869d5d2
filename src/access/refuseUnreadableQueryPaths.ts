import { APIError, type CollectionBeforeOperationHook, type Config, type Plugin } from 'payload'
import { joinedFields, unreadableInSort, unreadableInWhere, wholeReadCheck } from './queryPaths.js'

type QueryArgs = { field?: unknown; joins?: unknown; sort?: unknown; where?: unknown }

const refusal = (path: string): APIError<null> =>
  new APIError(
    `You cannot filter or sort through "${path}": it leads to documents you may not list. Filter by its ID instead.`,
    400,
    null,
    true,
  )

/**
 * Refuses (400) a where, sort, join query or distinct field of a read, count, update or delete that steps through
 * a relationship into a collection the caller may not read as a whole (see queryPaths.ts). Every API goes
 * through it: REST, GraphQL (whose sort is a free path) and the Local API with `overrideAccess: false`.
 */
export const refuseUnreadableQueryPaths: CollectionBeforeOperationHook = async ({ args, collection, overrideAccess, req }) => {
  if (overrideAccess) return args
  const query = args as QueryArgs
  const canReadWhole = wholeReadCheck(req)
  const fields = collection.flattenedFields
  const found =
    (await unreadableInWhere(req, canReadWhole, fields, query.where)) ??
    (await unreadableInSort(req, canReadWhole, fields, query.sort)) ??
    (await unreadableInSort(req, canReadWhole, fields, query.field))
  if (found) throw refusal(found)
  if (query.joins && typeof query.joins === 'object') {
    for (const [joinPath, join] of Object.entries(query.joins)) {
      const joinFields = joinedFields(req, fields, joinPath)
      if (!joinFields || !join || typeof join !== 'object') continue
      const { where, sort } = join as QueryArgs
      const inJoin = (await unreadableInWhere(req, canReadWhole, joinFields, where)) ?? (await unreadableInSort(req, canReadWhole, joinFields, sort))
      if (inJoin) throw refusal(`${joinPath}.${inJoin}`)
    }
  }
  return args
}

/** Adds the guard to every collection of the config (run it after plugins that add collections). */
export const queryPathGuard =
  (): Plugin =>
  (config: Config): Config => ({
    ...config,
    collections: (config.collections ?? []).map((collection) => ({
      ...collection,
      hooks: { ...collection.hooks, beforeOperation: [refuseUnreadableQueryPaths, ...(collection.hooks?.beforeOperation ?? [])] },
    })),
  })
