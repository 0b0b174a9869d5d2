import type { PayloadRequest, Where } from 'payload'
import type { DocumentID, SanitizedWorkflowOptions } from '../types.js'
import { titleOf } from './documents.js'
import { toEventRecord } from './events.js'
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
  /** The newest review comment on it, when the user may read its history (`access.readHistory`). */
  lastComment: LastComment | null
}

export type LastComment = { comment: string; transition: string; user: DocumentID | null; createdAt: string }

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
  // documents whose history (and so review comments) the user may read
  const readable = new Set<string>()
  for (const collection of options.collections) {
    const { docs } = await localAPI(req).find({ collection, where, draft: true, depth: 0, limit, sort: '-updatedAt', overrideAccess: false, req })
    for (const doc of docs) {
      const state = readWorkflowState(doc, options)
      if (await options.access.readHistory({ req, doc, collection })) readable.add(`${collection}:${String(doc.id)}`)
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
        lastComment: null,
      })
    }
  }
  items.sort((a, b) => String(b.updatedAt).localeCompare(String(a.updatedAt)))
  const shown = items.slice(0, limit)
  await addLastComments(req, options, shown, readable)
  return { docs: shown, totalDocs: items.length }
}

/**
 * Sets `lastComment` on the items whose history the user may read, from ONE query over the audit trail (the
 * newest commented events of those documents). Read past the trail's own access, as the document workflow
 * endpoint does, once `readHistory` has granted each document.
 */
const addLastComments = async (req: PayloadRequest, options: SanitizedWorkflowOptions, items: QueueItem[], readable: Set<string>) => {
  const granted = items.filter((item) => readable.has(`${item.collection}:${String(item.id)}`))
  if (!granted.length) return
  const { docs } = await localAPI(req).find({
    collection: options.slugs.events,
    where: {
      and: [
        { docId: { in: granted.map((item) => String(item.id)) } },
        { comment: { exists: true } },
        { comment: { not_equals: '' } },
      ],
    },
    sort: '-createdAt',
    // a few comments per item are enough to find each one's newest
    limit: Math.min(granted.length * 5, 500),
    depth: 0,
    overrideAccess: true,
    req,
  })
  const newest = new Map<string, LastComment>()
  for (const event of docs.map(toEventRecord)) {
    const key = `${event.collection}:${event.docId}`
    if (event.comment && !newest.has(key)) newest.set(key, { comment: event.comment, transition: event.transition, user: event.user, createdAt: event.createdAt })
  }
  for (const item of granted) item.lastComment = newest.get(`${item.collection}:${String(item.id)}`) ?? null
}
