/**
 * `npm run seed`: writes the reference content (idempotent: re-running changes nothing) and, with
 * --demo-users, one account per role. Uses DATABASE_URI like the server.
 */
import { getPayload } from 'payload'
import { closeDatabase } from '../db/closeDatabase.js'
import { seedDemoUsers } from '../seed/demoUsers.js'
import { seedContent } from '../seed/seedContent.js'

const { default: config } = await import('../../payload.config.js')
const payload = await getPayload({ config })
try {
  const summary = await seedContent(payload)
  payload.logger.info(`Seed created: ${Object.entries(summary).map(([k, v]) => `${v} ${k}`).join(', ')}`)
  if (process.argv.includes('--demo-users')) {
    payload.logger.info(`Demo users created: ${await seedDemoUsers(payload)}`)
  }
} finally {
  await closeDatabase(payload)
}
