import type { FilterOptionsProps, Where } from 'payload'
import { actedForOrganisationsWhere, isBoundToOrganisations } from '../../src/access/organisationPolicy.js'
import { frameworkOfReport } from '../hooks/goalsInFramework.js'

/**
 * What relationship pickers offer. Payload applies a field's `filterOptions` to the admin's choices and checks
 * saved values against it too (as the user), so a choice that would be refused on save is not offered at all.
 */

/**
 * Reports an item may be added to: a contributor writes only for their own organisations (so reading another
 * organisation's published report does not make it a choice); staff choose from every report they can read.
 */
export const reportsTheUserMayWrite = ({ req }: FilterOptionsProps): Where | boolean =>
  isBoundToOrganisations(req) ? actedForOrganisationsWhere(req, 'organisation') : true

/** Organisations a report may be written for: a contributor's own; any for staff. */
export const organisationsTheUserMayWrite = ({ req }: FilterOptionsProps): Where | boolean =>
  isBoundToOrganisations(req) ? actedForOrganisationsWhere(req, 'id') : true

/**
 * Goals of the framework edition the chosen report measures against. With no report chosen yet, every goal is
 * offered: their labels name the edition.
 */
export const goalsOfTheReportsEdition = async ({ data, req }: FilterOptionsProps): Promise<Where | boolean> => {
  const frameworkId = await frameworkOfReport(req, data?.report)
  return frameworkId ? { framework: { equals: frameworkId } } : true
}
