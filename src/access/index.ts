import type { Access, AccessArgs, AccessResult, Where } from 'payload'
import { actedForOrganisationsWhere, seesEveryOrganisation } from './organisationPolicy.js'
import type { Role } from './roles.js'
import { roleOf } from './user.js'

export { roles, roleRank, isRole, type Role } from './roles.js'
export { roleOf, organisationIdsOf, refId } from './user.js'
export {
  actsForOrganisation,
  isBoundToOrganisations,
  organisationsActedFor,
  seesEveryOrganisation,
  seesOrganisationInternals,
  staffRoles,
} from './organisationPolicy.js'

export const anyone: Access = () => true
export const nobody: Access = () => false
export const authenticated = ({ req }: AccessArgs): boolean => Boolean(req.user)

export const hasRole =
  (...allowed: Role[]): Access =>
  ({ req }) => {
    const role = roleOf(req)
    return role !== undefined && allowed.includes(role)
  }

export const isAdmin = hasRole('admin')
export const isEditorOrAdmin = hasRole('admin', 'editor')
/** Staff who may see every draft: they review or publish it (see organisationPolicy). */
export const isStaff: Access = ({ req }) => seesEveryOrganisation(req)

/** Documents whose latest version is published. */
export const publishedOnly: Access = () => ({ _status: { equals: 'published' } })

/** A report's child is public only when it and its report are both published. */
export const publishedWithPublishedReport: Access = (): Where => ({
  and: [{ _status: { equals: 'published' } } as Where, { 'report._status': { equals: 'published' } } as Where],
})

/** Contributors match documents of the organisations they act for (by the `organisation` field). */
export const ownOrganisation =
  (field = 'organisation'): Access =>
  ({ req }) =>
    actedForOrganisationsWhere(req, field)

const combine = async (
  fns: Access[],
  args: AccessArgs,
  mode: 'or' | 'and',
): Promise<AccessResult> => {
  const wheres: Where[] = []
  for (const fn of fns) {
    const result = await fn(args)
    if (result === true) {
      if (mode === 'or') return true
      continue
    }
    if (result === false) {
      if (mode === 'and') return false
      continue
    }
    wheres.push(result)
  }
  if (wheres.length === 0) return mode === 'and'
  if (wheres.length === 1) return wheres[0]
  return { [mode]: wheres }
}

/** Grants when any rule grants; filters by the union of the rules that return a query. */
export const or =
  (...fns: Access[]): Access =>
  (args) =>
    combine(fns, args, 'or')

/** Grants only when every rule grants; filters by the intersection of their queries. */
export const and =
  (...fns: Access[]): Access =>
  (args) =>
    combine(fns, args, 'and')
