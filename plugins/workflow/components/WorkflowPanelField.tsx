import type { Collection, GroupFieldServerProps } from 'payload'
import { localAPI } from '../services/localApi.js'
import { WorkflowPanel } from './WorkflowPanel.js'

type WorkflowSlugs = { slugs?: { events?: string } }

/**
 * Server side of the `workflow` group in the sidebar: resolves the names of the people in the document's
 * history (users may not be able to read each other's accounts), then renders the client panel.
 */
export const WorkflowPanelField = async ({ id, collectionSlug, payload, req }: GroupFieldServerProps) => {
  const userNames: Record<string, string> = {}
  const eventsSlug = (payload.config.custom?.workflow as WorkflowSlugs | undefined)?.slugs?.events
  const usersSlug = payload.config.admin.user
  const collectionsBySlug = payload.collections as Record<string, Collection | undefined>
  const usersConfig = collectionsBySlug[usersSlug]?.config
  if (id !== undefined && id !== null && req && eventsSlug && collectionsBySlug[eventsSlug] && usersConfig) {
    try {
      // overrideAccess: whoever can open the document sees its history with names, as in GET …/workflow
      const { docs: events } = await localAPI(req).find({
        collection: eventsSlug,
        where: { and: [{ collection: { equals: collectionSlug } }, { docId: { equals: String(id) } }] },
        limit: 100,
        depth: 0,
        pagination: false,
        overrideAccess: true,
        req,
      })
      const userIds = [...new Set(events.map((e) => (e as { user?: unknown }).user).filter((u) => u !== null && u !== undefined))]
      if (userIds.length) {
        // a name when the users collection has one, else its title field
        const nameField = usersConfig.flattenedFields.some((f) => f.name === 'name') ? 'name' : (usersConfig.admin.useAsTitle ?? 'id')
        const { docs: users } = await localAPI(req).find({
          collection: usersSlug,
          where: { id: { in: userIds as (number | string)[] } },
          depth: 0,
          pagination: false,
          overrideAccess: true,
          req,
        })
        for (const user of users) {
          const name = user[nameField]
          userNames[String(user.id)] = typeof name === 'string' && name ? name : `User ${String(user.id)}`
        }
      }
    } catch (error) {
      payload.logger.warn({ err: error, msg: 'workflow panel: could not resolve user names' })
    }
  }
  // one panel (and one comment being written) per document
  return <WorkflowPanel key={`${collectionSlug}/${String(id ?? '')}`} userNames={userNames} />
}
