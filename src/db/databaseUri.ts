import path from 'node:path'

export type DatabaseKind = 'sqlite' | 'postgres' | 'mongodb'

export const DEFAULT_SQLITE_FILE = 'data/impact-cms.db'

export class UnsupportedDatabaseUriError extends Error {
  constructor(uri: string) {
    const scheme = uri.split(':')[0] || uri
    super(
      `Unsupported DATABASE_URI scheme "${scheme}:" — use file: (SQLite), postgres:// or postgresql:// (Postgres), mongodb:// or mongodb+srv:// (MongoDB).`,
    )
    this.name = 'UnsupportedDatabaseUriError'
  }
}

/** Which adapter a DATABASE_URI selects; unset means the embedded SQLite file. */
export const databaseKindOf = (uri: string | undefined): DatabaseKind => {
  if (!uri || uri.startsWith('file:')) return 'sqlite'
  if (/^postgres(ql)?:\/\//.test(uri)) return 'postgres'
  if (/^mongodb(\+srv)?:\/\//.test(uri)) return 'mongodb'
  throw new UnsupportedDatabaseUriError(uri)
}

/**
 * The libsql URL for a `file:` URI (or the default file when unset), made absolute so the working
 * directory of whichever process opens it (server, Next, CLI) doesn't matter. In-memory URLs pass through.
 */
export const sqliteUrl = (uri: string | undefined): string => {
  if (!uri) return `file:${path.resolve(DEFAULT_SQLITE_FILE)}`
  const location = uri.slice('file:'.length)
  if (location.startsWith(':memory:') || location.startsWith('/')) return uri
  return `file:${path.resolve(location)}`
}
