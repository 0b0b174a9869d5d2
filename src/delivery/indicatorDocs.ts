import type { PayloadRequest, Where } from 'payload'
import type { Indicator } from '../../payload-types.js'
import { slugs } from '../../collections/slugs.js'

/** Indicators matching `where`, read as the caller (everyone may read indicators). */
export const findIndicators = async (req: PayloadRequest, where: Where): Promise<Indicator[]> => {
  const { docs } = await req.payload.find({
    collection: slugs.indicators,
    req,
    user: req.user,
    overrideAccess: false,
    depth: 0,
    pagination: false,
    where,
  })
  return docs
}
