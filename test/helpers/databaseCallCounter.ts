/** How often one piece of work reached the database: per adapter read method, and SQL statements (libsql). */
export type DatabaseCalls = { adapter: Record<string, number>; statements: number }

export const totalAdapterCalls = (calls: DatabaseCalls): number => Object.values(calls.adapter).reduce((a, b) => a + b, 0)

/**
 * Wraps every read method of a Payload database adapter (find…, count…, query…) and the libsql client's
 * `execute` with counters, for tests and benchmarks that prove a query count does not grow with the data.
 */
export const countDatabaseCalls = (db: object) => {
  let calls: DatabaseCalls = { adapter: {}, statements: 0 }
  const target = db as Record<string, unknown>
  for (const name of Object.keys(target)) {
    const method = target[name]
    if (typeof method !== 'function' || !/^(find|count|query)/.test(name)) continue
    target[name] = function (this: unknown, ...args: unknown[]) {
      calls.adapter[name] = (calls.adapter[name] ?? 0) + 1
      return (method as (...a: unknown[]) => unknown).apply(this, args)
    }
  }
  const client = target.client as { execute?: (...a: unknown[]) => unknown } | undefined
  if (client && typeof client.execute === 'function') {
    const execute = client.execute.bind(client)
    client.execute = (...args: unknown[]) => {
      calls.statements++
      return execute(...args)
    }
  }
  return {
    reset: () => {
      calls = { adapter: {}, statements: 0 }
    },
    /** The counts since the last reset, as a copy. */
    snapshot: (): DatabaseCalls => ({ adapter: { ...calls.adapter }, statements: calls.statements }),
  }
}
