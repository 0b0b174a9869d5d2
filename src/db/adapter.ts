import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'
import { migrations as postgresMigrations } from '../../migrations/postgres/index.js'
import { migrations as sqliteMigrations } from '../../migrations/sqlite/index.js'
import { withAtomicJobClaims } from '../workflow/atomicJobClaims.js'
import { databaseKindOf, sqliteUrl } from './databaseUri.js'
import { serializeTransactions } from './serializeTransactions.js'

/**
 * The database adapter chosen by the DATABASE_URI scheme. Development pushes the schema; production
 * (NODE_ENV=production) runs the committed migrations on first connection.
 */
export const databaseAdapter = (uri: string | undefined = process.env.DATABASE_URI): DatabaseAdapterObj => {
  switch (databaseKindOf(uri)) {
    case 'sqlite':
      return serializeTransactions(
        sqliteAdapter({
          client: { url: sqliteUrl(uri) },
          idType: 'uuid',
          // Off by default in SQLite: a multi-document write (e.g. a bundle publish) must be all or nothing.
          transactionOptions: {},
          migrationDir: 'migrations/sqlite',
          prodMigrations: sqliteMigrations,
          // readers never wait for the writer
          wal: true,
        }),
        { key: sqliteUrl(uri) },
      )
    case 'postgres':
      // several instances may share the database: each job is claimed by one of them
      return withAtomicJobClaims(
        postgresAdapter({
          pool: { connectionString: uri },
          idType: 'uuid',
          migrationDir: 'migrations/postgres',
          prodMigrations: postgresMigrations,
        }),
      )
    case 'mongodb':
      return mongooseAdapter({ url: uri as string })
  }
}
