import type { CollectionAfterChangeHook } from 'payload'
import { transitionWriteOf } from '../context.js'
import { changedFields } from '../services/contentChanged.js'
import { latestVersionId } from '../services/documents.js'
import { recordEvent } from '../services/events.js'
import { contentEditTransition } from '../services/fourEyes.js'
import { readWorkflowState, workflowFieldName } from '../services/workflowState.js'
import type { SanitizedWorkflowOptions } from '../types.js'

/**
 * Writes that no transition made still belong in the audit trail, in the operation's transaction (same `req`):
 * - a stage change (an edit sent approved content back to review, a script published);
 * - a user's content edit once the document left its initial stage, i.e. after submission: four-eyes reads these
 *   events to know who else wrote what is under review (services/fourEyes.ts).
 * The comment names the changed fields.
 */
export const afterChangeRecordAutomaticEvent =
  (options: SanitizedWorkflowOptions): CollectionAfterChangeHook =>
  async ({ collection, data, doc, operation, previousDoc, req }) => {
    if (operation !== 'update' || transitionWriteOf(req, collection.slug, doc.id)) return doc
    const from = readWorkflowState(previousDoc, options).stage
    // `data` holds what beforeChangeWorkflowState settled; `doc` may have the group hidden by read access
    const to = readWorkflowState({ [workflowFieldName]: data[workflowFieldName] }, options).stage
    const changed = req.user ? changedFields(collection.flattenedFields, data, previousDoc) : []
    const contentEditUnderReview = changed.length > 0 && from !== options.initialStage
    if (from === to && !contentEditUnderReview) return doc
    const rule = options.editRules[from]
    const transition = !req.user ? 'system' : from !== to && rule?.to === to ? rule.transition : contentEditTransition
    await recordEvent(req, options, {
      collection: collection.slug,
      docId: doc.id,
      versionId: await latestVersionId(req, collection.slug, doc.id),
      from,
      to,
      transition,
      user: req.user?.id ?? null,
      comment: changed.length ? `Changed: ${changed.join(', ')}` : null,
    })
    return doc
  }
