import type { CollectionConfig, Config, Plugin } from 'payload'
import { afterOperationETag, beforeDeleteIfMatch, beforeOperationClaimTarget, beforeValidateIfMatch } from './hooks.js'

/** Import-map path of the edit-view component (relative to `admin.importMap.baseDir`, the project root). */
const sendLoadedVersion = '/src/preconditions/admin/SendLoadedVersion.js#SendLoadedVersion'

const withPreconditions = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  admin: {
    ...collection.admin,
    components: {
      ...collection.admin?.components,
      edit: {
        ...collection.admin?.components?.edit,
        beforeDocumentControls: [...(collection.admin?.components?.edit?.beforeDocumentControls ?? []), sendLoadedVersion],
      },
    },
  },
  hooks: {
    ...collection.hooks,
    // first, so a stale write is refused before any other hook works on (or validation reports about) old data
    beforeOperation: [beforeOperationClaimTarget, ...(collection.hooks?.beforeOperation ?? [])],
    beforeValidate: [beforeValidateIfMatch, ...(collection.hooks?.beforeValidate ?? [])],
    beforeDelete: [beforeDeleteIfMatch, ...(collection.hooks?.beforeDelete ?? [])],
    afterOperation: [...(collection.hooks?.afterOperation ?? []), afterOperationETag],
  },
})

/**
 * Optimistic concurrency for every collection: reads of one document carry an `ETag`; `PATCH`/`DELETE` of it,
 * its workflow transitions and GraphQL update/delete mutations honour `If-Match` (stale → 412); the admin's edit
 * view sends the version it loaded with every save. List it last
 * in `plugins` so it also covers collections other plugins add.
 */
export const ifMatchPreconditions =
  (): Plugin =>
  (config: Config): Config => ({
    ...config,
    collections: (config.collections ?? []).map(withPreconditions),
  })
