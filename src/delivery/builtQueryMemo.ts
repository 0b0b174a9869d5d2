import { AsyncLocalStorage } from 'node:async_hooks'
import type { Payload } from 'payload'

/** drizzle's prepared relational query (SQLite): fixed SQL and parameters, rows mapped on every run. */
type PreparedQuery = { all: () => Promise<unknown> }
type RelationalQuery = { prepare: () => PreparedQuery }
type RelationalQueryBuilder = { findMany: (config?: unknown) => RelationalQuery | Promise<unknown> }
type DrizzleWithQueries = { query: Record<string, RelationalQueryBuilder> }

/** Distinct reads kept per table; the delivery's reads of a report repeat with the same inputs. */
const perTable = 500

/** The keyed read in progress; `taken` once its one relational query has run, so nothing else in it reuses the key. */
const keyedRead = new AsyncLocalStorage<{ key: string; taken: boolean }>()
const wrapped = new WeakSet<object>()

/** A Map that forgets its least recently used entry beyond `limit`. */
const boundedCache = <V>(limit: number) => {
  const entries = new Map<string, V>()
  return {
    get(key: string): V | undefined {
      const value = entries.get(key)
      if (value !== undefined) {
        entries.delete(key)
        entries.set(key, value)
      }
      return value
    },
    set(key: string, value: V) {
      entries.set(key, value)
      if (entries.size > limit) entries.delete(entries.keys().next().value as string)
    },
  }
}

/**
 * Each table's relational query builder keeps the queries it built for keyed reads: a read with the same key
 * runs the same SQL with the same parameters again (a fresh execution, fresh rows) without drizzle building it.
 * Only the adapter's own connection is wrapped: reads inside a transaction use the transaction's builders.
 */
const wrapBuilders = (drizzle: DrizzleWithQueries) => {
  for (const builder of Object.values(drizzle.query)) {
    const findMany = builder.findMany.bind(builder)
    const built = boundedCache<PreparedQuery>(perTable)
    builder.findMany = (config?: unknown) => {
      const read = keyedRead.getStore()
      if (!read || read.taken) return findMany(config)
      read.taken = true
      let prepared = built.get(read.key)
      if (!prepared) {
        prepared = (findMany(config) as RelationalQuery).prepare()
        built.set(read.key, prepared)
      }
      return prepared.all()
    }
  }
  wrapped.add(drizzle)
}

const sqliteDrizzle = (payload: Payload): DrizzleWithQueries | undefined => {
  const adapter = payload.db as unknown as { name?: string; drizzle?: DrizzleWithQueries }
  return adapter.name === 'sqlite' && adapter.drizzle?.query ? adapter.drizzle : undefined
}

/**
 * Runs one adapter read whose SQL is fully determined by `key` (the caller's exact inputs: collection, where with
 * its values and the caller's access, sort, select, limit) and that makes exactly one relational query on the
 * collection's main table — no join, no `select distinct` pre-query whose ids would end up in the SQL. Building
 * the SQL was the largest cost of a small uncached report (bench/RESULTS.md); the rows are always read afresh.
 * SQLite only (Postgres would need named prepared statements per connection).
 */
export const withBuiltQuery = <T>(payload: Payload, key: string, read: () => Promise<T>): Promise<T> => {
  const drizzle = sqliteDrizzle(payload)
  if (!drizzle) return read()
  if (!wrapped.has(drizzle)) wrapBuilders(drizzle)
  return keyedRead.run({ key, taken: false }, read)
}
