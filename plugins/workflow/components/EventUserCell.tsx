import type { CollectionSlug, DefaultServerCellComponentProps, Payload } from 'payload'
import { cache } from 'react'

/**
 * A user's display name, once per user and request (the rows of a page share a few actors). Read without access
 * control, as the workflow panel does: who may read the audit trail sees who acted, even without reading accounts.
 */
const userName = cache(async (payload: Payload, id: string): Promise<null | string> => {
  const user = (await payload.findByID({
    collection: payload.config.admin.user as CollectionSlug,
    id,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })) as null | Record<string, unknown>
  if (!user) return null
  return [user.name, user.email].find((v): v is string => typeof v === 'string' && v !== '') ?? null
})

const idOf = (value: unknown): null | string => {
  if (typeof value === 'string' || typeof value === 'number') return String(value)
  if (value && typeof value === 'object' && 'id' in value) return idOf((value as { id: unknown }).id)
  return null
}

/** The actor of an audit-trail row by name; "System" for writes without a user (seeds, scheduled jobs). */
export const EventUserCell = async ({ cellData, payload }: DefaultServerCellComponentProps) => {
  const id = idOf(cellData)
  if (!id) return <span className="workflow-event-user">System</span>
  const name = await userName(payload, id).catch(() => null)
  return <span className="workflow-event-user">{name ?? `User ${id}`}</span>
}
