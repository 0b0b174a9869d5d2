import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { startTestServer, type TestServer } from '../helpers/testServer.js'

let server: TestServer

beforeAll(async () => {
  server = await startTestServer({ seed: false, demoUsers: false })
})
afterAll(async () => {
  await server?.close()
})

describe('HTTP server', () => {
  test('/healthz reports a reachable database', async () => {
    const { status, body } = await server.request('/healthz')
    expect(status).toBe(200)
    expect(body).toMatchObject({ status: 'ok', database: 'reachable' })
  })

  test('REST is served under /api and unknown routes are JSON 404s', async () => {
    const list = await server.request('/api/frameworks')
    expect(list.status).toBe(200)
    expect(list.body.docs).toEqual([])
    const missing = await server.request('/api/no-such-collection')
    expect(missing.status).toBe(404)
  })

  test('GraphQL answers at /api/graphql', async () => {
    const { status, body } = await server.graphql('{ Frameworks { totalDocs } }')
    expect(status).toBe(200)
    expect(body.data.Frameworks.totalDocs).toBe(0)
  })
})
