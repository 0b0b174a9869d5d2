import type { Collection, CollectionSlug, PayloadRequest } from 'payload'
import type { DocumentID, WorkflowDocument } from '../types.js'
import { localAPI } from './localApi.js'

/** The latest version of a document, draft included, as the workflow sees it: depth 0, no access control. */
export const loadLatest = (req: PayloadRequest, collection: string, id: DocumentID): Promise<null | WorkflowDocument> =>
  localAPI(req).findByID({ collection, id, draft: true, depth: 0, overrideAccess: true, disableErrors: true, req })

/** Whether a published version of the document is live (its newest version may be a draft on top of it). */
export const isLive = async (req: PayloadRequest, collection: string, id: DocumentID): Promise<boolean> => {
  const live = await localAPI(req).findByID({ collection, id, draft: false, depth: 0, overrideAccess: true, disableErrors: true, req })
  return live?._status === 'published'
}

/** The ID of a document's newest version (what a transition just wrote, or what a reviewer last saw). */
export const latestVersionId = async (req: PayloadRequest, collection: string, id: DocumentID): Promise<null | string> => {
  const { docs } = await req.payload.db.findVersions({
    collection: collection as CollectionSlug,
    where: { and: [{ parent: { equals: id } }, { latest: { equals: true } }] },
    sort: '-updatedAt',
    limit: 1,
    pagination: false,
    req,
  })
  return docs[0] ? String(docs[0].id) : null
}

/** A human title for emails and the queue: the collection's `useAsTitle`, else the ID. */
export const titleOf = (req: PayloadRequest, collection: string, doc: WorkflowDocument): string => {
  const field = (req.payload.collections as Record<string, Collection | undefined>)[collection]?.config.admin?.useAsTitle
  const value = field ? doc[field] : undefined
  return typeof value === 'string' && value ? value : String(doc.id)
}
