import type { CollectionBeforeDeleteHook } from 'payload'
import { forbidden } from '../services/errors.js'

/** Not even a Local API call with `overrideAccess` deletes audit events. */
export const beforeDeleteEventsAppendOnly = (): CollectionBeforeDeleteHook => () => {
  throw forbidden('The workflow audit trail is append-only: events cannot be deleted.')
}
