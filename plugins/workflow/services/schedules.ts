import type { PayloadRequest } from 'payload'
import type { ScheduleStatus } from '../collections/workflowSchedules.js'
import type { DocumentID, SanitizedWorkflowOptions, WorkflowDocument } from '../types.js'
import { loadLatest } from './documents.js'
import { badRequest, conflict, forbidden, notFound, unauthorized } from './errors.js'
import { recordEvent } from './events.js'
import { jobsAPI, localAPI } from './localApi.js'
import { isPermitted } from './permissions.js'
import { inTransaction } from './transaction.js'
import { readWorkflowState, refId } from './workflowState.js'

export const scheduledTransitionTaskSlug = 'workflowScheduledTransition'

export type ScheduleRecord = {
  at: string
  collection: string
  comment: null | string
  docId: string
  id: DocumentID
  job: null | string
  scheduledBy: DocumentID | null
  status: ScheduleStatus
  transition: string
}

export const toScheduleRecord = (doc: WorkflowDocument): ScheduleRecord => ({
  id: doc.id,
  collection: String(doc.collection),
  docId: String(doc.docId),
  transition: String(doc.transition),
  at: String(doc.at),
  status: doc.status as ScheduleStatus,
  scheduledBy: refId(doc.scheduledBy),
  comment: typeof doc.comment === 'string' ? doc.comment : null,
  job: typeof doc.job === 'string' ? doc.job : null,
})

/** Schedules of one document, soonest first. */
export const listSchedules = async (
  req: PayloadRequest,
  options: SanitizedWorkflowOptions,
  target: { collection: string; id: DocumentID; status?: ScheduleStatus },
): Promise<ScheduleRecord[]> => {
  const { docs } = await localAPI(req).find({
    collection: options.slugs.schedules,
    where: {
      and: [
        { collection: { equals: target.collection } },
        { docId: { equals: String(target.id) } },
        ...(target.status ? [{ status: { equals: target.status } }] : []),
      ],
    },
    sort: 'at',
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return docs.map(toScheduleRecord)
}

export const setScheduleStatus = (
  req: PayloadRequest,
  options: SanitizedWorkflowOptions,
  id: DocumentID,
  data: { error?: string; job?: string; status?: ScheduleStatus },
) => localAPI(req).update({ collection: options.slugs.schedules, id, data, depth: 0, overrideAccess: true, req })

/** The checks every schedule change shares: a signed-in user allowed to perform `transition` on an existing document. */
const authorise = async (req: PayloadRequest, options: SanitizedWorkflowOptions, collection: string, id: DocumentID, transition: string) => {
  const definition = options.transitions[transition]
  if (!definition) throw notFound(`Unknown workflow transition "${transition}".`)
  if (!definition.status) {
    const schedulable = Object.entries(options.transitions).filter(([, t]) => t.status).map(([name]) => name)
    throw badRequest(`Only ${schedulable.join(' and ')} can be scheduled.`)
  }
  if (!options.collections.includes(collection)) throw notFound(`The collection "${collection}" has no workflow.`)
  if (!req.user) throw unauthorized()
  const doc = await loadLatest(req, collection, id)
  if (!doc) throw notFound(`There is no ${collection} document with ID ${String(id)}.`)
  if (!(await isPermitted(options, req, transition, collection, doc))) {
    throw forbidden(`You are not allowed to ${definition.label.toLowerCase()} this document, so you cannot schedule it either.`)
  }
  return { definition, doc }
}

/**
 * Cancels the jobs of schedules already marked cancelled. Payload's job updates open a transaction of their own
 * (which SQLite would refuse while ours holds the write lock), so this runs after ours commits. Should it fail,
 * nothing fires anyway: the job finds its schedule cancelled and does nothing.
 */
const cancelJobs = async (req: PayloadRequest, schedules: ScheduleRecord[]) => {
  for (const schedule of schedules) {
    if (!schedule.job) continue
    try {
      await jobsAPI(req).cancelByID({ id: schedule.job, req })
    } catch (error) {
      req.payload.logger.warn({ err: error, msg: `workflow: could not cancel job ${schedule.job}; its schedule is cancelled` })
    }
  }
}

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
  const { definition, doc } = await authorise(req, options, collection, id, transition)
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
    stage = readWorkflowState((await authorise(req, options, collection, id, transition)).doc, options).stage
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
