import { randomUUID } from 'node:crypto'
import { rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { CollectionConfig, Config, PayloadRequest } from 'payload'

/** A host hook the plugin must keep: it stamps the title so tests can see it still runs. */
export const hostBeforeChange: NonNullable<NonNullable<CollectionConfig['hooks']>['beforeChange']>[number] = ({ data }) => ({
  ...data,
  hostHookRan: true,
})

/**
 * A Payload config with nothing of impact-cms in it: `posts` with drafts and a `users` collection with a role,
 * on its own temporary SQLite file. Proves the workflow plugin is generic.
 */
export const minimalConfig = (): { config: Config; databaseFile: string; cleanup: () => void } => {
  const databaseFile = path.join(os.tmpdir(), `workflow-unit-${randomUUID()}.db`)
  const config: Config = {
    secret: 'unit-secret',
    admin: { user: 'users', avatar: 'default' },
    telemetry: false,
    typescript: { autoGenerate: false },
    db: sqliteAdapter({ client: { url: `file:${databaseFile}` }, idType: 'uuid', transactionOptions: {} }),
    endpoints: [{ path: '/host-endpoint', method: 'get', handler: () => Response.json({ host: true }) }],
    collections: [
      {
        slug: 'users',
        auth: true,
        fields: [
          { name: 'name', type: 'text' },
          { name: 'role', type: 'select', options: ['author', 'boss'], defaultValue: 'author', saveToJWT: true },
        ],
      },
      {
        slug: 'posts',
        versions: { drafts: true },
        admin: { useAsTitle: 'title' },
        hooks: { beforeChange: [hostBeforeChange] },
        endpoints: [{ path: '/host-post-endpoint', method: 'get', handler: () => Response.json({ host: true }) }],
        fields: [
          { name: 'title', type: 'text', required: true },
          { name: 'hostHookRan', type: 'checkbox' },
        ],
      },
      { slug: 'tags', fields: [{ name: 'name', type: 'text' }] },
    ],
    graphQL: {
      queries: (GraphQL) => ({ hostQuery: { type: GraphQL.GraphQLString, resolve: () => 'host' } }),
    },
  }
  const cleanup = () => {
    for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(databaseFile + suffix, { force: true })
  }
  return { config, databaseFile, cleanup }
}

/** The role of a user of the minimal config (its users are not impact-cms users, so not in payload-types). */
export const unitRoleOf = (req: PayloadRequest): unknown => (req.user as { role?: unknown } | null)?.role
