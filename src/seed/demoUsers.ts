import type { Payload } from 'payload'
import type { Role } from '../access/roles.js'
import { slugs } from '../../collections/slugs.js'

/** One account per role for trying the admin locally; documented in the README. Never in production by default. */
export const demoUsers: { role: Role; email: string; password: string; name: string; organisationSlugs: string[] }[] = [
  { role: 'admin', email: 'admin@impact-cms.test', password: 'demo-admin-pass', name: 'Demo Admin', organisationSlugs: [] },
  { role: 'editor', email: 'editor@impact-cms.test', password: 'demo-editor-pass', name: 'Demo Editor', organisationSlugs: [] },
  { role: 'reviewer', email: 'reviewer@impact-cms.test', password: 'demo-reviewer-pass', name: 'Demo Reviewer', organisationSlugs: [] },
  {
    role: 'contributor',
    email: 'contributor@impact-cms.test',
    password: 'demo-contributor-pass',
    name: 'Demo Contributor (HCT)',
    organisationSlugs: ['hertfordshire-community-nhs-trust'],
  },
]

export const seedDemoUsers = async (payload: Payload): Promise<number> => {
  let created = 0
  for (const user of demoUsers) {
    const existing = await payload.find({ collection: slugs.users, where: { email: { equals: user.email } }, limit: 1, depth: 0 })
    if (existing.docs.length) continue
    const organisations = user.organisationSlugs.length
      ? (
          await payload.find({
            collection: slugs.organisations,
            where: { slug: { in: user.organisationSlugs } },
            depth: 0,
            pagination: false,
          })
        ).docs.map((o) => o.id)
      : []
    await payload.create({
      collection: slugs.users,
      data: { email: user.email, password: user.password, name: user.name, role: user.role, organisations },
    })
    created++
  }
  return created
}
