import type { CollectionBeforeChangeHook } from 'payload'
import { forbidden } from '../services/errors.js'

/**
 * Access control already refuses every API write to the audit trail; this also refuses Local API writes with
 * `overrideAccess`, except the plugin's own appends.
 */
export const beforeChangeEventsAppendOnly = (): CollectionBeforeChangeHook => ({ data, operation, req }) => {
  if (operation === 'update') throw forbidden('The workflow audit trail is append-only: events cannot be changed.')
  if (!req.context?.workflowEventWrite) throw forbidden('Workflow events are written by workflow transitions only.')
  return data
}
