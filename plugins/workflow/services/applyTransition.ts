import type { PayloadRequest } from 'payload'
import { asTransitionWrite } from '../context.js'
import type { DocumentID, SanitizedWorkflowOptions, WorkflowDocument, WorkflowEventRecord, WorkflowState } from '../types.js'
import { latestVersionId } from './documents.js'
import { recordEvent } from './events.js'
import { localAPI } from './localApi.js'
import { enqueueWebhooks } from './webhooks.js'
import { readWorkflowState, workflowFieldName } from './workflowState.js'

export type AppliedTransition = {
  collection: string
  doc: WorkflowDocument
  event: WorkflowEventRecord
  from: string
  state: WorkflowState
  transition: string
}

/** The workflow group after `transition`, with who did it recorded where the transition says so. */
const nextState = async (
  req: PayloadRequest,
  options: SanitizedWorkflowOptions,
  args: { assignee?: DocumentID | null; actorId: DocumentID | null; collection: string; doc: WorkflowDocument; transition: string },
): Promise<WorkflowState> => {
  const definition = options.transitions[args.transition]
  const next: WorkflowState = { ...readWorkflowState(args.doc, options), stage: definition.to }
  if (args.assignee !== undefined) next.assignee = args.assignee
  if (definition.clearsApproval) Object.assign(next, { approvedBy: null, approvedVersion: null })
  if (definition.records === 'submitter') next.submittedBy = args.actorId
  if (definition.records === 'approver') {
    // the version the reviewer looked at, before this transition adds its own
    Object.assign(next, { approvedBy: args.actorId, approvedVersion: await latestVersionId(req, args.collection, args.doc.id) })
  }
  return next
}

/**
 * Writes one document's transition and its audit event with the caller's `req` (so inside its transaction),
 * then queues its webhooks. Checks (permission, stage, four-eyes) are the caller's job.
 */
export const applyTransition = async (
  req: PayloadRequest,
  options: SanitizedWorkflowOptions,
  args: {
    actorId: DocumentID | null
    assignee?: DocumentID | null
    collection: string
    comment: null | string
    doc: WorkflowDocument
    transition: string
  },
): Promise<AppliedTransition> => {
  const { collection, doc, transition } = args
  const definition = options.transitions[transition]
  const from = readWorkflowState(doc, options).stage
  const state = await nextState(req, options, args)
  // Only publish/unpublish touch the live document; every other transition adds a draft version.
  const status = definition.status === 'publish' ? { _status: 'published' } : definition.status === 'unpublish' ? { _status: 'draft' } : {}
  const written = await asTransitionWrite(req, { collection, id: doc.id, transition }, () =>
    localAPI(req).update({
      collection,
      id: doc.id,
      data: { [workflowFieldName]: state, ...status },
      draft: !definition.status,
      depth: 0,
      overrideAccess: true,
      req,
    }),
  )
  const event = await recordEvent(req, options, {
    collection,
    docId: doc.id,
    versionId: await latestVersionId(req, collection, doc.id),
    from,
    to: state.stage,
    transition,
    user: args.actorId,
    comment: args.comment,
  })
  await enqueueWebhooks(req, options, { collection, doc: written, stage: state.stage, timestamp: event.createdAt, transition })
  return { collection, doc: written, event, from, state, transition }
}
