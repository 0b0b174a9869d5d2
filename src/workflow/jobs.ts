import type { JobsConfig } from 'payload'
import { defaultQueue } from '../../plugins/workflow/defaults.js'
import type { Env } from './webhookEnv.js'

/**
 * Runs the workflow queue (scheduled publishing, webhook deliveries) every 10 seconds in this process. Payload
 * locks each job, so several instances can all run it; `JOBS_AUTORUN=false` leaves it to another worker.
 * Tests run jobs themselves (`payload.jobs.run`).
 */
export const workflowJobs = (env: Env = process.env): JobsConfig => ({
  autoRun: [{ cron: '*/10 * * * * *', queue: defaultQueue, limit: 20 }],
  shouldAutoRun: () => env.NODE_ENV !== 'test' && env.JOBS_AUTORUN !== 'false',
})
