import { afterAll, beforeAll, expect, test } from '@jest/globals'
import { sessionCookies } from '../../src/http/sessionCookies.js'
import type { TestServer } from '../helpers/testServer.js'

/**
 * Finding 9: in production the login cookie is Secure (and SameSite=Lax, HttpOnly). The collections are
 * evaluated with NODE_ENV=production here, so the server is imported only after setting it.
 */
let server: TestServer

beforeAll(async () => {
  const nodeEnv = process.env.NODE_ENV
  Object.assign(process.env, { NODE_ENV: 'production' })
  let start: typeof import('../helpers/testServer.js').startTestServer
  try {
    ;({ startTestServer: start } = await import('../helpers/testServer.js'))
  } finally {
    Object.assign(process.env, { NODE_ENV: nodeEnv ?? 'test' })
  }
  server = await start({ seed: false, demoUsers: false })
  await server.payload.create({ collection: 'users', data: { email: 'editor@cookies.test', password: 'editor-password', role: 'editor' } })
})
afterAll(async () => {
  await server?.close()
})

test('production login sets a Secure, HttpOnly, SameSite=Lax cookie', async () => {
  const login = await fetch(`${server.url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'editor@cookies.test', password: 'editor-password' }),
  })
  expect(login.status).toBe(200)
  const cookie = login.headers.getSetCookie().find((c) => c.startsWith('payload-token=')) ?? ''
  expect(cookie).toMatch(/;\s*Secure/i)
  expect(cookie).toMatch(/;\s*HttpOnly/i)
  expect(cookie).toMatch(/;\s*SameSite=Lax/i)
})

test('flags by environment: Secure in production unless COOKIE_SECURE=false; COOKIE_SECURE=true elsewhere', () => {
  expect(sessionCookies({ NODE_ENV: 'production' })).toEqual({ secure: true, sameSite: 'Lax' })
  expect(sessionCookies({ NODE_ENV: 'production', COOKIE_SECURE: 'false' })).toEqual({ secure: false, sameSite: 'Lax' })
  expect(sessionCookies({ NODE_ENV: 'development' })).toEqual({ secure: false, sameSite: 'Lax' })
  expect(sessionCookies({ NODE_ENV: 'development', COOKIE_SECURE: 'true' })).toEqual({ secure: true, sameSite: 'Lax' })
})
