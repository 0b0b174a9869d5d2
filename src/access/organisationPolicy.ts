import type { PayloadRequest, Where } from 'payload'
import { refId, type Ref } from '../refs.js'
import type { Role } from './roles.js'
import { organisationIdsOf, roleOf } from './user.js'

/**
 * Who acts for which organisation — the one place that decides it. Access rules, hooks, workflow permissions
 * and draft previews ask these questions instead of reading roles and memberships themselves.
 *
 * - Staff (admin, editor, reviewer) review and publish every organisation's reports: they see all of them.
 * - A contributor acts only for the organisations on their account; one with none acts for nobody.
 * - Anyone else (anonymous callers, other auth collections) acts for no organisation.
 */

/** The roles whose work spans every organisation. */
export const staffRoles: readonly Role[] = ['admin', 'editor', 'reviewer']

/** Whether the caller is staff, and so sees every organisation's drafts and history. */
export const seesEveryOrganisation = (req: PayloadRequest): boolean => {
  const role = roleOf(req)
  return role !== undefined && staffRoles.includes(role)
}

/** Whether the caller's rights are bounded by organisation membership (contributors). */
export const isBoundToOrganisations = (req: PayloadRequest): boolean => roleOf(req) === 'contributor'

/** The organisations the caller acts for: a contributor's memberships, nothing for anyone else. */
export const organisationsActedFor = (req: PayloadRequest): string[] => (isBoundToOrganisations(req) ? organisationIdsOf(req) : [])

/** Whether the caller acts for this organisation (a contributor who belongs to it). */
export const actsForOrganisation = (req: PayloadRequest, organisation: Ref | null | undefined): boolean => {
  const id = refId(organisation)
  return id !== undefined && organisationsActedFor(req).includes(id)
}

/** Whether the caller may see what is internal to this organisation's work (drafts, review comments): staff, or who acts for it. */
export const seesOrganisationInternals = (req: PayloadRequest, organisation: Ref | null | undefined): boolean =>
  seesEveryOrganisation(req) || actsForOrganisation(req, organisation)

/** A query matching documents whose `field` names an organisation the caller acts for; false when they act for none. */
export const actedForOrganisationsWhere = (req: PayloadRequest, field: string): Where | false => {
  const ids = organisationsActedFor(req)
  return ids.length ? { [field]: { in: ids } } : false
}
