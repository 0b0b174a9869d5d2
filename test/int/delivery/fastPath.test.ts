import { afterAll, beforeAll, expect, test } from '@jest/globals'
import { hctReport } from '../../../src/seed/content/reports/hct.js'
import { startTestServer, type TestServer } from '../../helpers/testServer.js'

/** The Express fast path answers anonymous repeats from the public cache exactly as the Payload endpoint does. */
let server: TestServer
const path = `/api/reports/${hctReport.slug}/assembled`

beforeAll(async () => {
  server = await startTestServer()
})
afterAll(async () => {
  await server?.close()
})

test('a miss goes through Payload, the repeat is served from the cache with the same body and headers', async () => {
  const first = await server.request(path)
  expect(first.status).toBe(200)
  expect(first.headers.get('x-delivery-cache')).toBeNull()
  const second = await server.request(path)
  expect(second.status).toBe(200)
  expect(second.headers.get('x-delivery-cache')).toBe('hit')
  expect(second.body).toEqual(first.body)
  for (const header of ['etag', 'cache-control', 'vary']) expect(second.headers.get(header)).toBe(first.headers.get(header))
  expect(second.headers.get('content-type')).toMatch(/^application\/json/)

  const conditional = await server.request(path, { headers: { 'if-none-match': first.headers.get('etag')! } })
  expect(conditional.status).toBe(304)
  expect(conditional.headers.get('etag')).toBe(first.headers.get('etag'))
})

test('signed-in callers and session cookies bypass it, and a write empties it', async () => {
  await server.request(path)
  const editor = await server.login('editor@impact-cms.test', 'demo-editor-pass')
  const signedIn = await server.request(path, { token: editor })
  expect(signedIn.headers.get('x-delivery-cache')).toBeNull()
  expect(signedIn.headers.get('cache-control')).toBe('private, no-store')
  const cookie = await server.request(path, { headers: { cookie: `payload-token=${editor}` } })
  expect(cookie.headers.get('cache-control')).toBe('private, no-store')

  const organisation = await server.payload.find({ collection: 'organisations', where: { slug: { equals: 'hertfordshire-community-nhs-trust' } } })
  await server.payload.update({ collection: 'organisations', id: organisation.docs[0].id, data: { website: 'https://example.org/hct' } })
  const afterWrite = await server.request(path)
  expect(afterWrite.headers.get('x-delivery-cache')).toBeNull()
  expect(afterWrite.body.organisation.website).toBe('https://example.org/hct')
})
