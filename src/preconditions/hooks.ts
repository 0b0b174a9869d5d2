import type {
  CollectionAfterOperationHook,
  CollectionBeforeDeleteHook,
  CollectionBeforeOperationHook,
  CollectionBeforeValidateHook,
} from 'payload'
import { assertIfMatch } from './assertIfMatch.js'
import { claimForGraphQL, isTarget } from './target.js'
import { isTaggable, versionTag } from './versionTag.js'

/** GraphQL mutations name their document only in arguments: remember the first one written by id. */
export const beforeOperationClaimTarget: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  const id: unknown = 'id' in args ? args.id : undefined
  if ((operation === 'update' || operation === 'delete') && (typeof id === 'string' || typeof id === 'number')) {
    claimForGraphQL(req, { collection: collection.slug, id: String(id) })
  }
  return args
}

/** Collection beforeValidate is the first hook of an update that sees the stored document. */
export const beforeValidateIfMatch: CollectionBeforeValidateHook = async ({ collection, data, operation, originalDoc, req }) => {
  if (operation === 'update' && isTaggable(originalDoc)) await assertIfMatch(req, collection, originalDoc.id)
  return data
}

export const beforeDeleteIfMatch: CollectionBeforeDeleteHook = async ({ collection, id, req }) => {
  await assertIfMatch(req, collection, id)
}

/**
 * `ETag` on `GET /api/{collection}/{id}` (with `?draft=true`: the latest draft's) and on the answer to a
 * write of that document, so a client can chain conditional writes.
 */
export const afterOperationETag: CollectionAfterOperationHook = ({ args, collection, operation, req, result }) => {
  const id: unknown = 'id' in args ? args.id : undefined
  const isRead = operation === 'findByID' && req.method === 'GET'
  if ((isRead || operation === 'updateByID') && (typeof id === 'string' || typeof id === 'number') && isTarget(req, collection.slug, id) && isTaggable(result)) {
    ;(req.responseHeaders ??= new Headers()).set('ETag', versionTag(result))
  }
  return result
}
