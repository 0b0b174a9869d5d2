import type { PayloadRequest } from 'payload'
import { asEventWrite } from '../context.js'
import type { DocumentID } from '../types.js'
import { localAPI } from './localApi.js'

export type HostEvent = {
  collection: string
  docId: DocumentID
  /** The document's stage, unchanged by the event (recorded as both `from` and `to`). */
  stage: string
  /** The host's own action name, e.g. `assurance-dropped`; never one of the plugin's transitions or `edit`. */
  transition: string
  comment?: null | string
  versionId?: null | string
}

/**
 * Appends a host's own entry to a document's audit trail — a rule the host applied automatically that readers of
 * the history should see — inside the caller's transaction (pass the operation's `req`), as `req.user`. The entry
 * is as append-only as the plugin's own; its name counts neither as a submission nor as an edit for four-eyes.
 */
export const recordWorkflowEvent = async (req: PayloadRequest, event: HostEvent): Promise<void> => {
  const info = req.payload.config.custom?.workflow as { slugs?: { events?: string } } | undefined
  const collection = info?.slugs?.events
  if (!collection) throw new Error('recordWorkflowEvent: the workflow plugin is not enabled in this config')
  await asEventWrite(req, () =>
    localAPI(req).create({
      collection,
      data: {
        collection: event.collection,
        docId: String(event.docId),
        versionId: event.versionId ?? null,
        from: event.stage,
        to: event.stage,
        transition: event.transition,
        user: req.user?.id ?? null,
        comment: event.comment ?? null,
      },
      depth: 0,
      overrideAccess: true,
      req,
    }),
  )
}
