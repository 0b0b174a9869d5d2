import type { PayloadRequest } from 'payload'
import { slugs } from '../../collections/slugs.js'
import type { AssembledReport } from '../delivery/types.js'
import type { IndexGoal } from './contentIndex.js'

/**
 * Every goal of the report's framework edition, for the content index: the assembled report carries only the
 * goals the report reports against, and the index must also name the others. One query, read as the caller.
 */
export const editionGoals = async (req: PayloadRequest, doc: AssembledReport): Promise<IndexGoal[]> => {
  if (!doc.framework) return []
  const { docs } = await req.payload.find({
    req,
    user: req.user,
    overrideAccess: false,
    collection: slugs.goals,
    where: { framework: { equals: doc.framework.id } },
    select: { number: true, title: true },
    sort: 'number',
    depth: 0,
    pagination: false,
  })
  return docs.map((g) => ({ id: g.id, number: g.number, title: g.title }))
}
