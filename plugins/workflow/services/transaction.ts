import { commitTransaction, initTransaction, killTransaction, type PayloadRequest } from 'payload'

/**
 * Runs `work` in the request's transaction, starting (and then committing) one when the request has none.
 * Any error rolls everything back: a transition and its audit event are written together or not at all.
 */
export const inTransaction = async <T>(req: PayloadRequest, work: () => Promise<T>): Promise<{ owned: boolean; result: T }> => {
  const owned = await initTransaction(req)
  try {
    const result = await work()
    if (owned) await commitTransaction(req)
    return { owned, result }
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}
