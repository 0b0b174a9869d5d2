import { getLatestCollectionVersion, type PayloadRequest, type SanitizedCollectionConfig } from 'payload'
import { lockRowForUpdate } from './lockRowForUpdate.js'
import { PreconditionFailed } from './preconditionFailed.js'
import { ifMatchHeader, isSatisfied, isTarget, markSatisfied } from './target.js'
import { ifMatchSatisfied, isTaggable, versionTag } from './versionTag.js'

/**
 * Refuses (412) a write of the request's target document when its If-Match names another version than the
 * stored one. Runs inside the write's transaction, after the row lock, on a fresh read of the latest version
 * (the draft if newer, as `?draft=true` reads and as Payload's update builds on), so of two writes sent with
 * the same tag exactly one passes.
 */
export const assertIfMatch = async (req: PayloadRequest, collection: SanitizedCollectionConfig, id: number | string): Promise<void> => {
  const header = ifMatchHeader(req)
  const target = { collection: collection.slug, id: String(id) }
  if (!header || !isTarget(req, target.collection, id) || isSatisfied(req, target)) return
  await lockRowForUpdate(req, collection.slug, id)
  const current = await getLatestCollectionVersion({
    id,
    config: collection,
    payload: req.payload,
    query: { collection: collection.slug, where: { id: { equals: id } }, req },
    req,
  })
  // a missing document is the operation's own 404
  if (!isTaggable(current)) return
  const currentETag = versionTag(current)
  if (!ifMatchSatisfied(header, currentETag)) {
    ;(req.responseHeaders ??= new Headers()).set('ETag', currentETag)
    throw new PreconditionFailed({ currentETag, updatedAt: current.updatedAt })
  }
  markSatisfied(req, target)
}
