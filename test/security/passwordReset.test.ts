import { afterAll, beforeAll, expect, test } from '@jest/globals'
import { checkExpiredTokenRefused, checkPasswordResetJourney, withResetServerURL } from '../helpers/passwordReset.js'
import { startTestServer, type TestServer } from '../helpers/testServer.js'
import { captureEmails } from '../helpers/workflowEmail.js'

/**
 * Finding 5: on SQLite, forgot-password wrote outside its own transaction and waited on the lock that
 * transaction held, so every request was a 500. Reset works end to end and says nothing about who exists.
 */
let server: TestServer
const mail = captureEmails()

beforeAll(async () => {
  server = await startTestServer({ seed: false, demoUsers: false, extend: withResetServerURL(mail) })
})
afterAll(async () => {
  await server?.close()
})

test('SQLite: email with a link to the admin reset route → new password → login; same answer for unknown emails', async () => {
  await checkPasswordResetJourney(server, mail)
})

test('SQLite: an expired token is refused with a 4xx', async () => {
  await checkExpiredTokenRefused(server, mail)
})

test('SQLite: concurrent forgot-password requests and saves all answer without a 500', async () => {
  const editor = await server.payload.create({ collection: 'users', data: { email: 'busy@impact-cms.test', password: 'busy-password-1', role: 'editor' } })
  const token = await server.login('busy@impact-cms.test', 'busy-password-1')
  const results = await Promise.all([
    ...Array.from({ length: 4 }, (_, i) => server.request('/api/users/forgot-password', { body: { email: i % 2 ? editor.email : `ghost${i}@impact-cms.test` } })),
    ...Array.from({ length: 4 }, (_, i) => server.request('/api/organisations', { body: { name: `Busy ${i}`, type: 'other' }, token })),
  ])
  expect(results.map((r) => r.status)).toEqual([200, 200, 200, 200, 201, 201, 201, 201])
})
