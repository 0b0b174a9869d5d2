/**
 * The admin's relationship pickers ask for their choices with POST + `X-Payload-HTTP-Method-Override: GET` and a
 * form-encoded query (issue 9, trap 1-3: every picker said "An error has occurred" after issue 8's body guard).
 * Such a request is answered as the GET it stands for, with the same checks a GET gets.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { stringify } from 'qs-esm'
import { createWorld, type World } from '../helpers/fixtures.js'
import { startTestServer, type TestServer } from '../helpers/testServer.js'

let server: TestServer
let world: World

beforeAll(async () => {
  server = await startTestServer({ seed: false, demoUsers: false })
  world = await createWorld(server)
})
afterAll(async () => {
  await server?.close()
})

/** A request as the admin's relationship field sends it. */
const overriddenGet = async (collection: string, query: Record<string, unknown>, token = world.users.editor.token) => {
  const response = await fetch(`${server.url}/api/${collection}`, {
    method: 'POST',
    body: stringify(query),
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'x-payload-http-method-override': 'GET',
      authorization: `JWT ${token}`,
    },
  })
  return { status: response.status, body: await response.json() }
}

describe('POST with X-Payload-HTTP-Method-Override: GET', () => {
  test("answers as the GET it stands for (a picker's choices, filtered)", async () => {
    const { status, body } = await overriddenGet('goals', {
      depth: 0,
      limit: 10,
      select: { label: true },
      sort: 'number',
      where: { and: [{ id: { not_in: [world.goal2.id] } }, { framework: { equals: world.framework.id } }] },
    })
    expect(status).toBe(200)
    expect(body.docs.map((doc: { id: string }) => doc.id)).toEqual([world.goal1.id])
  })

  test('gets the checks a GET gets: a malformed where is a 400, a limit above the maximum is lowered', async () => {
    const malformed = await overriddenGet('goals', { where: { title: { no_such_operator: 'x' } } })
    expect(malformed.status).toBe(400)
    expect(malformed.body.errors[0].message).toMatch(/unknown operator/)

    const large = await overriddenGet('goals', { limit: 100_000 })
    expect(large.status).toBe(200)
    expect(large.body.limit).toBeLessThanOrEqual(100)
  })

  test('reads only what the caller may read, like the GET', async () => {
    const report = await server.payload.create({
      collection: 'reports',
      draft: true,
      data: { title: 'Draft of A', organisation: world.orgA.id, framework: world.framework.id, _status: 'draft' },
    })
    const own = await overriddenGet('reports', { draft: true, where: { id: { equals: report.id } } }, world.users.contributorOwn.token)
    const other = await overriddenGet('reports', { draft: true, where: { id: { equals: report.id } } }, world.users.contributorOther.token)
    expect([own.status, own.body.totalDocs]).toEqual([200, 1])
    expect([other.status, other.body.totalDocs]).toEqual([200, 0])
  })
})
