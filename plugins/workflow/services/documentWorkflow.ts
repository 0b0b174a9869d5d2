import type { PayloadRequest } from 'payload'
import type { DocumentID, SanitizedWorkflowOptions, WorkflowEventRecord, WorkflowState } from '../types.js'
import { notFound, unauthorized } from './errors.js'
import { toEventRecord } from './events.js'
import { localAPI } from './localApi.js'
import { isLive } from './documents.js'
import { transitionChoices, type BlockedTransition } from './permissions.js'
import { refusedByPublishChecks } from './publishChecks.js'
import { listSchedules, type ScheduleRecord } from './scheduleRecords.js'
import { readWorkflowState } from './workflowState.js'

export type DocumentWorkflow = {
  collection: string
  events: WorkflowEventRecord[]
  id: DocumentID
  schedules: ScheduleRecord[]
  state: WorkflowState & { status: null | string }
  /** Transitions the signed-in user can perform now. */
  transitions: string[]
  /** Transitions their role permits but the four-eyes rule or the host's publish check refuses here, with the reason to show. */
  blocked: BlockedTransition[]
}

/** Everything an editor's sidebar needs about one document: stage, what they can do, history and schedules. */
export const documentWorkflow = async (
  req: PayloadRequest,
  options: SanitizedWorkflowOptions,
  target: { collection: string; id: DocumentID },
): Promise<DocumentWorkflow> => {
  if (!req.user) throw unauthorized()
  if (!options.collections.includes(target.collection)) throw notFound(`The collection "${target.collection}" has no workflow.`)
  // read with the user's access: the workflow of a document they cannot open is not theirs to see
  const doc = await localAPI(req).findByID({ ...target, draft: true, depth: 0, overrideAccess: false, disableErrors: true, req })
  if (!doc) throw notFound(`There is no ${target.collection} document with ID ${String(target.id)}.`)
  const choices = await transitionChoices(options, req, target.collection, doc, await isLive(req, target.collection, doc.id))
  // a publish the host's check would refuse is shown refused, with its reasons, before anyone tries it
  const refused = await refusedByPublishChecks(req, options, { collection: target.collection, doc }, choices.allowed)
  const history = (await options.access.readHistory({ req, doc, collection: target.collection }))
    ? await readHistory(req, options, target)
    : { events: [], schedules: [] }
  return {
    collection: target.collection,
    id: doc.id,
    state: { ...readWorkflowState(doc, options), status: typeof doc._status === 'string' ? doc._status : null },
    transitions: choices.allowed.filter((name) => !refused.some((r) => r.name === name)),
    blocked: [...choices.blocked, ...refused],
    ...history,
  }
}

/** A document's events (newest first) and pending schedules; the caller has checked `access.readHistory`. */
const readHistory = async (
  req: PayloadRequest,
  options: SanitizedWorkflowOptions,
  target: { collection: string; id: DocumentID },
): Promise<Pick<DocumentWorkflow, 'events' | 'schedules'>> => {
  const { docs: events } = await localAPI(req).find({
    collection: options.slugs.events,
    where: { and: [{ collection: { equals: target.collection } }, { docId: { equals: String(target.id) } }] },
    sort: '-createdAt',
    limit: 100,
    depth: 0,
    // readHistory granted this document's history (a contributor needs the reviewer's comments), even where the
    // host keeps the audit trail as a whole to staff
    overrideAccess: true,
    req,
  })
  return { events: events.map(toEventRecord), schedules: await listSchedules(req, options, { ...target, status: 'scheduled' }) }
}
