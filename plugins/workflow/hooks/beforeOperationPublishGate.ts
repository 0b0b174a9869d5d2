import type { CollectionBeforeOperationHook } from 'payload'
import { transitionWriteOf } from '../context.js'
import { forbidden } from '../services/errors.js'

/**
 * Publishing is a workflow transition. A create/update on behalf of a user (REST, GraphQL, admin or a Local API
 * call with `user`/`req`) may not set `_status: 'published'` (403) and is turned into a draft save; a restore
 * must be a draft restore. So the live version only changes through `publish`/`unpublish`. Writes without a
 * user (seeds, scripts) pass.
 */
export const beforeOperationPublishGate = (): CollectionBeforeOperationHook => (hook) => {
  const { collection, req } = hook
  if (!req.user) return hook.args
  // the runtime reports updateByID as 'update'; the types list both
  if (hook.operation === 'create' || hook.operation === 'update' || hook.operation === 'updateByID') {
    const args = hook.args
    const id = 'id' in args && (typeof args.id === 'string' || typeof args.id === 'number') ? args.id : undefined
    if (transitionWriteOf(req, collection.slug, id)) return args
    const data = args.data as Record<string, unknown> | undefined
    if (data?._status === 'published') {
      throw forbidden(
        `Content is published through the workflow: approve it, then POST /api/${collection.slug}/{id}/workflow/publish.`,
      )
    }
    return { ...args, draft: true }
  }
  // restoreVersion reads `draft` before this hook runs, so it cannot be turned into a draft save: refuse instead
  if (hook.operation === 'restoreVersion' && !hook.args.draft) {
    throw forbidden('Restore versions as drafts (?draft=true): what is live changes only through the workflow.')
  }
  return hook.args
}
