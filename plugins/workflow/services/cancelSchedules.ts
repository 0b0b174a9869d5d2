import type { PayloadRequest } from 'payload'
import type { DocumentID, SanitizedWorkflowOptions } from '../types.js'
import { notFound } from './errors.js'
import { recordEvent } from './events.js'
import { authoriseSchedule, cancelJobs } from './scheduleChecks.js'
import { listSchedules, setScheduleStatus, type ScheduleRecord } from './scheduleRecords.js'
import { inTransaction } from './transaction.js'
import { readWorkflowState } from './workflowState.js'

/** Cancels the pending schedules of a document (of one transition, or all); the jobs never fire. */
export const cancelSchedules = async (
  req: PayloadRequest,
  options: SanitizedWorkflowOptions,
  input: { collection: string; id: DocumentID; transition?: string },
): Promise<ScheduleRecord[]> => {
  const { collection, id } = input
  const pending = (await listSchedules(req, options, { collection, id, status: 'scheduled' })).filter(
    (p) => !input.transition || p.transition === input.transition,
  )
  if (!pending.length) {
    if (!options.collections.includes(collection)) throw notFound(`The collection "${collection}" has no workflow.`)
    throw notFound(`There is no pending ${input.transition ?? 'publish/unpublish'} schedule for this document.`)
  }
  let stage = ''
  for (const transition of new Set(pending.map((p) => p.transition))) {
    stage = readWorkflowState((await authoriseSchedule(req, options, collection, id, transition)).doc, options).stage
  }
  const { result } = await inTransaction(req, async () => {
    for (const schedule of pending) {
      await setScheduleStatus(req, options, schedule.id, { status: 'cancelled' })
      await recordEvent(req, options, {
        collection,
        docId: id,
        versionId: null,
        from: stage,
        to: stage,
        transition: 'unschedule',
        user: req.user?.id ?? null,
        comment: `${schedule.transition} at ${schedule.at} cancelled`,
      })
    }
    return pending.map((p) => ({ ...p, status: 'cancelled' as const }))
  })
  await cancelJobs(req, pending)
  return result
}
