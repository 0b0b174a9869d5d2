import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import fc from 'fast-check'
import { documentBody, graphqlRequest, malformedBody, nastyString, queryString, type JsonTree } from '../helpers/fuzzArbitraries.js'
import { createReportWithChildren, createWorld, type World } from '../helpers/fixtures.js'
import { openSqliteFile, snapshotDifference, type SqliteFile } from '../helpers/sqliteFile.js'
import { startTestServer, type TestServer } from '../helpers/testServer.js'

/**
 * Property/fuzz suite over REST create/update/query, uploads, workflow transitions and GraphQL, as an anonymous
 * client and as a contributor. Invariants for every generated request:
 *   - never a 5xx, never a hang (each request is bounded by `requestTimeoutMs`);
 *   - a refused request (4xx, or a GraphQL answer with errors and no data) leaves the database unchanged:
 *     row counts and a hash of every row of every table, read from the SQLite file, before = after;
 *   - a GET never writes;
 *   - an accepted write stores what was sent (no silent NUL truncation), is not published and keeps a server-set
 *     `createdAt`.
 * All violations are collected (not only the first), grouped by class and printed with their smallest example.
 * FUZZ_SEED reproduces a run; FUZZ_RUNS scales the number of cases.
 */

const seed = Number(process.env.FUZZ_SEED ?? 20261201)
const scale = Number(process.env.FUZZ_RUNS ?? 1)
const requestTimeoutMs = 5_000

type Actor = 'anonymous' | 'contributor'
type FuzzRequest = { actor: Actor; method: string; path: string; contentType?: string; body?: string; kind: 'rest' | 'graphql' }
type Violation = { rule: string; request: FuzzRequest; status: number | string; response: string }

let server: TestServer
let world: World
let db: SqliteFile
let ids: { reportId: string; evidenceId: string; publishedReportId: string; publishedEvidenceId: string; quoteId: string; recommendationId: string }
const violations: Violation[] = []
const notes = new Set<string>()
/** Status counts per test, printed at the end: shows how much got past validation. */
const statuses = new Map<string, Map<string, number>>()
let area = ''
const countStatus = (status: number | string) => {
  const counts = statuses.get(area) ?? new Map<string, number>()
  counts.set(String(status), (counts.get(String(status)) ?? 0) + 1)
  statuses.set(area, counts)
}
let casesRun = 0

beforeAll(async () => {
  server = await startTestServer({ seed: false, demoUsers: false })
  world = await createWorld(server)
  const live = await createReportWithChildren(server.payload, world, 'published', 'Fuzz published')
  const draft = await createReportWithChildren(server.payload, world, 'draft', 'Fuzz draft')
  ids = {
    reportId: draft.report.id,
    evidenceId: draft.evidence.id,
    quoteId: draft.quote.id,
    recommendationId: draft.recommendation.id,
    publishedReportId: live.report.id,
    publishedEvidenceId: live.evidence.id,
  }
  db = openSqliteFile(server.databaseFile)
}, 60_000)

afterAll(async () => {
  const classes = new Map<string, Violation[]>()
  for (const v of violations) {
    const key = `${v.rule} | ${v.request.method} ${templateOf(v.request.path)} | ${v.status}`
    classes.set(key, [...(classes.get(key) ?? []), v])
  }
  const lines = [...classes].map(([key, list]) => {
    const smallest = list.reduce((a, b) => (describe_(a).length <= describe_(b).length ? a : b))
    return `  ${list.length}× ${key}\n      e.g. ${describe_(smallest)}\n      → ${smallest.response}`
  })
  console.log(`fuzz: ${casesRun} cases run (seed ${seed}), ${violations.length} violations${lines.length ? `:\n${lines.join('\n')}` : ''}\nstatuses: ${[...statuses].map(([name, counts]) => `${name} ${[...counts].map(([k, n]) => `${k}×${n}`).join(' ')}`).join('; ')}${notes.size ? `\nnotes:\n  ${[...notes].join('\n  ')}` : ''}`)
  db?.close()
  await server?.close()
})

const templateOf = (path: string) => path.split('?')[0].replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, ':id')
const clip = (text: string, max = 300) => (text.length > max ? `${text.slice(0, max)}… (${text.length} chars)` : text)
const describe_ = (v: Violation) =>
  `${v.request.actor} ${v.request.method} ${clip(v.request.path, 200)}${v.request.contentType ? ` [${v.request.contentType}]` : ''}${v.request.body === undefined ? '' : ` ${clip(JSON.stringify(v.request.body), 300)}`}`

const headersFor = (request: FuzzRequest): Record<string, string> => ({
  ...(request.contentType ? { 'content-type': request.contentType } : {}),
  ...(request.actor === 'contributor' ? { authorization: `JWT ${world.users.contributorOwn.token}` } : {}),
})

/** After a request that timed out, wait for the server to answer again so later cases measure themselves. */
const awaitRecovery = async () => {
  const deadline = Date.now() + 60_000
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${server.url}/healthz`, { signal: AbortSignal.timeout(2_000) })).ok) return
    } catch {
      // still busy
    }
  }
}

const refusedGraphql = (text: string) => {
  try {
    const body = JSON.parse(text) as { data?: Record<string, unknown> | null; errors?: unknown[] }
    return Boolean(body.errors?.length) && Object.values(body.data ?? {}).every((value) => value === null)
  } catch {
    return true
  }
}

/** Sends one request and records every invariant it breaks; returns the status and parsed body. */
const check = async (request: FuzzRequest): Promise<{ status: number; json: unknown }> => {
  casesRun++
  const before = await db.snapshot()
  let status = 0
  let text = ''
  let failure: string | undefined
  // A kept-alive connection the server closed after an earlier answer (e.g. Node's 431) can fail on reuse: one
  // retry (the failed socket is gone, so on a new one) tells that apart from a request that breaks the connection.
  for (let attempt = 1; attempt <= 2; attempt++) {
    try {
      const response = await fetch(`${server.url}${request.path}`, {
        method: request.method,
        headers: headersFor(request),
        body: request.body,
        signal: AbortSignal.timeout(requestTimeoutMs),
      })
      status = response.status
      text = await response.text()
      failure = undefined
      break
    } catch (error) {
      // errors come from another realm under jest: read them by shape, not instanceof
      const { name, message, cause } = error as { name?: string; message?: string; cause?: { code?: string; message?: string } }
      if (name === 'TimeoutError') {
        failure = `hang: no answer within ${requestTimeoutMs} ms`
        break
      }
      failure = `connection failed: ${message ?? String(error)}${cause ? ` (${cause.code ?? ''} ${cause.message ?? ''})` : ''}`
      if (attempt === 2) break
      notes.add(`retried after ${failure}: ${request.method} ${templateOf(request.path)}`)
    }
  }
  if (failure !== undefined) {
    violations.push({ rule: failure.split(':')[0], request, status: 'none', response: failure })
    countStatus(failure.startsWith('hang') ? 'timeout' : 'no response')
    await awaitRecovery()
    return { status: 0, json: undefined }
  }
  const record = (rule: string) => violations.push({ rule, request, status, response: clip(text) })
  countStatus(status)
  if (status >= 500) record('5xx')
  const refused = (status >= 400 && status < 500) || (request.kind === 'graphql' && refusedGraphql(text))
  const changes = snapshotDifference(before, await db.snapshot())
  if (changes.length && refused) record(`refused but wrote (${changes.join('; ')})`)
  if (changes.length && request.method === 'GET') record(`GET wrote (${changes.join('; ')})`)
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    json = undefined
  }
  // Payload's own 404 for unknown routes answers {message}: noted, not failed (the project's errors are {errors:[{message}]})
  // 431 comes from Node's HTTP parser (URL over its header limit) before any route runs
  if (status >= 400 && status < 500 && status !== 431 && request.kind === 'rest' && !isErrorShape(json)) notes.add(`${status} without {errors:[{message}]}: ${request.method} ${templateOf(request.path)} → ${clip(text, 120)}`)
  return { status, json }
}

const isErrorShape = (json: unknown) =>
  typeof json === 'object' && json !== null && Array.isArray((json as { errors?: unknown }).errors) &&
  (json as { errors: unknown[] }).errors.every((e) => typeof (e as { message?: unknown })?.message === 'string')

/** An accepted write keeps what was sent: no silent truncation, no self-publishing, no forged `createdAt`. */
const checkAccepted = (request: FuzzRequest, status: number, json: unknown) => {
  if (status < 200 || status >= 300 || request.body === undefined) return
  let sent: Record<string, unknown>
  try {
    sent = JSON.parse(request.body) as Record<string, unknown>
  } catch {
    return
  }
  if (typeof sent !== 'object' || sent === null || Array.isArray(sent)) return
  const doc = ((json as { doc?: Record<string, unknown> })?.doc ?? {}) as Record<string, unknown>
  const record = (rule: string) => violations.push({ rule, request, status, response: clip(JSON.stringify(json)) })
  for (const field of ['title', 'text', 'name']) {
    const value = Object.prototype.hasOwnProperty.call(sent, field) ? sent[field] : undefined
    if (typeof value === 'string' && typeof doc[field] === 'string' && doc[field] !== value) record(`accepted "${field}" stored differently`)
  }
  if (doc._status === 'published') record('a plain write published')
  if (typeof doc.createdAt === 'string' && Math.abs(Date.parse(doc.createdAt) - Date.now()) > 5 * 60_000 && request.method === 'POST') record('createdAt set by the client')
}

const actor = fc.constantFrom<Actor>('anonymous', 'contributor')
/** Runs `numRuns` generated cases through `body`; returns the violations they added. */
const run = async <T>(name: string, arbitrary: fc.Arbitrary<T>, numRuns: number, body: (value: T) => Promise<void>): Promise<Violation[]> => {
  const first = violations.length
  area = name
  // each area has its own seed, so adding an area or a case elsewhere does not change what this one generates
  const areaSeed = seed + [...name].reduce((sum, c) => sum * 31 + c.charCodeAt(0), 0) % 1_000_003
  for (const value of fc.sample(arbitrary, { seed: areaSeed, numRuns: Math.max(1, Math.round(numRuns * scale)) })) await body(value)
  return violations.slice(first)
}
/** What a failing test shows: one line per violation. */
const summary = (list: Violation[]) => list.map((v) => `${v.rule} (${v.status}): ${describe_(v)} → ${v.response}`)

const bases = (): Record<string, Record<string, JsonTree>> => ({
  reports: { title: 'Fuzz report', organisation: world.orgA.id, framework: world.framework.id },
  evidence: { report: ids.reportId, title: 'Fuzz evidence', goal: world.goal1.id, assurance: 'self-reported' },
  quotes: { report: ids.reportId, text: 'Fuzz words', speakerName: 'A Speaker', context: 'statement' },
  recommendations: { report: ids.reportId, title: 'Fuzz recommendation', status: 'proposed' },
  people: { name: 'Fuzz Person' },
  organisations: { name: 'Fuzz Org', type: 'nhs-trust' },
  users: { email: 'fuzz@fuzz.test', password: 'fuzz-password-1', role: 'admin' },
  'workflow-events': { collection: 'reports', docId: ids.reportId, transition: 'publish', from: 'approved', to: 'published' },
  goals: { framework: world.framework.id, number: 9, title: 'Fuzz goal' },
})

const restWrite = (method: 'POST' | 'PATCH') =>
  fc
    .tuple(actor, fc.constantFrom(...Object.keys(bases())), fc.nat())
    .chain(([who, collection, pick]) => {
      const targets: Record<string, string[]> = {
        reports: [ids.reportId, ids.publishedReportId],
        evidence: [ids.evidenceId, ids.publishedEvidenceId],
        quotes: [ids.quoteId],
        recommendations: [ids.recommendationId],
      }
      const id = targets[collection]?.[pick % (targets[collection]?.length ?? 1)] ?? world.users.contributorOwn.id
      const path = method === 'POST' ? `/api/${collection}` : pick % 5 === 0 ? `/api/${collection}?where[id][equals]=${id}` : `/api/${collection}/${id}`
      return documentBody(bases()[collection]).map((body): FuzzRequest => ({ actor: who, method, path: `${path}${pick % 7 === 0 ? `${path.includes('?') ? '&' : '?'}draft=true` : ''}`, contentType: 'application/json', body, kind: 'rest' }))
    })

describe('fuzz: REST and GraphQL under random and hostile input', () => {
  test('regression corpus: requests earlier fuzz runs found answering 500 are replayed every run', async () => {
    const multipartWithFilename = (filename: string) =>
      ['--b', 'Content-Disposition: form-data; name="_payload"', '', '{"alt":"fuzz"}', '--b', `Content-Disposition: form-data; name="file"; filename="${filename}"`, 'Content-Type: image/png', '', 'PNG', '--b--', ''].join('\r\n')
    const json = 'application/json'
    const corpus: FuzzRequest[] = [
      // Payload looks collection slugs up on a plain object: prototype keys reached a TypeError
      { actor: 'anonymous', method: 'GET', path: '/api/constructor', kind: 'rest' },
      { actor: 'anonymous', method: 'POST', path: '/api/__proto__/x/workflow/submit', contentType: json, body: '{}', kind: 'rest' },
      { actor: 'contributor', method: 'POST', path: `/api/evidence/${ids.evidenceId}/workflow/constructor`, contentType: json, body: '{}', kind: 'rest' },
      // the SQL adapters have no `all` operator for scalar fields
      { actor: 'anonymous', method: 'GET', path: '/api/reports?where[title][all]=x', kind: 'rest' },
      { actor: 'contributor', method: 'GET', path: '/api/organisations?where[name][all]=1&populate=c&joins=null', kind: 'rest' },
      // busboy refuses a part header over its limit ("Malformed part header")
      { actor: 'anonymous', method: 'POST', path: '/api/media', contentType: 'multipart/form-data; boundary=b', body: multipartWithFilename('x'.repeat(20_000)), kind: 'rest' },
      { actor: 'contributor', method: 'POST', path: '/api/media', contentType: 'multipart/form-data; boundary=b', body: multipartWithFilename('a\u0000b.png'), kind: 'rest' },
      // a multipart login without any part
      { actor: 'anonymous', method: 'POST', path: '/api/users/login', contentType: 'multipart/form-data; boundary=zzz', body: '', kind: 'rest' },
      // an empty body without a content type on an update
      { actor: 'contributor', method: 'PATCH', path: `/api/evidence/${ids.evidenceId}`, body: '', kind: 'rest' },
      // graphql-js has no subscription type to measure: Payload's complexity rule threw
      { actor: 'anonymous', method: 'POST', path: '/api/graphql', contentType: json, body: '{"query":"subscription { x }"}', kind: 'graphql' },
    ]
    area = 'corpus'
    const first = violations.length
    for (const request of corpus) await check(request)
    expect(summary(violations.slice(first))).toEqual([])
  }, 120_000)

  test('REST create: random documents with prototype keys, operator objects, unicode and sizes', async () => {
    const found = await run('create', restWrite('POST'), 120, async (request) => {
      const { status, json } = await check(request)
      checkAccepted(request, status, json)
    })
    expect(summary(found)).toEqual([])
  }, 240_000)

  test('REST update and bulk update of drafts and live documents', async () => {
    const found = await run('update', restWrite('PATCH'), 80, async (request) => {
      const { status, json } = await check(request)
      checkAccepted(request, status, json)
    })
    expect(summary(found)).toEqual([])
  }, 240_000)

  test('REST queries: random where trees, limit/page/depth/sort/draft and odd query strings', async () => {
    const collections = ['reports', 'evidence', 'quotes', 'recommendations', 'users', 'workflow-events', 'organisations', 'media', 'goals']
    const arbitrary = fc.tuple(actor, fc.constantFrom(...collections), queryString(), fc.boolean()).map(
      ([who, collection, query, byId]): FuzzRequest => ({
        actor: who,
        method: 'GET',
        path: `/api/${collection}${byId ? `/${ids.publishedReportId}` : ''}?${query}`,
        kind: 'rest',
      }),
    )
    const found = await run('query', arbitrary, 120, async (request) => void (await check(request)))
    expect(summary(found)).toEqual([])
  }, 240_000)

  test('GraphQL: random documents, aliases, fragments, hostile arguments and variables', async () => {
    const arbitrary = fc.tuple(actor, graphqlRequest({ reportId: ids.reportId, evidenceId: ids.evidenceId })).map(
      ([who, body]): FuzzRequest => ({ actor: who, method: 'POST', path: '/api/graphql', contentType: 'application/json', body, kind: 'graphql' }),
    )
    const found = await run('graphql', arbitrary, 100, async (request) => void (await check(request)))
    expect(summary(found)).toEqual([])
  }, 240_000)

  test('malformed bodies and content types on writes, login, transitions and GraphQL', async () => {
    const paths = [
      '/api/evidence', `/api/evidence/${'{id}'}`, '/api/reports', '/api/users/login', '/api/users/forgot-password',
      `/api/evidence/${'{id}'}/workflow/submit`, '/api/graphql', '/api/media',
    ]
    const arbitrary = fc.tuple(actor, fc.constantFrom(...paths), malformedBody()).map(([who, path, { contentType, body }]): FuzzRequest => {
      const resolved = path.replace('{id}', ids.evidenceId)
      return { actor: who, method: resolved.endsWith(ids.evidenceId) ? 'PATCH' : 'POST', path: resolved, contentType, body, kind: resolved === '/api/graphql' ? 'graphql' : 'rest' }
    })
    const found = await run('malformed', arbitrary, 80, async (request) => void (await check(request)))
    expect(summary(found)).toEqual([])
  }, 240_000)

  test('workflow transitions with built-in names and random bodies; uploads with hostile filenames', async () => {
    const names = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'submit', 'approve', 'publish', 'request-changes', '%00', '..']
    const transitions = fc
      .tuple(actor, fc.constantFrom('reports', 'evidence', 'quotes', 'constructor', '__proto__'), fc.constantFrom(...names), fc.constantFrom(ids.evidenceId, ids.reportId, 'not-an-id', '__proto__'), fc.option(fc.constantFrom('{"comment":"\\u0000"}', '{"assignee":{"__proto__":1}}', '{"excludeUnapproved":"yes"}', 'null', '[]'), { nil: undefined }))
      .map(([who, collection, name, id, body]): FuzzRequest => ({ actor: who, method: 'POST', path: `/api/${collection}/${id}/workflow/${encodeURIComponent(name)}`, contentType: 'application/json', body, kind: 'rest' }))
    const uploads = fc.tuple(actor, nastyString(), fc.constantFrom('image/png', 'text/html', 'application/pdf', 'image/svg+xml')).map(
      ([who, filename, mimeType]): FuzzRequest => {
        const boundary = 'fuzzboundary'
        const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex').toString('latin1')
        const body = [
          `--${boundary}`, 'Content-Disposition: form-data; name="_payload"', '', JSON.stringify({ alt: 'fuzz' }),
          `--${boundary}`, `Content-Disposition: form-data; name="file"; filename="${filename.replaceAll('"', '')}"`, `Content-Type: ${mimeType}`, '', png,
          `--${boundary}--`, '',
        ].join('\r\n')
        return { actor: who, method: 'POST', path: '/api/media', contentType: `multipart/form-data; boundary=${boundary}`, body, kind: 'rest' }
      },
    )
    const found = [
      ...(await run('transitions', transitions, 50, async (request) => void (await check(request)))),
      ...(await run('uploads', uploads, 20, async (request) => void (await check(request)))),
    ]
    expect(summary(found)).toEqual([])
  }, 240_000)
})
