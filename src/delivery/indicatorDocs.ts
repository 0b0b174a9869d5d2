import type { PayloadRequest, Where } from 'payload'
import { slugs } from '../../collections/slugs.js'

/**
 * An indicator as stored. Local type until payload-types.ts is regenerated with the `indicators` collection (then
 * use `Indicator` from it and drop the cast below).
 */
export type IndicatorDoc = {
  id: string
  name: string
  slug?: string | null
  definition?: string | null
  unit?: string | null
  direction?: 'higher' | 'lower' | null
  externalCodes?: { scheme: string; code: string }[] | null
  goals?: unknown[] | null
}

type FindIndicators = (args: {
  collection: string
  req: PayloadRequest
  user: PayloadRequest['user']
  overrideAccess: false
  depth: 0
  pagination: false
  where: Where
}) => Promise<{ docs: IndicatorDoc[] }>

/** Indicators matching `where`, read as the caller (everyone may read indicators). */
export const findIndicators = async (req: PayloadRequest, where: Where): Promise<IndicatorDoc[]> => {
  const find = req.payload.find.bind(req.payload) as unknown as FindIndicators
  const { docs } = await find({ collection: slugs.indicators, req, user: req.user, overrideAccess: false, depth: 0, pagination: false, where })
  return docs
}
