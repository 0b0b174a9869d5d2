import type { CollectionSlug, PayloadRequest } from 'payload'
import type { DocumentID } from '../types.js'
import { localAPI } from './localApi.js'

/** One saved version with the workflow facts beside it. */
export type VersionHistoryRow = {
  id: string
  updatedAt: string
  /** Payload's `_status` of the version: `published` for a version that went live. */
  status: null | string
  /** `workflow.stage` stored in the version. */
  stage: null | string
  /** The audit-trail entries that wrote this version: what happened and who did it. */
  changes: { transition: string; by: null | string }[]
}

type Slugs = { events: string; users: string }

const text = (value: unknown): null | string => (typeof value === 'string' && value ? value : null)

/** Display names of users, read without access control: whoever may read the versions sees who wrote them. */
const namesOf = async (req: PayloadRequest, usersSlug: string, ids: string[]): Promise<Map<string, string>> => {
  const names = new Map<string, string>()
  if (!ids.length) return names
  const { docs } = await localAPI(req).find({ collection: usersSlug, where: { id: { in: ids } }, depth: 0, pagination: false, overrideAccess: true, req })
  for (const user of docs) names.set(String(user.id), text(user.name) ?? text(user.email) ?? `User ${String(user.id)}`)
  return names
}

/**
 * The versions of one document the signed-in user may read (newest first, at most `limit`), each with the stage
 * it stored and the transition or edit that wrote it from the audit trail. Three queries whatever the count.
 */
export const versionHistory = async (
  req: PayloadRequest,
  slugs: Slugs,
  args: { collection: string; id: DocumentID; limit: number },
): Promise<VersionHistoryRow[]> => {
  const { docs: versions } = await req.payload.findVersions({
    collection: args.collection as CollectionSlug,
    where: { parent: { equals: args.id } },
    sort: '-updatedAt',
    limit: args.limit,
    depth: 0,
    overrideAccess: false,
    user: req.user,
    req,
  })
  const { docs: events } = await localAPI(req).find({
    collection: slugs.events,
    where: { and: [{ collection: { equals: args.collection } }, { docId: { equals: String(args.id) } }] },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const userIds = [...new Set(events.map((e) => e.user).filter((u) => u !== null && u !== undefined).map(String))]
  const names = await namesOf(req, slugs.users, userIds)
  return versions.map((version) => {
    const data = (version.version ?? {}) as { _status?: unknown; workflow?: { stage?: unknown } }
    const id = String(version.id)
    return {
      id,
      updatedAt: String(version.updatedAt),
      status: text(data._status),
      stage: text(data.workflow?.stage),
      changes: events
        .filter((e) => String(e.versionId ?? '') === id)
        .map((e) => ({ transition: String(e.transition), by: e.user === null || e.user === undefined ? null : (names.get(String(e.user)) ?? null) })),
    }
  })
}
