import type { PayloadRequest } from 'payload'
import { isRole, type Role } from './roles.js'
import { slugs } from '../../collections/slugs.js'

type Ref = string | number | { id: string | number }

/** The role of the signed-in CMS user, or undefined for anonymous callers and other auth collections. */
export const roleOf = (req: PayloadRequest): Role | undefined => {
  const user = req.user
  if (!user || user.collection !== slugs.users) return undefined
  return isRole(user.role) ? user.role : undefined
}

const idOf = (ref: Ref): string => String(typeof ref === 'object' ? ref.id : ref)

/** IDs of the organisations the signed-in user may contribute to (auth depth may populate them). */
export const organisationIdsOf = (req: PayloadRequest): string[] => {
  const user = req.user
  if (!user || user.collection !== slugs.users) return []
  const organisations = (user.organisations ?? []) as Ref[]
  return organisations.map(idOf)
}

export const refId = (ref: Ref | null | undefined): string | undefined =>
  ref === null || ref === undefined ? undefined : idOf(ref)
