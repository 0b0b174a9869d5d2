import type { PayloadRequest, Where } from 'payload'
import type { DocumentID, SanitizedWorkflowOptions, WorkflowState } from '../types.js'
import { localAPI } from './localApi.js'
import { ownEntry } from './ownEntry.js'
import { refId, sameId } from './workflowState.js'

/** The audit-trail name of a content edit that leaves the stage as it is (e.g. an editor rewriting an item in review). */
export const contentEditTransition = 'edit'

/** Events that start a review: a transition or an edit rule that records its actor as the submitter. */
const submissionNames = (options: SanitizedWorkflowOptions): string[] => [
  ...Object.entries(options.transitions)
    .filter(([, t]) => t.records === 'submitter')
    .map(([name]) => name),
  ...Object.values(options.editRules)
    .filter((rule) => rule.records === 'submitter')
    .map((rule) => rule.transition),
]

/** Events written because a user changed the content: plain edits and the edit rules' stage changes. */
const editNames = (options: SanitizedWorkflowOptions): string[] => [
  contentEditTransition,
  ...Object.values(options.editRules).map((rule) => rule.transition),
]

/**
 * Everyone who is an author of the content now under review: the submitter, and whoever changed the content
 * since the last submission (read from the audit trail, which records every such edit). A resubmission starts
 * a new count: its submitter vouches for the content as it then is.
 */
export const authorsSinceSubmission = async (
  req: PayloadRequest,
  options: SanitizedWorkflowOptions,
  target: { collection: string; id: DocumentID; state: WorkflowState },
): Promise<DocumentID[]> => {
  const ofDocument: Where[] = [{ collection: { equals: target.collection } }, { docId: { equals: String(target.id) } }]
  const { docs: submissions } = await localAPI(req).find({
    collection: options.slugs.events,
    where: { and: [...ofDocument, { transition: { in: submissionNames(options) } }] },
    sort: '-createdAt',
    limit: 1,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const since = submissions[0]?.createdAt
  const { docs: edits } = await localAPI(req).find({
    collection: options.slugs.events,
    where: {
      and: [
        ...ofDocument,
        { transition: { in: editNames(options) } },
        // the submission event itself may be an edit (an edit rule that records the submitter)
        ...(typeof since === 'string' ? [{ createdAt: { greater_than_equal: since } }] : []),
      ],
    },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const authors: DocumentID[] = target.state.submittedBy === null ? [] : [target.state.submittedBy]
  for (const edit of edits) {
    const user = refId(edit.user)
    if (user !== null && !authors.some((author) => sameId(author, user))) authors.push(user)
  }
  return authors
}

/**
 * Four-eyes: nobody who wrote the content under review may approve it. Returns why `req.user` may not perform
 * `transition` (an approver transition), or null when they may.
 */
export const fourEyesRefusal = async (
  req: PayloadRequest,
  options: SanitizedWorkflowOptions,
  target: { collection: string; id: DocumentID; state: WorkflowState; transition: string },
): Promise<null | string> => {
  const user = req.user
  if (!options.fourEyes || ownEntry(options.transitions, target.transition)?.records !== 'approver' || !user) return null
  if (sameId(target.state.submittedBy, user.id)) {
    return 'Four-eyes rule: the person who submitted this document cannot also approve it.'
  }
  const authors = await authorsSinceSubmission(req, options, target)
  if (authors.some((author) => sameId(author, user.id))) {
    return 'Four-eyes rule: you changed this document since it was submitted, so someone else must approve it.'
  }
  return null
}
