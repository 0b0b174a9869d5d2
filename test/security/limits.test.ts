import http from 'node:http'
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { createWorld, type World } from '../helpers/fixtures.js'
import { rawRequest } from '../helpers/rawRequest.js'
import { startTestServer, type TestServer } from '../helpers/testServer.js'

/**
 * Issue 8, finding 7: body sizes and page sizes are bounded for HTTP callers (413 / 400 JSON answers),
 * while our own Local API calls (delivery, seed, workflow bundle) still read everything they need.
 */
const MAX_JSON_BODY = 64 * 1024
const MAX_UPLOAD_BYTES = 256 * 1024
const MAX_PAGE_SIZE = 100

let server: TestServer
let world: World
const savedEnv = { ...process.env }


const send = rawRequest(() => server.url)

/**
 * Streams `total` bytes (chunked unless `declareLength`) and reports how many had been written when the answer
 * came: a server that counts the stream answers long before a large body is through.
 */
const streamBody = (pathname: string, options: { total: number; contentType: string; declareLength?: boolean }) =>
  new Promise<{ status: number; body: string; bytesWritten: number }>((resolve, reject) => {
    const url = new URL(pathname, server.url)
    const headers: Record<string, string | number> = { 'content-type': options.contentType }
    if (options.declareLength) headers['content-length'] = options.total
    const request = http.request(url, { method: 'POST', headers })
    let written = 0
    let answered = false
    const chunk = Buffer.alloc(64 * 1024, 'a')
    request.on('response', (response) => {
      answered = true
      const writtenAtAnswer = written
      let body = ''
      response.setEncoding('utf8')
      response.on('data', (c: string) => (body += c))
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body, bytesWritten: writtenAtAnswer }))
    })
    // the server closes the connection after refusing: writes after that may fail, which is expected
    request.on('error', (error) => {
      if (!answered) reject(error)
    })
    const pump = () => {
      while (!answered && written < options.total) {
        const piece = chunk.subarray(0, Math.min(chunk.length, options.total - written))
        written += piece.length
        if (!request.write(piece)) {
          request.once('drain', pump)
          return
        }
      }
      if (!answered) request.end()
    }
    pump()
  })

beforeAll(async () => {
  Object.assign(process.env, {
    MAX_JSON_BODY: String(MAX_JSON_BODY),
    MAX_UPLOAD_BYTES: String(MAX_UPLOAD_BYTES),
    MAX_PAGE_SIZE: String(MAX_PAGE_SIZE),
  })
  server = await startTestServer({ seed: false, demoUsers: false })
  world = await createWorld(server)
  for (let i = 0; i < MAX_PAGE_SIZE + 20; i++) await server.payload.create({ collection: 'people', data: { name: `Person ${i}` } })
}, 120_000)

afterAll(async () => {
  await server?.close()
  process.env = savedEnv
})

describe('body size', () => {
  test('a JSON body over MAX_JSON_BODY is refused with 413, declared or chunked, before it is read whole', async () => {
    const before = (await server.payload.count({ collection: 'people' })).totalDocs
    const big = JSON.stringify({ name: 'x'.repeat(MAX_JSON_BODY) })
    const declared = await send('/api/people', {
      method: 'POST',
      body: big,
      headers: { 'content-type': 'application/json' },
      token: world.tokenOf('editor'),
    })
    expect(declared).toMatchObject({ status: 413, message: expect.stringMatching(/too large/i) })
    expect(declared.body).toEqual({ errors: [{ message: expect.any(String) }] })

    // 100 MB, anonymous, chunked (no Content-Length to trust): answered after a small part of it
    const chunked = await streamBody('/api/people', { total: 100 * 1024 * 1024, contentType: 'application/json' })
    expect(chunked.status).toBe(413)
    expect(JSON.parse(chunked.body)).toEqual({ errors: [{ message: expect.stringMatching(/too large/i) }] })
    expect(chunked.bytesWritten).toBeLessThan(20 * 1024 * 1024)

    // a lying Content-Length is not trusted either: the stream is counted
    const lying = await streamBody('/api/graphql', { total: 100 * 1024 * 1024, contentType: 'application/json', declareLength: true })
    expect(lying.status).toBe(413)

    expect((await server.payload.count({ collection: 'people' })).totalDocs).toBe(before)
    // a body just under the limit is still accepted
    const fits = await send('/api/people', {
      method: 'POST',
      body: JSON.stringify({ name: 'Fits' }),
      headers: { 'content-type': 'application/json' },
      token: world.tokenOf('editor'),
    })
    expect(fits.status).toBe(201)
    // bodies on other methods are bounded too
    const onDelete = await send(`/api/people/${fits.body.doc.id}`, {
      method: 'DELETE',
      body: big,
      headers: { 'content-type': 'application/json' },
      token: world.tokenOf('editor'),
    })
    expect(onDelete.status).toBe(413)
    expect((await server.payload.count({ collection: 'people', where: { id: { equals: fits.body.doc.id } } })).totalDocs).toBe(1)
  })

  test('an upload over MAX_UPLOAD_BYTES is refused with 413 and nothing is stored', async () => {
    const before = (await server.payload.count({ collection: 'media' })).totalDocs
    const form = new FormData()
    form.append('file', new Blob([Buffer.alloc(MAX_UPLOAD_BYTES + 1024, 1)], { type: 'image/png' }), 'big.png')
    form.append('_payload', JSON.stringify({ alt: 'too big' }))
    const answer = await send('/api/media', { method: 'POST', body: form, token: world.tokenOf('editor') })
    expect(answer).toMatchObject({ status: 413, message: expect.stringMatching(/too large/i) })

    const anonymous = await streamBody('/api/media', { total: 50 * 1024 * 1024, contentType: 'multipart/form-data; boundary=x' })
    expect(anonymous.status).toBe(413)
    expect(anonymous.bytesWritten).toBeLessThan(20 * 1024 * 1024)
    expect((await server.payload.count({ collection: 'media' })).totalDocs).toBe(before)
  })
})

describe('page size', () => {
  test(`REST lists give at most ${MAX_PAGE_SIZE} per page to anonymous and signed-in callers`, async () => {
    for (const token of [undefined, world.tokenOf('contributorOwn'), world.tokenOf('admin')]) {
      // asking for everything is refused
      for (const query of ['limit=-1', 'limit=0', 'limit=1e3', 'limit=abc', 'limit[]=5', 'pagination=false', 'pagination=false&limit=5']) {
        const answer = await send(`/api/people?${query}`, { token })
        expect({ query, status: answer.status, message: answer.message }).toEqual({
          query,
          status: 400,
          message: expect.stringMatching(/limit|pagination/),
        })
      }
      // asking for more than a page gets a full page, and says so
      for (const query of ['limit=100000', `limit=${MAX_PAGE_SIZE + 1}`, '%6Cimit=100000', 'limit=99999999999999999999']) {
        const answer = await send(`/api/people?${query}&depth=0`, { token })
        expect({ query, status: answer.status, docs: answer.body.docs?.length, limit: answer.body.limit, hasNextPage: answer.body.hasNextPage }).toEqual({
          query,
          status: 200,
          docs: MAX_PAGE_SIZE,
          limit: MAX_PAGE_SIZE,
          hasNextPage: true,
        })
      }
      const versions = await send('/api/reports/versions?limit=100000', { token })
      expect(versions.body.limit ?? MAX_PAGE_SIZE).toBeLessThanOrEqual(MAX_PAGE_SIZE)
      const defaults = await send('/api/people?depth=0', { token })
      expect(defaults.body.docs).toHaveLength(10)
    }
    // our own Local API calls are not limited (delivery, seed and the workflow use pagination: false)
    const everyone = await server.payload.find({ collection: 'people', pagination: false, depth: 0 })
    expect(everyone.docs.length).toBeGreaterThan(MAX_PAGE_SIZE)
  })

  test('GraphQL list arguments obey the same maximum, literal or in variables', async () => {
    const refused = [
      ['{ People(limit: -1) { docs { id } } }', {}],
      ['{ People(limit: 0) { docs { id } } }', {}],
      ['{ People(pagination: false) { docs { id } } }', {}],
      ['{ People(page: 0) { docs { id } } }', {}],
      ['query ($p: Boolean) { People(pagination: $p) { docs { id } } }', { p: false }],
      ['query ($n: Int) { People(limit: $n) { docs { id } } }', { n: 0 }],
    ] as const
    for (const [query, variables] of refused) {
      const answer = await server.graphql(query, variables)
      expect({ query, status: answer.status, errors: answer.body.errors }).toEqual({
        query,
        status: 400,
        errors: [{ message: expect.stringMatching(/limit|pagination|page/) }],
      })
      expect(answer.body.data).toBeUndefined()
    }
    const lowered = [
      ['{ People(limit: 100000) { docs { id } hasNextPage limit } }', {}],
      ['query ($n: Int) { People(limit: $n) { docs { id } hasNextPage limit } }', { n: 5000 }],
      ['query ($n: Int = 1000) { People(limit: $n) { docs { id } hasNextPage limit } }', {}],
      [`{ People(limit: ${MAX_PAGE_SIZE}) { docs { id } hasNextPage limit } }`, {}],
    ] as const
    for (const [query, variables] of lowered) {
      const answer = await server.graphql(query, variables)
      const people = answer.body.data?.People
      expect({ query, docs: people?.docs.length, limit: people?.limit, hasNextPage: people?.hasNextPage }).toEqual({
        query,
        docs: MAX_PAGE_SIZE,
        limit: MAX_PAGE_SIZE,
        hasNextPage: true,
      })
    }
    const own = await server.graphql('{ impactReports(limit: 500) { docs { slug } } }')
    expect(own.status).toBe(200)
  })
})
