import { ValidationError, type CollectionBeforeChangeHook } from 'payload'
import { refId } from '../../src/access/index.js'
import { goalsOutsideFramework } from './goalsInFramework.js'

/** A report may only list goals of the framework edition it measures against. */
export const reportGoalsInFramework: CollectionBeforeChangeHook = async ({ data, originalDoc, req, collection }) => {
  const error = await goalsOutsideFramework(
    req,
    'goals',
    'goals' in data ? data.goals : originalDoc?.goals,
    refId(data.framework ?? originalDoc?.framework),
  )
  if (error) throw new ValidationError({ collection: collection.slug, errors: [error] }, req.t)
  return data
}
