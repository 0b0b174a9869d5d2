import { APIError, createLocalReq, type PayloadRequest, type TaskConfig, type TypedUser } from 'payload'
import { loadLatest } from '../services/documents.js'
import { recordEvent } from '../services/events.js'
import { localAPI } from '../services/localApi.js'
import { performTransition } from '../services/performTransition.js'
import { scheduledTransitionTaskSlug, setScheduleStatus, toScheduleRecord, type ScheduleRecord } from '../services/scheduleRecords.js'
import { inTransaction } from '../services/transaction.js'
import { readWorkflowState } from '../services/workflowState.js'
import type { SanitizedWorkflowOptions } from '../types.js'

type ScheduledTaskIO = { input: { schedule: string }; output: { outcome: string } }

/** The audit-trail name of a scheduled transition the workflow refused when its time came. */
export const scheduleFailedTransition = 'schedule-failed'

/**
 * Marks a schedule failed with the reason and records it in the audit trail, in one transaction of its own
 * (the job runner's req is shared by the jobs of one run, so it must not carry ours).
 */
const failSchedule = async (
  req: PayloadRequest,
  options: SanitizedWorkflowOptions,
  schedule: ScheduleRecord,
  scheduler: TypedUser | null,
  reason: string,
) => {
  const failReq = await createLocalReq({}, req.payload)
  await inTransaction(failReq, async () => {
    await setScheduleStatus(failReq, options, schedule.id, { status: 'failed', error: reason })
    const doc = await loadLatest(failReq, schedule.collection, schedule.docId)
    if (!doc) return // nothing left to keep a history for
    const stage = readWorkflowState(doc, options).stage
    await recordEvent(failReq, options, {
      collection: schedule.collection,
      docId: schedule.docId,
      versionId: null,
      from: stage,
      to: stage,
      transition: scheduleFailedTransition,
      user: scheduler?.id ?? null,
      comment: `${schedule.transition} at ${schedule.at} not performed: ${reason}`,
    })
  })
  return { output: { outcome: `failed: ${reason}` } }
}

/**
 * Performs a scheduled publish/unpublish when its time has come, as the user who scheduled it, checked again
 * now: they may have lost the role or been deleted since, or the item may have gone back to review. A schedule
 * cancelled meanwhile does nothing. A refusal marks the schedule failed (with an audit event) without retrying:
 * retrying would not help.
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

    const foundUser =
      schedule.scheduledBy === null
        ? null
        : await localAPI(req).findByID({ collection: options.usersSlug, id: schedule.scheduledBy, depth: 0, overrideAccess: true, disableErrors: true, req })
    // the user as they are now (role, organisations), as an authenticated request would carry them
    const scheduler = foundUser ? ({ ...foundUser, collection: options.usersSlug } as unknown as TypedUser) : null
    if (!scheduler) return failSchedule(req, options, schedule, null, `The user who scheduled this ${schedule.transition} no longer exists.`)
    // a request of its own: the job runner's req is shared by the jobs of one run
    const jobReq = await createLocalReq({ user: scheduler }, req.payload)
    try {
      await performTransition(jobReq, options, {
        collection: schedule.collection,
        id: schedule.docId,
        transition: schedule.transition,
        comment: schedule.comment ?? `Scheduled for ${schedule.at}`,
      })
    } catch (error) {
      // a server-side failure may pass: the schedule stays pending and the job retries
      if (!(error instanceof APIError) || error.status >= 500) throw error
      return failSchedule(req, options, schedule, scheduler, error.message)
    }
    await setScheduleStatus(req, options, schedule.id, { status: 'done' })
    return { output: { outcome: 'done' } }
  },
})
