import type { PayloadRequest } from 'payload'
import type { DocumentID, SanitizedWorkflowOptions, WorkflowEventRecord, WorkflowState } from '../types.js'
import { applyTransition, type AppliedTransition } from './applyTransition.js'
import { describeItem, planBundle, type BundleItem } from './bundle.js'
import { isLive, loadLatest, titleOf } from './documents.js'
import { badRequest, conflict, forbidden, notFound, unauthorized } from './errors.js'
import { localAPI } from './localApi.js'
import { notifyByEmail } from './notify.js'
import { ownEntry } from './ownEntry.js'
import { fourEyesRefusal } from './fourEyes.js'
import { isPermitted, legalTransitionsFrom } from './permissions.js'
import { enforcePublishChecks } from './publishChecks.js'
import { inTransaction } from './transaction.js'
import { readWorkflowState } from './workflowState.js'

export type TransitionInput = {
  /** A user ID to assign, `null` to clear the assignee, absent to keep it. */
  assignee?: DocumentID | null
  collection: string
  comment?: null | string
  /** Publish a bundle's parent without the children that are not ready (they stay unpublished). */
  excludeUnapproved?: boolean
  id: DocumentID
  transition: string
}

type ItemSummary = { collection: string; id: DocumentID; stage: string; title: string }

export type TransitionResult = {
  bundle: { excluded: ItemSummary[]; moved: ItemSummary[] } | null
  event: WorkflowEventRecord
  state: WorkflowState & { collection: string; id: DocumentID; previousStage: string; status: null | string }
}

const maxCommentLength = 5000

const normaliseComment = (comment: unknown): null | string => {
  if (comment === undefined || comment === null) return null
  if (typeof comment !== 'string') throw badRequest('"comment" must be a string.')
  const trimmed = comment.trim()
  if (trimmed.length > maxCommentLength) throw badRequest(`"comment" is limited to ${maxCommentLength} characters.`)
  return trimmed || null
}

const checkAssignee = async (req: PayloadRequest, options: SanitizedWorkflowOptions, assignee: DocumentID | null | undefined) => {
  if (assignee === undefined || assignee === null) return
  const user = await localAPI(req).findByID({ collection: options.usersSlug, id: assignee, depth: 0, overrideAccess: true, disableErrors: true, req })
  if (!user) throw badRequest(`There is no user with ID ${String(assignee)} to assign.`)
}

const toResult = (applied: AppliedTransition, bundle: TransitionResult['bundle']): TransitionResult => ({
  state: {
    collection: applied.collection,
    id: applied.doc.id,
    previousStage: applied.from,
    status: typeof applied.doc._status === 'string' ? applied.doc._status : null,
    ...applied.state,
  },
  event: applied.event,
  bundle,
})

/**
 * Moves a document (and, for a bundle's parent, its ready children) through one transition: checks who may,
 * from which stage and the four-eyes rule, writes everything and the audit events in one transaction, then
 * sends the emails. Throws APIErrors with the status to answer (400/401/403/404/409).
 */
export const performTransition = async (
  req: PayloadRequest,
  options: SanitizedWorkflowOptions,
  input: TransitionInput,
): Promise<TransitionResult> => {
  const { collection, id, transition } = input
  const definition = ownEntry(options.transitions, transition)
  if (!definition) {
    throw notFound(`Unknown workflow transition "${transition}". Known transitions: ${Object.keys(options.transitions).join(', ')}.`)
  }
  if (!options.collections.includes(collection)) throw notFound(`The collection "${collection}" has no workflow.`)
  // scheduled jobs come here too, with the scheduler as `req.user`: every check is made again when it runs
  if (!req.user) throw unauthorized()
  const comment = normaliseComment(input.comment)

  const doc = await loadLatest(req, collection, id)
  if (!doc) throw notFound(`There is no ${collection} document with ID ${String(id)}.`)
  if (!(await isPermitted(options, req, transition, collection, doc))) {
    throw forbidden(`You are not allowed to ${definition.label.toLowerCase()} this document.`)
  }
  const state = readWorkflowState(doc, options)
  const live = await isLive(req, collection, id)
  if (!definition.from.includes(state.stage) && !(definition.fromLive && live)) {
    const allowed = legalTransitionsFrom(options, state.stage, live)
    throw conflict(
      `Cannot ${transition} a document in stage "${state.stage}". Allowed from "${state.stage}": ${allowed.join(', ') || 'none'}.`,
      { stage: state.stage, allowed },
    )
  }
  const refusal = await fourEyesRefusal(req, options, { collection, id, state, transition })
  if (refusal) throw forbidden(refusal)
  await checkAssignee(req, options, input.assignee)
  const actorId = req.user.id

  const { result } = await inTransaction(req, async () => {
    const plan = definition.status === 'publish' ? await planBundle(req, options, { collection, id, transition }) : null
    if (plan?.blocked.length && !input.excludeUnapproved) {
      const list = plan.blocked.map((c) => `${c.collection} "${c.title}" (${c.stage})`).join(', ')
      throw conflict(`Cannot ${transition}: ${plan.blocked.length} item(s) are not ready: ${list}.`, {
        blocked: plan.blocked.map(describeItem),
      })
    }
    const children: BundleItem[] = plan?.ready ?? []
    for (const child of children) {
      if (!(await isPermitted(options, req, transition, child.collection, child.doc))) {
        throw forbidden(`You are not allowed to ${definition.label.toLowerCase()} ${child.collection} "${child.title}" of this bundle.`)
      }
    }
    // the host's own publishing rules, for the parent and every child going live with it, before any write
    await enforcePublishChecks(req, options, transition, [
      { collection, doc, id, title: titleOf(req, collection, doc) },
      ...children.map((child) => ({ collection: child.collection, doc: child.doc, id: child.id, title: child.title })),
    ])
    const applied = await applyTransition(req, options, { actorId, assignee: input.assignee, collection, comment, doc, transition })
    const moved: ItemSummary[] = []
    for (const child of children) {
      const childApplied = await applyTransition(req, options, {
        actorId,
        collection: child.collection,
        comment: `With ${collection} ${String(id)}${comment ? `: ${comment}` : ''}`,
        doc: child.doc,
        transition,
      })
      moved.push({ ...describeItem(child), stage: childApplied.state.stage })
    }
    const bundle = plan ? { moved, excluded: plan.blocked.map(describeItem) } : null
    return { applied, bundle }
  })

  // After the commit: nobody is told about a transition that was rolled back.
  await notifyByEmail(req, options, result.applied)
  return toResult(result.applied, result.bundle)
}
