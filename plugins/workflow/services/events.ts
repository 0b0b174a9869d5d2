import type { PayloadRequest } from 'payload'
import { asEventWrite } from '../context.js'
import type { DocumentID, SanitizedWorkflowOptions, WorkflowDocument, WorkflowEventRecord } from '../types.js'
import { localAPI } from './localApi.js'
import { refId } from './workflowState.js'

export type NewEvent = {
  collection: string
  comment?: null | string
  docId: DocumentID
  from: string
  to: string
  transition: string
  user: DocumentID | null
  versionId: null | string
}

export const toEventRecord = (doc: WorkflowDocument): WorkflowEventRecord => ({
  id: doc.id,
  collection: String(doc.collection),
  docId: String(doc.docId),
  versionId: typeof doc.versionId === 'string' ? doc.versionId : null,
  from: String(doc.from),
  to: String(doc.to),
  transition: String(doc.transition),
  user: refId(doc.user),
  comment: typeof doc.comment === 'string' ? doc.comment : null,
  createdAt: String(doc.createdAt),
})

/** Appends to the audit trail inside the caller's transaction (same `req`), past the collection's closed access. */
export const recordEvent = async (req: PayloadRequest, options: SanitizedWorkflowOptions, event: NewEvent): Promise<WorkflowEventRecord> => {
  const doc = await asEventWrite(req, () =>
    localAPI(req).create({
      collection: options.slugs.events,
      data: { ...event, docId: String(event.docId), comment: event.comment ?? null },
      depth: 0,
      overrideAccess: true,
      req,
    }),
  )
  return toEventRecord(doc)
}
