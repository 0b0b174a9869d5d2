import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { createReportWithChildren, createWorld, type World } from '../helpers/fixtures.js'
import { rawRequest } from '../helpers/rawRequest.js'
import { startTestServer, type TestServer } from '../helpers/testServer.js'

/**
 * Issue 8, finding 6: malformed input gets a 4xx JSON error naming the problem, and nothing is written.
 * Before the fix these were 500s ("Something went wrong.") or silent changes.
 */
let server: TestServer
let world: World
let evidenceId: string
let contributor: string
let editor: string

const send = rawRequest(() => server.url)

const withBody = (method: string, body: string, contentType: string, token?: string) => ({
  method,
  body,
  token,
  headers: { 'content-type': contentType },
})

const counts = async () => ({
  evidence: (await server.payload.count({ collection: 'evidence' })).totalDocs,
  recommendations: (await server.payload.count({ collection: 'recommendations' })).totalDocs,
  people: (await server.payload.count({ collection: 'people' })).totalDocs,
  media: (await server.payload.count({ collection: 'media' })).totalDocs,
  events: (await server.payload.count({ collection: 'workflow-events' })).totalDocs,
})

const evidenceNow = () => server.payload.findByID({ collection: 'evidence', id: evidenceId, draft: true, depth: 0 })

/** A multipart body written by hand, so a filename can carry bytes that FormData would escape. */
const multipart = (parts: { name: string; filename?: string; type?: string; content: string | Buffer }[]) => {
  const boundary = `----impact${Date.now()}`
  const chunks: Buffer[] = []
  for (const part of parts) {
    const disposition = `form-data; name="${part.name}"${part.filename === undefined ? '' : `; filename="${part.filename}"`}`
    const head = `--${boundary}\r\nContent-Disposition: ${disposition}\r\n${part.type ? `Content-Type: ${part.type}\r\n` : ''}\r\n`
    chunks.push(Buffer.from(head, 'utf8'), Buffer.isBuffer(part.content) ? part.content : Buffer.from(part.content, 'utf8'), Buffer.from('\r\n'))
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`))
  return { body: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` }
}

const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
)

beforeAll(async () => {
  server = await startTestServer({ seed: false, demoUsers: false })
  world = await createWorld(server)
  const { evidence } = await createReportWithChildren(server.payload, world, 'draft', 'Malformed')
  evidenceId = evidence.id
  contributor = world.tokenOf('contributorOwn')!
  editor = world.tokenOf('editor')!
}, 60_000)

afterAll(async () => {
  await server?.close()
})

describe('request bodies', () => {
  const notAnObject = ['null', '5', '[]', '"text"', 'true']
  const invalid = ['{bad', '{"title":', '']

  test('a JSON body that is not an object is refused on create, update and login; nothing is written', async () => {
    const before = await counts()
    const title = (await evidenceNow()).title
    for (const body of notAnObject) {
      const created = await send('/api/recommendations', withBody('POST', body, 'application/json', contributor))
      const updated = await send(`/api/evidence/${evidenceId}?draft=true`, withBody('PATCH', body, 'application/json', contributor))
      const login = await send('/api/users/login', withBody('POST', body, 'application/json'))
      for (const answer of [created, updated, login]) {
        expect(answer).toMatchObject({ status: 400, message: expect.stringMatching(/JSON object/) })
      }
    }
    for (const body of invalid.filter(Boolean)) {
      const created = await send('/api/recommendations', withBody('POST', body, 'application/json', contributor))
      expect(created).toMatchObject({ status: 400, message: expect.stringMatching(/Invalid JSON/) })
    }
    expect(await counts()).toEqual(before)
    expect((await evidenceNow()).title).toBe(title)
  })

  test('bodies that are not JSON or multipart are refused with 415 naming the content type', async () => {
    const before = await counts()
    const title = (await evidenceNow()).title
    const json = JSON.stringify({ title: 'Changed by text/plain', report: 'x', status: 'proposed' })
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'application/xml', 'text/html; charset=utf-8']) {
      const created = await send('/api/recommendations', withBody('POST', json, type, contributor))
      const updated = await send(`/api/evidence/${evidenceId}?draft=true`, withBody('PATCH', json, type, contributor))
      const login = await send('/api/users/login', withBody('POST', JSON.stringify({ email: 'a@b.c', password: 'x' }), type))
      for (const answer of [created, updated, login]) {
        expect(answer).toMatchObject({ status: 415, message: expect.stringContaining(type.split(';')[0]) })
      }
    }
    // a body without any Content-Type at all
    const untyped = await send('/api/recommendations', { method: 'POST', body: new Uint8Array(Buffer.from(json)), token: contributor })
    expect(untyped.status).toBe(415)
    // a create or update without any body names what is missing
    const empty = await send(`/api/evidence/${evidenceId}?draft=true`, { method: 'PATCH', token: contributor })
    expect(empty).toMatchObject({ status: 400, message: expect.stringContaining('data') })
    // a POST without content still reaches endpoints that take none (the reviewer is not used after this)
    const logout = await send('/api/users/logout', { method: 'POST', token: world.tokenOf('reviewer') })
    expect(logout.status).toBeLessThan(500)
    expect(await counts()).toEqual(before)
    expect((await evidenceNow()).title).toBe(title)
  })
})

describe('query strings', () => {
  test('page must be a whole number from 1: 1e20, 0, -1, NaN, huge and fractions are refused', async () => {
    for (const page of ['1e20', '0', '-1', 'NaN', '99999999999999999999', '1.5', 'abc']) {
      for (const token of [undefined, editor]) {
        const answer = await send(`/api/goals?page=${page}`, { token })
        expect({ page, ...answer }).toMatchObject({ page, status: 400, message: expect.stringMatching(/page/) })
      }
    }
    expect((await send('/api/goals?page=2&limit=1', {})).status).toBe(200)
  })

  test('malformed where clauses are refused with 400 naming the path', async () => {
    const deep = `where${'[or][0]'.repeat(30)}[title][equals]=a`
    const cases: [string, RegExp][] = [
      ['where[title][near]=1,2', /near/],
      ['where[title][intersects]=1', /intersects/],
      ['where[title][foo]=1', /foo/],
      ['where[title][equals][]=a', /title.*equals/],
      ['where[title][equals][]=a&where[title][equals][]=b', /title.*equals/],
      ['where[title][like][x]=a', /title.*like/],
      ['where[title]=plain', /title/],
      ['where[or]=x', /or/],
      ['where[and][0]=x', /and/],
      ['where={bad', /where/],
      ['where=[1]', /where/],
      [deep, /nest/],
      // the SQL adapters pass an unparseable date on as undefined and the query fails
      ['where[createdAt][greater_than]=notadate', /date/],
      ['where[framework.createdAt][less_than]=nope', /date/],
      ['where[updatedAt][in]=2020-01-01,nope', /date/],
    ]
    for (const [query, message] of cases) {
      for (const token of [undefined, editor]) {
        const answer = await send(`/api/goals?${query}`, { token })
        expect({ query, status: answer.status, message: answer.message }).toEqual({ query, status: 400, message: expect.stringMatching(message) })
        expect(answer.body).toEqual({ errors: [{ message: expect.any(String) }] })
      }
    }
    // well-formed queries still work, including the list operators and the admin's nested and/or
    for (const query of [
      'where[title][equals]=First goal',
      'where[number][in][]=1&where[number][in][]=2',
      'where[number][in]=1,2',
      'where[title][exists]=true',
      'where[createdAt][greater_than]=2020-01-01',
      'where[createdAt][in]=2020-01-01,2021-01-01T00:00:00Z',
      'where[or][0][and][0][title][like]=goal&where[or][0][and][1][number][greater_than]=0',
      `where=${encodeURIComponent(JSON.stringify({ title: { equals: 'First goal' } }))}`,
    ]) {
      const answer = await send(`/api/goals?${query}`, { token: editor })
      expect({ query, status: answer.status }).toEqual({ query, status: 200 })
    }
  })

  test('a bulk update with a malformed where changes nothing', async () => {
    const title = (await evidenceNow()).title
    const answer = await send(
      '/api/evidence?where[title][equals][]=a&draft=true',
      withBody('PATCH', JSON.stringify({ title: 'bulk' }), 'application/json', editor),
    )
    expect(answer.status).toBe(400)
    expect((await evidenceNow()).title).toBe(title)
  })
})

describe('uploads', () => {
  test('a NUL byte or another control character in an upload filename is refused; nothing is stored', async () => {
    const before = await counts()
    for (const filename of ['a\u0000b.png', 'evil\u0001.png', 'line\u001fbreak.png']) {
      const { body, contentType } = multipart([
        { name: 'file', filename, type: 'image/png', content: png },
        { name: '_payload', content: JSON.stringify({ alt: 'a pixel' }) },
      ])
      const answer = await send('/api/media', { method: 'POST', body: new Uint8Array(body), headers: { 'content-type': contentType }, token: editor })
      expect(answer).toMatchObject({ status: 400, message: expect.stringMatching(/file ?name/i) })
    }
    expect(await counts()).toEqual(before)
  })
})

describe('workflow transition names', () => {
  test('names of JavaScript built-ins are unknown transitions (404), never a 500 or a permitted action', async () => {
    const before = await counts()
    const stage = (await evidenceNow()).workflow?.stage
    for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf']) {
      for (const token of [contributor, editor]) {
        const answer = await send(`/api/evidence/${evidenceId}/workflow/${name}`, withBody('POST', '{}', 'application/json', token))
        expect({ name, status: answer.status, message: answer.message }).toEqual({
          name,
          status: 404,
          message: expect.stringContaining(`Unknown workflow transition "${name}"`),
        })
      }
      // GraphQL types the name as an enum, so it is refused before any resolver runs
      const viaGraphql = await server.graphql(
        'mutation ($id: String!, $t: WorkflowTransitionName!) { workflowTransition(collection: evidence, id: $id, transition: $t) { state { id } } }',
        { id: evidenceId, t: name },
        editor,
      )
      expect(viaGraphql.status).toBeLessThan(500)
      expect(viaGraphql.body.errors?.length).toBeGreaterThan(0)
    }
    // the same names where the collection goes: Payload looks collections up by name too
    for (const path of [`/api/constructor/${evidenceId}/workflow/publish`, '/api/__proto__/x/workflow/submit', '/api/toString', '/api/globals/constructor']) {
      const answer = await send(path, withBody('POST', '{}', 'application/json', editor))
      expect({ path, status: answer.status, message: answer.message }).toEqual({ path, status: 404, message: expect.stringContaining('no collection') })
    }
    expect(await counts()).toEqual(before)
    expect((await evidenceNow()).workflow?.stage).toBe(stage)
  })
})

describe('NUL characters in text', () => {
  test('are refused on every write path (REST JSON, GraphQL, the admin’s multipart form) instead of being truncated', async () => {
    const before = await counts()
    const title = (await evidenceNow()).title
    const rest = await send(
      `/api/evidence/${evidenceId}?draft=true`,
      withBody('PATCH', JSON.stringify({ title: 'before\u0000after' }), 'application/json', contributor),
    )
    expect(rest).toMatchObject({ status: 400, message: expect.stringMatching(/NUL/) })

    const nested = await send(
      `/api/evidence/${evidenceId}?draft=true`,
      withBody('PATCH', JSON.stringify({ metrics: [{ label: 'ok', value: 1, valueText: 'x\u0000y' }] }), 'application/json', contributor),
    )
    expect(nested).toMatchObject({ status: 400, message: expect.stringMatching(/NUL/) })

    const graphql = await server.graphql(
      'mutation ($data: mutationPersonInput!) { createPerson(data: $data) { id } }',
      { data: { name: 'Nul\u0000Person' } },
      contributor,
    )
    expect(JSON.stringify(graphql.body.errors ?? [])).toMatch(/NUL/)

    // the admin saves documents as multipart with a `_payload` field: the collection hook catches it there
    const form = multipart([{ name: '_payload', content: JSON.stringify({ name: 'Form\u0000Person' }) }])
    const admin = await send('/api/people', { method: 'POST', body: new Uint8Array(form.body), headers: { 'content-type': form.contentType }, token: contributor })
    expect(admin).toMatchObject({ status: 400, message: expect.stringMatching(/name/) })
    expect(JSON.stringify(admin.body)).toMatch(/NUL/)

    expect(await counts()).toEqual(before)
    expect((await evidenceNow()).title).toBe(title)
  })
})

describe('values of the wrong shape', () => {
  test('are refused with 400 naming the field instead of crashing Payload or the database; nothing is written', async () => {
    const before = await counts()
    const original = await evidenceNow()
    const missing = '00000000-0000-4000-8000-000000000000'
    const cases: [string, Record<string, unknown>][] = [
      ['source', { source: null }],
      ['metrics', { metrics: null }],
      ['metrics', { metrics: 'x' }],
      ['assurance', { assurance: { a: 1 } }],
      ['description', { description: { a: 1 } }],
      ['description', { description: ['a'] }],
      ['goal', { goal: { a: 1 } }],
      ['goal', { goal: missing }],
      ['report', { report: 'not-an-id' }],
    ]
    for (const [field, data] of cases) {
      for (const [method, path] of [
        ['PATCH', `/api/evidence/${evidenceId}?draft=true`],
        ['POST', '/api/evidence?draft=true'],
      ] as const) {
        const answer = await send(path, withBody(method, JSON.stringify(data), 'application/json', editor))
        expect({ field, method, status: answer.status, message: answer.message }).toEqual({
          field,
          method,
          status: 400,
          message: expect.stringContaining(field),
        })
      }
    }
    const report = (await server.payload.find({ collection: 'reports', limit: 1, draft: true })).docs[0]
    const organisation = await send(`/api/reports/${report.id}?draft=true`, withBody('PATCH', JSON.stringify({ organisation: missing }), 'application/json', editor))
    expect(organisation).toMatchObject({ status: 400, message: expect.stringContaining('organisation') })
    expect(await counts()).toEqual(before)
    // what the admin's form sends is still accepted: an empty array field as its row count, empty values as null
    const adminForm = multipart([
      { name: '_payload', content: JSON.stringify({ name: 'Admin Form Trust', type: 'charity', identifiers: 0, regions: null, parent: null, populationServed: { value: null, description: null } }) },
    ])
    const saved = await send('/api/organisations', { method: 'POST', body: new Uint8Array(adminForm.body), headers: { 'content-type': adminForm.contentType }, token: editor })
    expect(saved.status).toBe(201)
    const after = await evidenceNow()
    expect({ title: after.title, description: after.description, updatedAt: after.updatedAt }).toEqual({
      title: original.title,
      description: original.description,
      updatedAt: original.updatedAt,
    })
  })
})

describe('system fields', () => {
  test('createdAt, updatedAt and id cannot be chosen by API users; the Local API (seeds) still can', async () => {
    const original = await evidenceNow()
    const past = '2001-01-01T00:00:00.000Z'
    const patched = await send(
      `/api/evidence/${evidenceId}?draft=true`,
      withBody('PATCH', JSON.stringify({ createdAt: past, updatedAt: past, description: 'edited' }), 'application/json', contributor),
    )
    expect(patched.status).toBe(200)
    const after = await evidenceNow()
    expect(after.createdAt).toBe(original.createdAt)
    expect(after.updatedAt).not.toBe(past)

    const chosenId = '11111111-1111-4111-8111-111111111111'
    const created = await send(
      '/api/people',
      withBody('POST', JSON.stringify({ id: chosenId, name: 'Time Traveller', createdAt: past, updatedAt: past }), 'application/json', contributor),
    )
    expect(created.status).toBe(201)
    expect(created.body.doc.id).not.toBe(chosenId)
    expect(created.body.doc.createdAt).not.toBe(past)
    expect(created.body.doc.updatedAt).not.toBe(past)

    const viaGraphql = await server.graphql(
      'mutation ($id: String!, $data: mutationPersonUpdateInput!) { updatePerson(id: $id, data: $data) { createdAt } }',
      { id: created.body.doc.id, data: { createdAt: past } },
      editor,
    )
    expect(viaGraphql.body.data?.updatePerson?.createdAt ?? null).not.toBe(past)
    expect((await server.payload.findByID({ collection: 'people', id: created.body.doc.id })).createdAt).toBe(created.body.doc.createdAt)

    const seeded = await server.payload.create({ collection: 'people', data: { name: 'Seeded', createdAt: past } })
    expect(seeded.createdAt).toBe(past)
  })
})
