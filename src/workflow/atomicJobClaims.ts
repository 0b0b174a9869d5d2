import { sql, type PostgresAdapter } from '@payloadcms/db-postgres'
import type { DatabaseAdapterObj, UpdateJobsArgs } from 'payload'

/** One lock for every instance on the database: claims are short, so they simply take turns. */
const claimLockKey = 'impact-cms:payload-jobs:claim'

/** Payload claims jobs by setting `processing: true` on the ones it is about to run. */
const isClaim = (args: UpdateJobsArgs): boolean => args.data?.processing === true

/**
 * Makes claiming jobs atomic across instances on one Postgres database. Payload 3.90.2 claims in two steps in
 * one READ COMMITTED transaction (`runJobs` → `updateJobs`: select the runnable jobs with `processing = false`,
 * then update each by id), so two instances whose crons fire together both select the same jobs and both run
 * them (a scheduled publish performed twice, a webhook sent twice). Here every claim first takes a
 * transaction-scoped advisory lock: the second claimer waits for the first one's commit, and its select (a new
 * statement, a new snapshot) no longer sees the jobs just claimed. Needs READ COMMITTED (Postgres' default and
 * this project's): under REPEATABLE READ the snapshot would predate the wait. The lock is released on commit or
 * rollback, so a crashed instance never holds it.
 */
export const withAtomicJobClaims = (adapter: DatabaseAdapterObj<PostgresAdapter>): DatabaseAdapterObj<PostgresAdapter> => ({
  ...adapter,
  init: (args) => {
    const db = adapter.init(args)
    const updateJobs = db.updateJobs.bind(db)
    const lockIn = (transactionID: number | string) =>
      db.sessions[transactionID]?.db.execute(sql`select pg_advisory_xact_lock(hashtext(${claimLockKey}))`)

    db.updateJobs = async (jobArgs) => {
      if (!isClaim(jobArgs)) return updateJobs(jobArgs)
      const current = jobArgs.req?.transactionID ? await jobArgs.req.transactionID : undefined
      if (current && db.sessions[current]) {
        // Payload's updateJobs opens this transaction for the claim and commits right after: the lock lasts as long
        await lockIn(current)
        return updateJobs(jobArgs)
      }
      // called without a transaction: open one so the lock spans exactly the claim
      const own = await db.beginTransaction()
      if (!own) return updateJobs(jobArgs) // transactions turned off: nothing to hold a lock in
      try {
        await lockIn(own)
        const claimed = await updateJobs({ ...jobArgs, req: { ...jobArgs.req, transactionID: own } })
        await db.commitTransaction(own)
        return claimed
      } catch (error) {
        await db.rollbackTransaction(own)
        throw error
      }
    }
    return db
  },
})
