import type { PayloadRequest } from 'payload'
import { slugs } from '../../collections/slugs.js'
import type { AssembledReport } from '../delivery/types.js'
import { coverageGoals, type IndexGoal } from './contentIndex.js'

/**
 * Every goal of the report's framework edition, for the content index: from the assembled report's coverage
 * block when it has one (it lists them all); else one query, read as the caller (the assembled `goals` are only
 * those the report reports against).
 */
export const editionGoals = async (req: PayloadRequest, doc: AssembledReport): Promise<IndexGoal[]> => {
  const fromCoverage = coverageGoals(doc)
  if (fromCoverage.length) return fromCoverage
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
