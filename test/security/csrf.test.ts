import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { createWorld, type World } from '../helpers/fixtures.js'
import { startTestServer, type TestServer } from '../helpers/testServer.js'

/**
 * Finding 9: a write carrying the login cookie is honoured only from the server's own origin or a
 * configured one (SERVER_URL, ALLOWED_ORIGINS: csrfAllowedOrigins.test.ts). Token and API-key clients are
 * not affected. This server has neither variable set, as in development and the e2e tests.
 */
let server: TestServer
let world: World
let cookie: string
let setCookie: string

beforeAll(async () => {
  server = await startTestServer({ seed: false, demoUsers: false })
  world = await createWorld(server)
  const login = await fetch(`${server.url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: world.users.editor.email, password: 'editor-password' }),
  })
  setCookie = login.headers.getSetCookie().find((c) => c.startsWith('payload-token=')) as string
  cookie = setCookie.split(';')[0]
})
afterAll(async () => {
  await server?.close()
})

const organisationCount = async () => (await server.payload.count({ collection: 'organisations' })).totalDocs

/** A browser's cookie-authenticated fetch: the cookie, and the Origin the browser sets itself. */
const withCookie = (pathname: string, init: { method?: string; body?: unknown; origin?: string; headers?: Record<string, string> }) =>
  server.request(pathname, {
    method: init.method ?? 'POST',
    body: init.body,
    headers: { cookie, ...(init.origin ? { origin: init.origin } : {}), ...init.headers },
  })

test('the login cookie is HttpOnly and SameSite=Lax', () => {
  expect(setCookie).toMatch(/HttpOnly/i)
  expect(setCookie).toMatch(/SameSite=Lax/i)
})

describe('cookie-authenticated writes from a foreign origin are refused with 403 and write nothing', () => {
  const evil = 'https://evil.example'

  test('REST create, update and delete', async () => {
    const before = await organisationCount()
    const created = await withCookie('/api/organisations', { origin: evil, body: { name: 'Forged', type: 'other' } })
    expect(created.status).toBe(403)
    expect(created.body.errors[0].message).toMatch(/origin/i)
    expect(await organisationCount()).toBe(before)

    const updated = await withCookie(`/api/organisations/${world.orgA.id}`, { method: 'PATCH', origin: evil, body: { name: 'Renamed' } })
    expect(updated.status).toBe(403)
    const deleted = await withCookie(`/api/organisations/${world.orgB.id}`, { method: 'DELETE', origin: evil })
    expect(deleted.status).toBe(403)
    const after = await server.payload.find({ collection: 'organisations', where: { id: { in: [world.orgA.id, world.orgB.id] } } })
    expect(after.docs.map((d) => d.name).sort()).toEqual(['Org A Trust', 'Org B Council'])
  })

  test('workflow transition and GraphQL mutation', async () => {
    const report = await server.payload.create({
      collection: 'reports',
      draft: true,
      data: { title: 'Forgery target', organisation: world.orgA.id, framework: world.framework.id, _status: 'draft' },
    })
    const transition = await withCookie(`/api/reports/${report.id}/workflow/submit`, { origin: evil, body: {} })
    expect(transition.status).toBe(403)
    const stored = await server.payload.findByID({ collection: 'reports', id: report.id, draft: true })
    expect(stored.workflow?.stage ?? 'draft').toBe('draft')

    const before = await organisationCount()
    const mutation = await withCookie('/api/graphql', {
      origin: evil,
      body: { query: 'mutation { createOrganisation(data: { name: "Forged by GraphQL", type: other }) { id } }' },
    })
    expect(mutation.status).toBe(403)
    expect(await organisationCount()).toBe(before)
  })

  test('an opaque origin ("null"), a foreign Referer, and requests without any origin', async () => {
    const write = (name: string, init: { origin?: string; headers?: Record<string, string> }) =>
      withCookie('/api/organisations', { ...init, body: { name, type: 'other' } })
    expect((await write('Sandboxed', { origin: 'null' })).status).toBe(403)
    expect((await write('Referred', { headers: { referer: 'https://evil.example/page' } })).status).toBe(403)
    expect((await write('Cross-site', { headers: { 'sec-fetch-site': 'cross-site' } })).status).toBe(403)
    // a non-browser client holding the cookie: like Payload's own csrf check, it must use Authorization
    const script = await write('Script', {})
    expect(script.status).toBe(403)
    expect(script.body.errors[0].message).toMatch(/Authorization/)
  })

  test('a look-alike of the server host on another port or as a suffix', async () => {
    const { host, hostname } = new URL(server.url)
    for (const origin of [`http://${hostname}:1`, `http://${host}.evil.example`]) {
      expect((await withCookie('/api/organisations', { origin, body: { name: 'Look-alike', type: 'other' } })).status).toBe(403)
    }
  })
})

describe('what keeps working', () => {
  test('the same origin as the Host (the admin, with or without SERVER_URL)', async () => {
    const created = await withCookie('/api/organisations', { origin: server.url, body: { name: 'Same origin', type: 'other' } })
    expect(created.status).toBe(201)
  })

  test('a same-origin browser request without Origin (Sec-Fetch-Site: same-origin) and a same-origin Referer', async () => {
    const fetchSite = await withCookie('/api/organisations', { body: { name: 'Fetch site', type: 'other' }, headers: { 'sec-fetch-site': 'same-origin' } })
    expect(fetchSite.status).toBe(201)
    const referred = await withCookie('/api/organisations', { body: { name: 'Own page', type: 'other' }, headers: { referer: `${server.url}/admin/collections/organisations/create` } })
    expect(referred.status).toBe(201)
  })

  test('reads with the cookie', async () => {
    const me = await withCookie('/api/users/me', { method: 'GET', origin: server.url })
    expect(me.body.user?.email).toBe(world.users.editor.email)
  })

  test('token and API-key clients from any origin', async () => {
    const token = await server.request('/api/organisations', {
      body: { name: 'Token client', type: 'other' },
      token: world.users.editor.token,
      headers: { origin: 'https://evil.example', cookie },
    })
    expect(token.status).toBe(201)

    const apiKey = 'csrf-test-api-key-0123456789abcdef'
    await server.payload.update({ collection: 'users', id: world.users.editor.id, data: { enableAPIKey: true, apiKey } })
    const keyed = await server.request('/api/organisations', {
      body: { name: 'API-key client', type: 'other' },
      headers: { origin: 'https://evil.example', authorization: `users API-Key ${apiKey}` },
    })
    expect(keyed.status).toBe(201)
  })
})
