import type { CollectionBeforeChangeHook } from 'payload'
import { transitionWriteOf } from '../context.js'
import { contentChanged } from '../services/contentChanged.js'
import { readWorkflowState, sameId, workflowFieldName } from '../services/workflowState.js'
import type { SanitizedWorkflowOptions, WorkflowState } from '../types.js'

const initialState = (options: SanitizedWorkflowOptions): WorkflowState => ({
  stage: options.initialStage,
  assignee: null,
  submittedBy: null,
  approvedBy: null,
  approvedVersion: null,
})

const sameState = (a: WorkflowState, b: WorkflowState): boolean =>
  a.stage === b.stage &&
  a.approvedVersion === b.approvedVersion &&
  (['assignee', 'submittedBy', 'approvedBy'] as const).every((key) => (a[key] === null ? b[key] === null : sameId(a[key], b[key])))

/**
 * Keeps the `workflow` group consistent on every write that is not a transition:
 * - users never set it (ignored, whatever the API): it stays as stored;
 * - a user's content change applies the edit rules (approved → in_review clears the approval; published → draft);
 * - a system write (no user) that publishes puts the document in the published stage, and may set the group
 *   explicitly (seeds, migrations).
 * Runs after the host's beforeChange hooks, so it judges the content they settled.
 */
export const beforeChangeWorkflowState =
  (options: SanitizedWorkflowOptions): CollectionBeforeChangeHook =>
  ({ collection, data, operation, originalDoc, req }) => {
    if (operation === 'update' && transitionWriteOf(req, collection.slug, originalDoc?.id)) return data
    const stored = operation === 'update' ? readWorkflowState(originalDoc, options) : initialState(options)
    const submitted = readWorkflowState({ [workflowFieldName]: data[workflowFieldName] }, options)
    let next = stored

    if (!req.user && !sameState(submitted, stored)) {
      next = submitted
    } else if (!req.user && data._status === 'published') {
      next = { ...stored, stage: options.publishedStage }
    } else if (operation === 'update' && options.editRules[stored.stage] && contentChanged(collection.flattenedFields, data, originalDoc)) {
      const rule = options.editRules[stored.stage]
      next = {
        ...stored,
        stage: rule.to,
        ...(rule.clearsApproval ? { approvedBy: null, approvedVersion: null } : {}),
        ...(rule.records === 'submitter' && req.user ? { submittedBy: req.user.id } : {}),
      }
    }
    return { ...data, [workflowFieldName]: next }
  }
