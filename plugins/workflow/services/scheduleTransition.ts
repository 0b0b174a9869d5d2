import type { PayloadRequest } from 'payload'
import type { DocumentID, SanitizedWorkflowOptions } from '../types.js'
import { badRequest, conflict } from './errors.js'
import { recordEvent } from './events.js'
import { jobsAPI, localAPI } from './localApi.js'
import { authoriseSchedule, cancelJobs } from './scheduleChecks.js'
import { listSchedules, scheduledTransitionTaskSlug, setScheduleStatus, toScheduleRecord, type ScheduleRecord } from './scheduleRecords.js'
import { inTransaction } from './transaction.js'
import { readWorkflowState } from './workflowState.js'

/**
 * Plans a publish/unpublish for `at`, replacing a pending schedule of the same transition. The permission is
 * checked now, for the user scheduling it; the job later performs the transition on their behalf.
 */
export const scheduleTransition = async (
  req: PayloadRequest,
  options: SanitizedWorkflowOptions,
  input: { at: unknown; collection: string; comment?: null | string; id: DocumentID; transition: string },
): Promise<ScheduleRecord> => {
  const { collection, id, transition } = input
  const { definition, doc } = await authoriseSchedule(req, options, collection, id, transition)
  const at = typeof input.at === 'string' ? new Date(input.at) : new Date(Number.NaN)
  if (Number.isNaN(at.getTime())) throw badRequest('"at" must be an ISO 8601 date-time, e.g. "2030-01-31T09:00:00Z".')
  if (at.getTime() <= Date.now()) throw badRequest('"at" must be in the future.')
  const stage = readWorkflowState(doc, options).stage
  const pending = await listSchedules(req, options, { collection, id, status: 'scheduled' })
  // an unpublish may be planned after a pending publish (publish at 9:00, take down at 17:00)
  const afterPendingPublish =
    definition.status === 'unpublish' &&
    pending.some((p) => options.transitions[p.transition]?.status === 'publish' && new Date(p.at) < at)
  if (!definition.from.includes(stage) && !afterPendingPublish) {
    throw conflict(`Cannot schedule ${transition} for a document in stage "${stage}"; it needs to be ${definition.from.join(' or ')}.`, {
      stage,
    })
  }
  const comment = typeof input.comment === 'string' && input.comment.trim() ? input.comment.trim() : null
  const userId = req.user?.id ?? null
  const replaced = pending.filter((p) => p.transition === transition)
  const { result } = await inTransaction(req, async () => {
    for (const old of replaced) await setScheduleStatus(req, options, old.id, { status: 'cancelled' })
    const created = await localAPI(req).create({
      collection: options.slugs.schedules,
      data: { collection, docId: String(id), transition, at: at.toISOString(), status: 'scheduled', scheduledBy: userId, comment },
      depth: 0,
      overrideAccess: true,
      req,
    })
    const job = await jobsAPI(req).queue({
      task: scheduledTransitionTaskSlug,
      input: { schedule: String(created.id) },
      queue: options.queue,
      waitUntil: at,
      req,
    })
    const saved = await setScheduleStatus(req, options, created.id, { job: String(job.id) })
    await recordEvent(req, options, {
      collection,
      docId: id,
      versionId: null,
      from: stage,
      to: stage,
      transition: 'schedule',
      user: userId,
      comment: `${transition} at ${at.toISOString()}${comment ? `: ${comment}` : ''}`,
    })
    return toScheduleRecord(saved)
  })
  await cancelJobs(req, replaced)
  return result
}
