export const roles = ['admin', 'editor', 'reviewer', 'contributor'] as const
export type Role = (typeof roles)[number]

/** The order of trust: a user may only grant roles at or below their own. */
export const roleRank: Record<Role, number> = { contributor: 1, reviewer: 2, editor: 3, admin: 4 }

export const isRole = (value: unknown): value is Role =>
  typeof value === 'string' && (roles as readonly string[]).includes(value)
