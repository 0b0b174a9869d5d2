/**
 * The four runtime values of `payload` that the mutated files use, for mutation runs only (jest.mutation.config.js
 * maps `payload` here). Loading Payload's real entry point costs seconds per mutant; these behave as Payload's do for
 * the callers under test: an APIError carries message, status and data; without `db.beginTransaction` (the in-memory
 * Local API has none) Payload starts no transaction. `npm test` runs the same tests against the real package.
 */
export class APIError<TData = null> extends Error {
  status: number
  data: TData
  isPublic: boolean
  constructor(message: string, status = 500, data: TData = null as TData, isPublic = false) {
    super(message)
    this.name = new.target.name
    this.status = status
    this.data = data
    this.isPublic = isPublic
  }
}

type TransactionRequest = { payload: { db: { beginTransaction?: unknown } }; transactionID?: unknown }

export const initTransaction = async (req: TransactionRequest): Promise<boolean> => {
  if (req.transactionID) return false
  if (typeof req.payload.db.beginTransaction !== 'function') return false
  throw new Error('payloadRuntime: transactions are not simulated')
}
export const commitTransaction = async (): Promise<void> => undefined
export const killTransaction = async (): Promise<void> => undefined
