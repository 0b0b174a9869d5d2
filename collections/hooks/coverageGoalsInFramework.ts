import { ValidationError, type CollectionBeforeChangeHook } from 'payload'
import { refId } from '../../src/access/index.js'
import { goalsOutsideFramework } from './goalsInFramework.js'

type Declaration = { goal?: unknown }

/** A report's coverage declarations may only name goals of the framework edition it measures against. */
export const coverageGoalsInFramework: CollectionBeforeChangeHook = async ({ data, originalDoc, req, collection }) => {
  const declarations = ('coverage' in data ? data.coverage : originalDoc?.coverage) as Declaration[] | null | undefined
  const error = await goalsOutsideFramework(
    req,
    'coverage',
    (declarations ?? []).map((d) => d?.goal),
    refId(data.framework ?? originalDoc?.framework),
  )
  if (error) throw new ValidationError({ collection: collection.slug, errors: [error] }, req.t)
  return data
}
