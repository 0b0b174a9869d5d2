import { Forbidden, type CollectionBeforeChangeHook } from 'payload'
import { organisationIdsOf, refId, roleOf } from '../../src/access/index.js'

/**
 * Access rules can filter what a contributor may update, but not where a document is moved to or
 * created for: this closes that gap. Runs after `linkToReport`, which derives the organisation.
 */
export const contributorsOwnOrganisationOnly: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  if (roleOf(req) !== 'contributor') return data
  const organisation = refId(data.organisation ?? originalDoc?.organisation)
  if (!organisation || !organisationIdsOf(req).includes(organisation)) {
    throw new Forbidden(req.t)
  }
  return data
}
