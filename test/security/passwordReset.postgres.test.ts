import { afterAll, beforeAll } from '@jest/globals'
import { startPostgres, type PostgresServer } from '../../src/db/tempPostgres.js'
import { checkExpiredTokenRefused, checkPasswordResetJourney, withResetServerURL } from '../helpers/passwordReset.js'
// without a Postgres, this file's tests are reported as skipped (see postgresTest)
import { postgresTest as test, postgresUnavailable } from '../helpers/postgresUnavailable.js'
import { startTestServer, type TestServer } from '../helpers/testServer.js'
import { captureEmails } from '../helpers/workflowEmail.js'

/** Finding 5 on Postgres as production runs it (committed migrations): the same reset journey. */
let postgres: PostgresServer | undefined
let server: TestServer | undefined
const mail = captureEmails()

beforeAll(async () => {
  postgres = await startPostgres()
  if (!postgres) return postgresUnavailable()
  server = await startTestServer({
    databaseUri: await postgres.createDatabase(),
    production: true,
    seed: false,
    demoUsers: false,
    extend: withResetServerURL(mail),
  })
}, 120_000)
afterAll(async () => {
  await server?.close()
  await postgres?.stop()
})

test('Postgres: email with a link to the admin reset route → new password → login; same answer for unknown emails', async () => {
  if (!server) return
  await checkPasswordResetJourney(server, mail)
})

test('Postgres: an expired token is refused with a 4xx', async () => {
  if (!server) return
  await checkExpiredTokenRefused(server, mail)
})
