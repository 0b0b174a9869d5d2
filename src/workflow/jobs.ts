import type { JobsConfig } from 'payload'
import { defaultQueue } from '../../plugins/workflow/defaults.js'
import type { Env } from './webhookEnv.js'

/**
 * Runs the workflow queue (scheduled publishing, webhook deliveries) in this process, every minute unless
 * `WORKFLOW_JOBS_CRON` says otherwise (a six-field cron adds seconds). Every run
 * opens a short write transaction; on SQLite, which refuses a second writer at once, a slower cron collides
 * less with editors' saves. On Postgres every instance may run it: claims are atomic (`atomicJobClaims.ts`), so
 * each job runs once. On MongoDB Payload's claim is not atomic: run it on one instance. `JOBS_AUTORUN=false`
 * leaves it to another worker. Tests run jobs themselves (`payload.jobs.run`).
 */
export const workflowJobs = (env: Env = process.env): JobsConfig => ({
  autoRun: [{ cron: env.WORKFLOW_JOBS_CRON || '* * * * *', queue: defaultQueue, limit: 20 }],
  shouldAutoRun: () => env.NODE_ENV !== 'test' && env.JOBS_AUTORUN !== 'false',
})
