import type { PayloadRequest } from 'payload'
import type { ScheduleStatus } from '../collections/workflowSchedules.js'
import type { DocumentID, SanitizedWorkflowOptions, WorkflowDocument } from '../types.js'
import { localAPI } from './localApi.js'
import { refId } from './workflowState.js'

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
