import { AsyncLocalStorage } from 'node:async_hooks'
import { APIError, isolateObjectProperty, type BaseDatabaseAdapter, type DatabaseAdapterObj, type PayloadRequest } from 'payload'

/**
 * SQLite allows one writer. libsql opens each transaction on a connection of its own and answers a
 * second writer with SQLITE_BUSY at once (a busy_timeout would block Node's only thread, and with it
 * the transaction it waits for), so concurrent saves failed as 500s. Transactions of one process
 * therefore take turns here; across processes SQLite stays single-writer, which is why production
 * scale-out uses Postgres or MongoDB.
 */
type Queue = { tail: Promise<void> }

/**
 * One queue per database in the whole process: the Next admin bundle builds its own Payload instance
 * over the same file, and its writes must take turns with the API's.
 */
const queueFor = (key: string): Queue => {
  const registry = globalThis as typeof globalThis & { [k: symbol]: Queue | undefined }
  const symbol = Symbol.for(`impact-cms:transaction-queue:${key}`)
  return (registry[symbol] ??= { tail: Promise.resolve() })
}

/** Adapter methods that write. Payload passes each the request whose transaction it should use. */
const writeMethods = [
  'create',
  'createGlobal',
  'createGlobalVersion',
  'createVersion',
  'deleteMany',
  'deleteOne',
  'deleteVersions',
  'updateGlobal',
  'updateGlobalVersion',
  'updateJobs',
  'updateMany',
  'updateOne',
  'updateVersion',
  'upsert',
] as const satisfies readonly (keyof BaseDatabaseAdapter)[]

type WriteArgs = { req?: Partial<PayloadRequest> }

export const serializeTransactions = <T extends BaseDatabaseAdapter>(
  adapter: DatabaseAdapterObj<T>,
  options: { key: string; waitMs?: number },
): DatabaseAdapterObj<T> => ({
  ...adapter,
  init: (args) => {
    const db = adapter.init(args)
    const waitMs = options.waitMs ?? 15_000
    const begin = db.beginTransaction.bind(db)
    const commit = db.commitTransaction.bind(db)
    const rollback = db.rollbackTransaction.bind(db)
    const queue = queueFor(options.key)

    /** Resolves with a release function once every earlier transaction has ended. */
    const acquire = async (): Promise<() => void> => {
      let release!: () => void
      const mine = new Promise<void>((resolve) => (release = resolve))
      const previous = queue.tail
      queue.tail = previous.then(() => mine)
      let timer: NodeJS.Timeout | undefined
      const waited = await Promise.race([
        previous.then(() => true),
        new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), waitMs))),
      ])
      clearTimeout(timer)
      if (!waited) {
        // let the queue move on without us once our turn comes
        void previous.then(release)
        throw new APIError('The database is busy: please try again.', 503)
      }
      return release
    }
    const releases = new Map<string, () => void>()
    /**
     * The transaction holding the turn, and the async context that began it. Some Payload operations
     * write on purpose outside their own transaction (forgotPassword reserves its rate-limit slot with a
     * request whose transactionID is cleared). On SQLite that write needs the lock the operation's own
     * transaction holds, so it could only fail ("database is locked") or, if queued, wait forever.
     * A write without a transaction that comes from the holder's own async context therefore runs in
     * the holder's transaction; writes from anywhere else are left alone.
     */
    const ownerScope = new AsyncLocalStorage<object>()
    let holder: { owner: object; id: number | string } | undefined
    const finish = (id: unknown) => {
      const key = String(id)
      if (holder && String(holder.id) === key) holder = undefined
      releases.get(key)?.()
      releases.delete(key)
    }
    const inHolderTransaction = <A extends WriteArgs>(args: A): A => {
      if (!holder || args?.req?.transactionID || ownerScope.getStore() !== holder.owner) return args
      const req = isolateObjectProperty(args.req ?? {}, 'transactionID')
      req.transactionID = holder.id
      return { ...args, req }
    }
    for (const name of writeMethods) {
      const write = db[name] as unknown as (args: WriteArgs) => Promise<unknown>
      Object.assign(db, { [name]: (args: WriteArgs) => write.call(db, inHolderTransaction(args)) })
    }

    db.beginTransaction = async (transactionOptions) => {
      // Runs synchronously in the caller's async context, before any await: marks that context (and
      // what it awaits next) as this turn's owner. A fresh object per call, so stale marks match nothing.
      const owner = {}
      ownerScope.enterWith(owner)
      const release = await acquire()
      try {
        const id = await begin(transactionOptions)
        if (id === null) release()
        else {
          releases.set(String(id), release)
          holder = { owner, id }
        }
        return id
      } catch (error) {
        release()
        throw error
      }
    }
    db.commitTransaction = async (id) => {
      const key = await id
      try {
        await commit(key)
      } finally {
        finish(key)
      }
    }
    db.rollbackTransaction = async (id) => {
      const key = await id
      try {
        await rollback(key)
      } finally {
        finish(key)
      }
    }
    return db
  },
})
