import type { CollectionAfterChangeHook } from 'payload'
import { transitionWriteOf } from '../context.js'
import { latestVersionId } from '../services/documents.js'
import { recordEvent } from '../services/events.js'
import { readWorkflowState, workflowFieldName } from '../services/workflowState.js'
import type { SanitizedWorkflowOptions } from '../types.js'

/**
 * Stage changes that no transition made (an edit sent approved content back to review, a script published)
 * still belong in the audit trail. Written with the operation's `req`, so in its transaction.
 */
export const afterChangeRecordAutomaticEvent =
  (options: SanitizedWorkflowOptions): CollectionAfterChangeHook =>
  async ({ collection, data, doc, operation, previousDoc, req }) => {
    if (operation !== 'update' || transitionWriteOf(req, collection.slug, doc.id)) return doc
    const from = readWorkflowState(previousDoc, options).stage
    // `data` holds what beforeChangeWorkflowState settled; `doc` may have the group hidden by read access
    const to = readWorkflowState({ [workflowFieldName]: data[workflowFieldName] }, options).stage
    if (from === to) return doc
    const rule = options.editRules[from]
    const transition = !req.user ? 'system' : rule?.to === to ? rule.transition : 'edit'
    await recordEvent(req, options, {
      collection: collection.slug,
      docId: doc.id,
      versionId: await latestVersionId(req, collection.slug, doc.id),
      from,
      to,
      transition,
      user: req.user?.id ?? null,
      comment: null,
    })
    return doc
  }
