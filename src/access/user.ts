import type { PayloadRequest } from 'payload'
import { isRole, type Role } from './roles.js'
import { slugs } from '../../collections/slugs.js'
import { refIds, type Ref } from '../refs.js'


/** The role of the signed-in CMS user, or undefined for anonymous callers and other auth collections. */
export const roleOf = (req: PayloadRequest): Role | undefined => {
  const user = req.user
  if (!user || user.collection !== slugs.users) return undefined
  return isRole(user.role) ? user.role : undefined
}

/** IDs of the organisations the signed-in user may contribute to (auth depth may populate them). */
export const organisationIdsOf = (req: PayloadRequest): string[] => {
  const user = req.user
  if (!user || user.collection !== slugs.users) return []
  const organisations = (user.organisations ?? []) as Ref[]
  return refIds(organisations)
}

export { refId } from '../refs.js'
