import { expect } from '@jest/globals'
import type { Config } from 'payload'
import type { captureEmails } from './workflowEmail.js'
import type { TestServer } from './testServer.js'

/** The public URL the reset links must use, whatever Host header a request carries. */
export const resetServerURL = 'https://cms.example.org'

export const withResetServerURL =
  (mail: ReturnType<typeof captureEmails>) =>
  (config: Config): Config => ({ ...config, serverURL: resetServerURL, email: mail.adapter })

const resetLinkPattern = new RegExp(`${resetServerURL.replace(/\./g, '\\.')}/admin/reset/([0-9a-f]{40})`)

/**
 * The whole reset journey as a person lives it: ask for a link, follow it, choose a new password, sign in.
 * Known and unknown addresses get the same answer; a used or expired token is refused.
 */
export const checkPasswordResetJourney = async (server: TestServer, mail: ReturnType<typeof captureEmails>) => {
  const email = `reset-${Date.now()}@impact-cms.test`
  await server.payload.create({ collection: 'users', data: { email, password: 'old-password-1', role: 'editor' } })
  mail.sent.length = 0

  const forgot = (address: string) => server.request('/api/users/forgot-password', { body: { email: address } })
  const known = await forgot(email)
  const unknown = await forgot(`nobody-${Date.now()}@impact-cms.test`)
  expect(known.status).toBe(200)
  expect({ status: unknown.status, body: unknown.body }).toEqual({ status: known.status, body: known.body })

  expect(mail.sent.map((m) => m.to)).toEqual([email])
  const token = String(mail.sent[0].html).match(resetLinkPattern)?.[1]
  expect(token).toBeDefined()

  // a second request within the interval answers the same and sends nothing
  const again = await forgot(email)
  expect({ status: again.status, body: again.body }).toEqual({ status: known.status, body: known.body })
  expect(mail.sent).toHaveLength(1)

  const reset = (resetToken: string, password: string) =>
    server.request('/api/users/reset-password', { body: { token: resetToken, password } })
  expect((await reset(token as string, 'new-password-2')).status).toBe(200)
  expect((await server.request('/api/users/login', { body: { email, password: 'new-password-2' } })).status).toBe(200)
  expect((await server.request('/api/users/login', { body: { email, password: 'old-password-1' } })).status).toBe(401)

  const reused = await reset(token as string, 'third-password-3')
  expect(reused.status).toBeGreaterThanOrEqual(400)
  expect(reused.status).toBeLessThan(500)
  expect(reused.body.errors?.[0]?.message).toEqual(expect.any(String))

  return { email }
}

/** A token past its expiration is refused with a 4xx and changes nothing. */
export const checkExpiredTokenRefused = async (server: TestServer, mail: ReturnType<typeof captureEmails>) => {
  const email = `expired-${Date.now()}@impact-cms.test`
  const user = await server.payload.create({ collection: 'users', data: { email, password: 'kept-password-1', role: 'reviewer' } })
  mail.sent.length = 0
  expect((await server.request('/api/users/forgot-password', { body: { email } })).status).toBe(200)
  const token = String(mail.sent[0]?.html).match(resetLinkPattern)?.[1] as string
  expect(token).toBeDefined()
  await server.payload.db.updateOne({
    collection: 'users',
    id: user.id,
    data: { resetPasswordExpiration: new Date(Date.now() - 60_000).toISOString() },
  })
  const expired = await server.request('/api/users/reset-password', { body: { token, password: 'never-set-2' } })
  expect(expired.status).toBeGreaterThanOrEqual(400)
  expect(expired.status).toBeLessThan(500)
  expect((await server.request('/api/users/login', { body: { email, password: 'kept-password-1' } })).status).toBe(200)
}
