import type { Payload } from 'payload'
import { slugs } from '../../collections/slugs.js'
import { seedDemoUsers } from './demoUsers.js'
import { seedContent } from './seedContent.js'

/** Seeds the reference content on an empty database; demo users are added on request whenever missing. */
export const seedIfEmpty = async (payload: Payload, options: { demoUsers: boolean }): Promise<void> => {
  const { totalDocs } = await payload.count({ collection: slugs.frameworks })
  if (totalDocs === 0) {
    const summary = await seedContent(payload)
    payload.logger.info(`Seeded: ${Object.entries(summary).map(([k, v]) => `${v} ${k}`).join(', ')}`)
  }
  if (options.demoUsers) {
    const created = await seedDemoUsers(payload)
    if (created) payload.logger.info(`Created ${created} demo users (see README: Demo logins)`)
  }
}
