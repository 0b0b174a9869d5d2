import { commitTransaction, initTransaction, killTransaction, type PayloadRequest } from 'payload'

/** Runs `work` in one transaction on `req` (joining the request's own if it has one): all of it, or nothing. */
export const inOneTransaction = async <T>(req: PayloadRequest, work: () => Promise<T>): Promise<T> => {
  const owned = await initTransaction(req)
  try {
    const result = await work()
    if (owned) await commitTransaction(req)
    return result
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}
