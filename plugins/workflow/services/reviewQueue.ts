import type { PayloadRequest, Where } from 'payload'
import type { DocumentID, SanitizedWorkflowOptions } from '../types.js'
import { titleOf } from './documents.js'
import { unauthorized } from './errors.js'
import { localAPI } from './localApi.js'
import { allowedTransitions } from './permissions.js'
import { readWorkflowState, sameId, workflowFieldName } from './workflowState.js'

export type QueueItem = {
  assignee: DocumentID | null
  collection: string
  id: DocumentID
  /** `assigned` when assigned to the user, else `stage`: the item is in a stage their role acts on. */
  reason: 'assigned' | 'stage'
  stage: string
  status: null | string
  submittedBy: DocumentID | null
  title: string
  /** What the user can do with it now. */
  transitions: string[]
  updatedAt: null | string
}

export type QueueResult = { docs: QueueItem[]; totalDocs: number }

/**
 * What waits on the signed-in user across the workflow collections: items assigned to them, and items in the
 * stages the host says their role acts on. Read with their access, so nobody sees items they could not open.
 */
export const reviewQueue = async (
  req: PayloadRequest,
  options: SanitizedWorkflowOptions,
  { limit = 50 }: { limit?: number } = {},
): Promise<QueueResult> => {
  const user = req.user
  if (!user) throw unauthorized('Sign in to see your review queue.')
  const stages = await options.access.queueStages({ req })
  const where: Where = {
    or: [
      { [`${workflowFieldName}.assignee`]: { equals: user.id } },
      ...(stages.length ? [{ [`${workflowFieldName}.stage`]: { in: stages } }] : []),
    ],
  }
  const items: QueueItem[] = []
  for (const collection of options.collections) {
    const { docs } = await localAPI(req).find({ collection, where, draft: true, depth: 0, limit, sort: '-updatedAt', overrideAccess: false, req })
    for (const doc of docs) {
      const state = readWorkflowState(doc, options)
      items.push({
        collection,
        id: doc.id,
        title: titleOf(req, collection, doc),
        stage: state.stage,
        status: typeof doc._status === 'string' ? doc._status : null,
        assignee: state.assignee,
        submittedBy: state.submittedBy,
        updatedAt: typeof doc.updatedAt === 'string' ? doc.updatedAt : null,
        reason: sameId(state.assignee, user.id) ? 'assigned' : 'stage',
        transitions: await allowedTransitions(options, req, collection, doc),
      })
    }
  }
  items.sort((a, b) => String(b.updatedAt).localeCompare(String(a.updatedAt)))
  return { docs: items.slice(0, limit), totalDocs: items.length }
}
