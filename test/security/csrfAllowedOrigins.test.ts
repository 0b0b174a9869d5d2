import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { trustedOrigins } from '../../src/http/trustedOrigins.js'
import { createAccounts, type Account } from '../helpers/accounts.js'
import { startTestServer, type TestServer } from '../helpers/testServer.js'

/**
 * Finding 9 with SERVER_URL and ALLOWED_ORIGINS set: Payload's csrf and cors lists come from them, so the
 * login cookie counts only from those origins, for writes (our origin check) and reads (Payload's).
 */
const publicURL = 'https://cms.example.org'
const partnerSite = 'https://reports.partner.example'
let server: TestServer
let editor: Account
let cookie: string

beforeAll(async () => {
  const previous = { SERVER_URL: process.env.SERVER_URL, ALLOWED_ORIGINS: process.env.ALLOWED_ORIGINS }
  Object.assign(process.env, { SERVER_URL: `${publicURL}/`, ALLOWED_ORIGINS: ` ${partnerSite}/ , https://second.partner.example` })
  try {
    server = await startTestServer({ seed: false, demoUsers: false })
  } finally {
    for (const [name, value] of Object.entries(previous)) {
      if (value === undefined) delete process.env[name]
      else process.env[name] = value
    }
  }
  ;({ editor } = await createAccounts(server, { editor: { role: 'editor', organisations: [] } }, () => 'editor@origins.test'))
  cookie = `payload-token=${editor.token}`
})
afterAll(async () => {
  await server?.close()
})

const createFrom = (origin: string, name: string) =>
  server.request('/api/organisations', { body: { name, type: 'other' }, headers: { cookie, origin } })
const signedInAs = async (origin: string) =>
  (await server.request('/api/users/me', { headers: { cookie, origin } })).body.user?.email ?? null

describe('ALLOWED_ORIGINS and SERVER_URL', () => {
  test('cookie writes from SERVER_URL and each allowed origin succeed; others are refused', async () => {
    expect((await createFrom(publicURL, 'From the admin')).status).toBe(201)
    expect((await createFrom(partnerSite, 'From the partner')).status).toBe(201)
    expect((await createFrom('https://second.partner.example', 'From the second partner')).status).toBe(201)
    expect((await createFrom('https://evil.example', 'Forged')).status).toBe(403)
    expect((await server.payload.count({ collection: 'organisations', where: { name: { equals: 'Forged' } } })).totalDocs).toBe(0)
  })

  test('reads: the cookie counts only from configured origins (Payload csrf); others read anonymously', async () => {
    expect(await signedInAs(partnerSite)).toBe(editor.email)
    expect(await signedInAs(publicURL)).toBe(editor.email)
    expect(await signedInAs('https://evil.example')).toBeNull()
  })

  test('CORS answers configured origins only', async () => {
    const allowedOrigin = async (origin: string) =>
      (await server.request('/api/organisations?limit=1', { headers: { origin } })).headers.get('access-control-allow-origin')
    expect(await allowedOrigin(partnerSite)).toBe(partnerSite)
    expect(await allowedOrigin('https://evil.example')).toBeNull()
  })
})

describe('trustedOrigins (parsing the environment)', () => {
  test('normalises to scheme://host[:port], drops blanks and duplicates', () => {
    expect(trustedOrigins({ SERVER_URL: 'https://cms.example.org/base/', ALLOWED_ORIGINS: 'https://a.example:8443/x, ,https://cms.example.org' })).toEqual([
      'https://cms.example.org',
      'https://a.example:8443',
    ])
    expect(trustedOrigins({})).toEqual([])
  })

  test('refuses entries that are not http(s) URLs, and ALLOWED_ORIGINS without SERVER_URL', () => {
    expect(() => trustedOrigins({ SERVER_URL: 'https://cms.example.org', ALLOWED_ORIGINS: 'reports.partner.example' })).toThrow(/not a URL/)
    expect(() => trustedOrigins({ SERVER_URL: 'https://cms.example.org', ALLOWED_ORIGINS: 'ftp://files.example' })).toThrow(/http/)
    expect(() => trustedOrigins({ ALLOWED_ORIGINS: 'https://a.example' })).toThrow(/SERVER_URL/)
  })
})
