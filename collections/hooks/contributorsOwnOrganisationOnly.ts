import { Forbidden, type CollectionBeforeChangeHook } from 'payload'
import { actsForOrganisation, isBoundToOrganisations } from '../../src/access/index.js'

/**
 * Access rules can filter what a contributor may update, but not where a document is moved to or
 * created for: this closes that gap. Runs after `linkToReport`, which derives the organisation.
 */
export const contributorsOwnOrganisationOnly: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  if (!isBoundToOrganisations(req)) return data
  if (!actsForOrganisation(req, data.organisation ?? originalDoc?.organisation)) throw new Forbidden(req.t)
  return data
}
