import type { PayloadRequest } from 'payload'
import type { DocumentID, SanitizedWorkflowOptions } from '../types.js'
import { loadLatest } from './documents.js'
import { badRequest, forbidden, notFound, unauthorized } from './errors.js'
import { jobsAPI } from './localApi.js'
import { isPermitted } from './permissions.js'
import { ownEntry } from './ownEntry.js'
import type { ScheduleRecord } from './scheduleRecords.js'

/** The checks every schedule change shares: a signed-in user allowed to perform `transition` on an existing document. */
export const authoriseSchedule = async (req: PayloadRequest, options: SanitizedWorkflowOptions, collection: string, id: DocumentID, transition: string) => {
  const definition = ownEntry(options.transitions, transition)
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
export const cancelJobs = async (req: PayloadRequest, schedules: ScheduleRecord[]) => {
  for (const schedule of schedules) {
    if (!schedule.job) continue
    try {
      await jobsAPI(req).cancelByID({ id: schedule.job, req })
    } catch (error) {
      req.payload.logger.warn({ err: error, msg: `workflow: could not cancel job ${schedule.job}; its schedule is cancelled` })
    }
  }
}
