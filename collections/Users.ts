import type { CollectionConfig, FieldAccess } from 'payload'
import { authenticated, isAdmin, or, roleOf, roles } from '../src/access/index.js'
import { sessionCookies } from '../src/http/sessionCookies.js'
import { relationshipCell } from './fields/relationshipCell.js'
import { firstUserIsAdmin } from './hooks/firstUserIsAdmin.js'
import { slugs } from './slugs.js'

/** Only admins grant roles and organisation membership, so nobody can raise their own rights. */
const adminOnlyField: FieldAccess = ({ req }) => roleOf(req) === 'admin'

export const Users: CollectionConfig = {
  slug: slugs.users,
  labels: { singular: 'User', plural: 'Users' },
  auth: {
    // Keep organisation references as IDs on req.user: access rules only need the IDs.
    depth: 0,
    useAPIKey: true,
    cookies: sessionCookies(),
  },
  admin: {
    group: 'Admin',
    useAsTitle: 'email',
    defaultColumns: ['email', 'name', 'role', 'organisations'],
    description: 'People who sign in to the CMS. Roles: admin, editor, reviewer, contributor.',
    // Others can still edit their own account from the account menu; only admins manage users.
    hidden: ({ user }) => user?.role !== 'admin',
  },
  access: {
    read: or(isAdmin, ({ req }) => (req.user ? { id: { equals: req.user.id } } : false)),
    create: isAdmin,
    update: or(isAdmin, ({ req }) => (req.user ? { id: { equals: req.user.id } } : false)),
    delete: isAdmin,
    admin: authenticated,
  },
  hooks: { beforeChange: [firstUserIsAdmin] },
  fields: [
    { name: 'name', type: 'text' },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'contributor',
      saveToJWT: true,
      options: roles.map((value) => ({ label: value[0].toUpperCase() + value.slice(1), value })),
      access: { create: adminOnlyField, update: adminOnlyField },
      admin: { position: 'sidebar' },
    },
    {
      name: 'organisations',
      type: 'relationship',
      relationTo: slugs.organisations,
      hasMany: true,
      access: { create: adminOnlyField, update: adminOnlyField },
      admin: { position: 'sidebar', description: 'Contributors may only write reports of these organisations.', components: relationshipCell },
    },
  ],
}
