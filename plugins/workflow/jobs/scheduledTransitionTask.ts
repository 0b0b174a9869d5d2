import { APIError, createLocalReq, type TaskConfig, type TypedUser } from 'payload'
import { localAPI } from '../services/localApi.js'
import { performTransition } from '../services/performTransition.js'
import { scheduledTransitionTaskSlug, setScheduleStatus, toScheduleRecord } from '../services/scheduleRecords.js'
import type { SanitizedWorkflowOptions } from '../types.js'

type ScheduledTaskIO = { input: { schedule: string }; output: { outcome: string } }

/**
 * Performs a scheduled publish/unpublish when its time has come, as the user who scheduled it (their
 * permission was checked then). A schedule cancelled meanwhile does nothing. A transition the workflow refuses
 * (e.g. the item went back to review) marks the schedule failed without retrying: retrying would not help.
 */
export const scheduledTransitionTask = (options: SanitizedWorkflowOptions): TaskConfig<ScheduledTaskIO> => ({
  slug: scheduledTransitionTaskSlug,
  label: 'Workflow scheduled transition',
  retries: { attempts: 2, backoff: { type: 'exponential', delay: 5000 } },
  inputSchema: [{ name: 'schedule', type: 'text', required: true }],
  outputSchema: [{ name: 'outcome', type: 'text', required: true }],
  handler: async ({ input, req }) => {
    const found = await localAPI(req).findByID({
      collection: options.slugs.schedules,
      id: input.schedule,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
      req,
    })
    const schedule = found && toScheduleRecord(found)
    if (!schedule || schedule.status !== 'scheduled') return { output: { outcome: `skipped (${schedule?.status ?? 'missing'})` } }

    const user =
      schedule.scheduledBy === null
        ? null
        : await localAPI(req).findByID({ collection: options.usersSlug, id: schedule.scheduledBy, depth: 0, overrideAccess: true, disableErrors: true, req })
    // a request of its own: the job runner's req is shared by the jobs of one run
    const jobReq = await createLocalReq({ user: user ? ({ ...user, collection: options.usersSlug } as unknown as TypedUser) : undefined }, req.payload)
    try {
      await performTransition(jobReq, options, {
        collection: schedule.collection,
        id: schedule.docId,
        transition: schedule.transition,
        comment: schedule.comment ?? `Scheduled for ${schedule.at}`,
        scheduledBy: schedule.scheduledBy,
      })
    } catch (error) {
      // a server-side failure may pass: the schedule stays pending and the job retries
      if (!(error instanceof APIError) || error.status >= 500) throw error
      await setScheduleStatus(req, options, schedule.id, { status: 'failed', error: error.message })
      return { output: { outcome: `failed: ${error.message}` } }
    }
    await setScheduleStatus(req, options, schedule.id, { status: 'done' })
    return { output: { outcome: 'done' } }
  },
})
