import { createHash } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import type { SendEmailOptions } from 'payload'
import type { Quote, Report } from '../../payload-types.js'
import type { SignOffRecord } from '../../src/signoff/types.js'
import { startReportSite, type RunningReportSite } from '../../examples/report-site/site.js'
import { captureEmails } from '../helpers/workflowEmail.js'
import { createWorkflowWorld, type WorkflowWorld } from '../helpers/workflowFixtures.js'
import { uploadImport } from '../helpers/importUpload.js'
import { startTestServer, type TestServer } from '../helpers/testServer.js'

/**
 * A hostile client against this round's new surfaces: export, import, coverage, indicator series, speaker
 * sign-off links, the GraphQL fast path and persisted queries. Each probe asserts the safe behaviour: a 4xx JSON
 * answer (never 500, never a stack trace), no draft shown to someone who may not preview it, nothing half-written,
 * no role doing more than the README's access table allows.
 */
let server: TestServer
let world: WorkflowWorld
let published: Report
let draftOnly: Report
let personId: string
let site: RunningReportSite
const mail = captureEmails()
const secret = 'SECRET-DRAFT-WORDS'
const hostileTitle = '=HYPERLINK("http://evil.test","x") </style><script>alert(1)</script>'

beforeAll(async () => {
  server = await startTestServer({ seed: false, demoUsers: false, extend: (config) => ({ ...config, email: mail.adapter }) })
  world = await createWorkflowWorld(server)
  published = await world.report({ title: hostileTitle, status: 'published' })
  await world.evidence(published.id, { title: '@SUM(1+1)*cmd|" /C calc"!A0', status: 'published' })
  // a newer draft of the published report: only those who may preview it may see these words
  await server.payload.update({ collection: 'reports', id: published.id, draft: true, data: { title: `${secret} title` } })
  draftOnly = await world.report({ title: `${secret} never published` })
  const person = await server.payload.create({
    collection: 'people',
    data: { name: 'Sam Speaker', organisation: world.orgA.id, email: 'speaker@people.test' } as never,
  })
  personId = person.id
  site = await startReportSite({ cmsUrl: server.url, port: 0, host: '127.0.0.1' })
})
afterAll(async () => {
  await site?.close()
  await server?.close()
})

const tokenOf = (actor: 'anonymous' | 'contributorOwn' | 'contributorOther' | 'reviewer' | 'editor') =>
  actor === 'anonymous' ? undefined : world.users[actor].token

const raw = async (pathname: string, init: RequestInit = {}) => {
  const response = await fetch(`${server.url}${pathname}`, init)
  const text = await response.text()
  return { status: response.status, text, headers: response.headers }
}

/** A 4xx JSON answer with an error message and no trace of a stack. */
const expectCleanRefusal = (answer: { status: number; text: string; headers: Headers }, statuses: number[]) => {
  expect(statuses).toContain(answer.status)
  expect(answer.headers.get('content-type') ?? '').toMatch(/json/)
  const body = JSON.parse(answer.text)
  expect(typeof body.errors[0].message).toBe('string')
  expect(answer.text).not.toMatch(/\bat .+\.(ts|js):\d+/)
}

const auth = (token: string | undefined): Record<string, string> => (token ? { authorization: `JWT ${token}` } : {})

describe('export', () => {
  const formats = ['json', 'csv', 'html', 'pdf'] as const

  test('anonymous and a contributor of another organisation asking ?draft=true get the published view in every format', async () => {
    for (const actor of ['anonymous', 'contributorOther'] as const) {
      for (const format of formats) {
        const answer = await raw(`/api/reports/${published.slug}/export?format=${format}&draft=true`, { headers: auth(tokenOf(actor)) })
        expect(answer.status).toBe(200)
        expect(answer.text).not.toContain(secret)
      }
    }
  })

  test('a contributor of the organisation does see the draft (the probe above is not vacuous)', async () => {
    const answer = await raw(`/api/reports/${published.slug}/export?format=json&draft=true`, { headers: auth(tokenOf('contributorOwn')) })
    expect(answer.status).toBe(200)
    expect(answer.text).toContain(secret)
    expect(answer.headers.get('cache-control')).toMatch(/private|no-store/)
  })

  test('a report never published is 404 JSON to anonymous and to another organisation, in every format', async () => {
    for (const actor of ['anonymous', 'contributorOther'] as const) {
      for (const format of formats) {
        const answer = await raw(`/api/reports/${draftOnly.slug}/export?format=${format}&draft=true`, { headers: auth(tokenOf(actor)) })
        expectCleanRefusal(answer, [404])
        expect(answer.text).not.toContain(secret)
      }
    }
  })

  test("a preview's ETag does not get anonymous a 304, and the preview is not served to them afterwards", async () => {
    const preview = await raw(`/api/reports/${published.slug}/export?format=csv&draft=true`, { headers: auth(tokenOf('editor')) })
    expect(preview.text).toContain(secret)
    const etag = preview.headers.get('etag') as string
    const anonymous = await raw(`/api/reports/${published.slug}/export?format=csv&draft=true`, { headers: { 'if-none-match': etag } })
    expect(anonymous.status).toBe(200)
    expect(anonymous.text).not.toContain(secret)
    expect(anonymous.headers.get('etag')).not.toBe(etag)
  })

  test('CSV: every text cell a spreadsheet would run as a formula is neutralised', async () => {
    const answer = await raw(`/api/reports/${published.slug}/export?format=csv`)
    expect(answer.status).toBe(200)
    expect(answer.text).toContain("'=HYPERLINK")
    expect(answer.text).toContain("'@SUM")
    // no field (after a separator or at a line start, quoted or not) begins with a formula character
    expect(answer.text).not.toMatch(/(^|,|\r\n)"?[=+@]/)
  })

  test('HTML: a title closing the stylesheet and opening a script stays text, and scripts are forbidden anyway', async () => {
    const answer = await raw(`/api/reports/${published.slug}/export?format=html`)
    expect(answer.status).toBe(200)
    expect(answer.text).not.toMatch(/<script/i)
    expect(answer.text).toContain('&lt;/style&gt;&lt;script&gt;')
    expect(answer.headers.get('content-security-policy')).toContain("script-src 'none'")
  })

  test('PDF of the hostile title is a PDF', async () => {
    const response = await fetch(`${server.url}/api/reports/${published.slug}/export?format=pdf`)
    expect(response.status).toBe(200)
    expect(Buffer.from(await response.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-')
  })

  test('unknown, empty, repeated and hostile formats are 400 JSON', async () => {
    for (const format of ['exe', '', '../../etc/passwd', 'PDF', 'pdf%00', 'html%0d%0aX-Injected:%201', 'x'.repeat(5000)]) {
      const answer = await raw(`/api/reports/${published.slug}/export?format=${format}`)
      expectCleanRefusal(answer, [400])
      expect(answer.headers.get('x-injected')).toBeNull()
    }
  })

  test('a burst of anonymous PDF exports on 127.0.0.1 is answered without a 500, with one and the same file', async () => {
    const answers = await Promise.all(
      Array.from({ length: 20 }, () => fetch(`${server.url}/api/reports/${published.slug}/export?format=pdf`).then(async (r) => ({ status: r.status, bytes: Buffer.from(await r.arrayBuffer()) }))),
    )
    const ok = answers.filter((answer) => answer.status === 200)
    expect(answers.every((answer) => answer.status === 200 || answer.status === 429 || answer.status === 503)).toBe(true)
    expect(ok.length).toBeGreaterThan(0)
    expect(new Set(ok.map((answer) => createHash('sha256').update(answer.bytes).digest('hex'))).size).toBe(1)
  })
})

describe('slug and path tricks on export, coverage and series', () => {
  const slugs = [
    '..',
    '..%2F..%2Fusers',
    '%2E%2E',
    'a'.repeat(4000),
    '%F0%9F%98%80',
    '%C0%AE%C0%AE',
    '%E0%A4%A',
    '%00',
    "x'%20OR%201=1--",
  ]

  test('every odd slug is a 4xx JSON answer, never a 500 nor a draft', async () => {
    for (const slug of slugs) {
      for (const pathname of [
        `/api/reports/${slug}/export?format=csv&draft=true`,
        `/api/reports/${slug}/coverage?draft=true`,
        `/api/organisations/${slug}/indicators/${slug}/series?draft=true`,
      ]) {
        const answer = await raw(pathname)
        expect(answer.status).toBeGreaterThanOrEqual(400)
        expect(answer.status).toBeLessThan(500)
        expect(answer.text).not.toContain(secret)
        expect(answer.text).not.toMatch(/\bat .+\.(ts|js):\d+/)
      }
    }
  })

  test('coverage of a report never published is 404 to anonymous and another organisation, even with ?draft=true', async () => {
    for (const actor of ['anonymous', 'contributorOther'] as const) {
      const answer = await raw(`/api/reports/${draftOnly.slug}/coverage?draft=true`, { headers: auth(tokenOf(actor)) })
      expectCleanRefusal(answer, [404])
    }
    const own = await raw(`/api/reports/${draftOnly.slug}/coverage?draft=true`, { headers: auth(tokenOf('contributorOwn')) })
    expect(own.status).toBe(200)
  })

  test('coverage of the published report shows its published title to anonymous asking for the draft', async () => {
    const answer = await raw(`/api/reports/${published.slug}/coverage?draft=true`)
    expect(answer.status).toBe(200)
    expect(answer.text).not.toContain(secret)
  })
})

describe('evidence import', () => {
  const csv = (title: string) => Buffer.from(`title,goal\n${title},1\n`)
  const evidenceCount = async () => (await server.payload.count({ collection: 'evidence', where: { report: { equals: draftOnly.id } } })).totalDocs

  test('anonymous, another organisation and a reviewer cannot import; nothing is written', async () => {
    const before = await evidenceCount()
    const anonymous = await uploadImport(server, draftOnly.slug as string, { name: 'e.csv', bytes: csv('Anon') })
    expect(anonymous.status).toBe(401)
    for (const actor of ['contributorOther', 'reviewer'] as const) {
      const answer = await uploadImport(server, draftOnly.slug as string, { name: 'e.csv', bytes: csv('Intruder') }, { token: tokenOf(actor) })
      expect([403, 404]).toContain(answer.status)
      expect(answer.text).not.toContain(secret)
    }
    expect(await evidenceCount()).toBe(before)
  })

  test("a contributor of another organisation cannot tell a draft report's slug from one that does not exist", async () => {
    const token = tokenOf('contributorOther')
    const missing = await uploadImport(server, 'no-such-report-at-all', { name: 'e.csv', bytes: csv('Probe') }, { token })
    const hidden = await uploadImport(server, draftOnly.slug as string, { name: 'e.csv', bytes: csv('Probe') }, { token })
    expect(missing.status).toBe(404)
    expect(hidden.status).toBe(404)
    // a report they may read (published) is a plain 403: there is nothing to hide
    expect((await uploadImport(server, published.slug as string, { name: 'e.csv', bytes: csv('Probe') }, { token })).status).toBe(403)
  })

  test('wrong content types and malformed multipart are 400 JSON, never 500', async () => {
    const token = tokenOf('contributorOwn') as string
    const url = `/api/reports/${draftOnly.slug}/import`
    const bodies: [string, string][] = [
      ['application/json', '{"file":"title,goal"}'],
      ['text/csv', 'title,goal\nx,1\n'],
      ['multipart/form-data', 'no boundary at all'],
      ['multipart/form-data; boundary=zzz', '--zzz\r\nContent-Disposition: form-data; name="file"; filename="e.csv"\r\n\r\ntitle,goal\nx,1'],
      ['multipart/form-data; boundary=zzz', '--zzz\r\nContent-Disposition: form-data; name="other"\r\n\r\nhello\r\n--zzz--\r\n'],
      ['multipart/form-data; boundary=zzz', 'garbage'],
    ]
    for (const [contentType, body] of bodies) {
      const answer = await raw(url, { method: 'POST', headers: { 'content-type': contentType, authorization: `JWT ${token}` }, body })
      expect(answer.status).toBeGreaterThanOrEqual(400)
      expect(answer.status).toBeLessThan(500)
      expect(answer.text).not.toMatch(/\bat .+\.(ts|js):\d+/)
    }
  })

  test('a binary or empty file is refused cleanly', async () => {
    const token = tokenOf('contributorOwn')
    for (const bytes of [Buffer.alloc(0), Buffer.from([0xff, 0xfe, 0x00, 0x00, 0x01, 0x02]), Buffer.from('\uFEFF')]) {
      const answer = await uploadImport(server, draftOnly.slug as string, { name: 'e.csv', bytes }, { token })
      expect(answer.status).toBeGreaterThanOrEqual(400)
      expect(answer.status).toBeLessThan(500)
    }
  })

  test('the same file imported twice at once writes each row once', async () => {
    const bytes = Buffer.from('externalId,goal,title\nrace-1,1,Race one\nrace-2,1,Race two\nrace-3,1,Race three\n')
    const token = tokenOf('editor')
    const answers = await Promise.all([0, 1, 2].map(() => uploadImport(server, draftOnly.slug as string, { name: 'race.csv', bytes }, { token })))
    for (const answer of answers) expect(answer.status).toBeLessThan(500)
    const stored = await server.payload.find({ collection: 'evidence', where: { externalId: { like: 'race-' } } as never, draft: true, depth: 0, pagination: false })
    expect(stored.docs.map((doc) => (doc as unknown as { externalId: string }).externalId).sort()).toEqual(['race-1', 'race-2', 'race-3'])
  })

  test('a JSON file with prototype keys and deep nesting is refused or read as plain data, never a 500', async () => {
    const token = tokenOf('editor')
    const files = [
      '[{"__proto__":{"polluted":true},"externalId":"proto-1","goal":1,"title":"Proto"}]',
      `${'['.repeat(5000)}${']'.repeat(5000)}`,
      '{"constructor":{"prototype":{"polluted":true}}}',
    ]
    for (const text of files) {
      const answer = await uploadImport(server, draftOnly.slug as string, { name: 'e.json', bytes: Buffer.from(text), type: 'application/json' }, { token, dryRun: true })
      expect(answer.status).toBeLessThan(500)
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  test('path tricks in the import slug are 404, not another report', async () => {
    for (const slug of ['..', '%2E%2E', 'a'.repeat(4000), '%F0%9F%98%80']) {
      const answer = await uploadImport(server, slug, { name: 'e.csv', bytes: csv('Tricked') }, { token: tokenOf('editor') })
      expect(answer.status).toBeGreaterThanOrEqual(400)
      expect(answer.status).toBeLessThan(500)
    }
  })
})

describe('speaker sign-off links', () => {
  const quoteWaiting = async (text: string): Promise<Quote> =>
    server.payload.create({
      collection: 'quotes',
      data: { report: draftOnly.id, person: personId, text, context: 'statement', _status: 'draft', workflow: { stage: 'approved', submittedBy: world.author.id } },
    })
  const linkFor = async (quoteId: string): Promise<string> => {
    mail.sent.length = 0
    const requested = await server.request(`/api/quotes/${quoteId}/signoff/request`, { method: 'POST', token: tokenOf('editor') })
    expect(requested.status).toBe(201)
    const match = /\/signoff\/[A-Za-z0-9._-]+/.exec(String((mail.sent[0] as SendEmailOptions | undefined)?.text ?? ''))
    if (!match) throw new Error('no sign-off link')
    return match[0]
  }
  const recordsOf = async (quoteId: string): Promise<SignOffRecord[]> =>
    (await server.payload.find({ collection: 'quote-sign-offs' as 'quotes', where: { quote: { equals: quoteId } }, depth: 0 })).docs as unknown as SignOffRecord[]
  const decide = (link: string, decision: string) =>
    raw(link, { method: 'POST', headers: { accept: 'application/json', 'content-type': 'application/json' }, body: JSON.stringify({ decision }) })

  test('anonymous, another organisation and a reviewer cannot request a sign-off', async () => {
    const quote = await quoteWaiting('Words nobody outside may send out.')
    expect([401, 403]).toContain((await server.request(`/api/quotes/${quote.id}/signoff/request`, { method: 'POST' })).status)
    expect([403, 404]).toContain((await server.request(`/api/quotes/${quote.id}/signoff/request`, { method: 'POST', token: tokenOf('contributorOther') })).status)
    expect(await recordsOf(quote.id)).toHaveLength(0)
  })

  test('two approvals sent at once: exactly one counts, the other is refused', async () => {
    const quote = await quoteWaiting('Words approved twice at once.')
    const link = await linkFor(quote.id)
    const answers = await Promise.all([decide(link, 'approve'), decide(link, 'decline'), decide(link, 'approve'), decide(link, 'decline')])
    expect(answers.filter((answer) => answer.status === 200)).toHaveLength(1)
    expect(answers.filter((answer) => answer.status === 409)).toHaveLength(3)
    const records = await recordsOf(quote.id)
    expect(records).toHaveLength(1)
    const winner = JSON.parse(answers.find((answer) => answer.status === 200)?.text as string).signOff.decision
    expect(records[0]?.decision).toBe(winner)
  })

  test('replaying a used link changes nothing', async () => {
    const quote = await quoteWaiting('Words approved, then declined by replay.')
    const link = await linkFor(quote.id)
    expect((await decide(link, 'approve')).status).toBe(200)
    const replay = await decide(link, 'decline')
    expectCleanRefusal(replay, [409])
    expect((await recordsOf(quote.id))[0]?.decision).toBe('approved')
  })

  test('malformed, oversized and oddly typed decisions are 4xx and decide nothing', async () => {
    const quote = await quoteWaiting('Words behind a link sent garbage.')
    const link = await linkFor(quote.id)
    const posts: [string, string][] = [
      ['application/json', '{'],
      ['application/json', '{"decision":["approve"]}'],
      ['application/json', '{"decision":"approve","comment":{"$gt":""}}'],
      ['application/json', '"approve"'],
      ['application/json', `{"decision":"approve","comment":"${'x'.repeat(20_000)}"}`],
      ['application/x-www-form-urlencoded', 'decision=approve&decision=decline'],
      ['application/x-www-form-urlencoded', 'decision[]=approve'],
      ['application/x-www-form-urlencoded', '__proto__=x&decision=maybe'],
      ['text/plain', 'decision=approve'],
      ['multipart/form-data; boundary=zzz', '--zzz\r\nContent-Disposition: form-data; name="decision"\r\n\r\napprove\r\n--zzz--\r\n'],
    ]
    for (const [contentType, body] of posts) {
      const answer = await raw(link, { method: 'POST', headers: { accept: 'application/json', 'content-type': contentType }, body })
      expect(answer.status).toBeGreaterThanOrEqual(400)
      expect(answer.status).toBeLessThan(500)
      expect(answer.text).not.toMatch(/\bat .+\.(ts|js):\d+/)
    }
    expect((await recordsOf(quote.id))[0]).toMatchObject({ decision: null, usedAt: null })
    // the link still works afterwards
    expect((await decide(link, 'approve')).status).toBe(200)
  })

  test('hostile words are shown as text on the page, which runs nothing and is never stored', async () => {
    const quote = await quoteWaiting('</p></blockquote><script>alert(1)</script><form action="https://evil.test">')
    const link = await linkFor(quote.id)
    const answer = await raw(link, { headers: { accept: 'text/html' } })
    expect(answer.status).toBe(200)
    expect(answer.text).not.toMatch(/<script|action="https:\/\/evil/i)
    expect(answer.text).toContain('&lt;script&gt;')
    expect(answer.headers.get('content-security-policy')).toContain("default-src 'none'")
    expect(answer.headers.get('cache-control')).toBe('no-store')
    expect(answer.headers.get('referrer-policy')).toBe('no-referrer')
    // opening it decided nothing
    expect((await recordsOf(quote.id))[0]).toMatchObject({ decision: null, usedAt: null })
  })

  test('absurd tokens are 4xx, never a 500', async () => {
    for (const token of ['x'.repeat(6000), '%00', '..%2F..%2Fapi%2Fusers', `${'a'.repeat(64)}.${'b'.repeat(64)}.999999999999.${'c'.repeat(43)}`, '%E0%A4%A']) {
      for (const method of ['GET', 'POST']) {
        const answer = await raw(`/signoff/${token}`, {
          method,
          headers: { accept: 'application/json', 'content-type': 'application/json' },
          body: method === 'POST' ? '{"decision":"approve"}' : undefined,
        })
        expect(answer.status).toBeGreaterThanOrEqual(400)
        expect(answer.status).toBeLessThan(500)
      }
    }
  })
})

describe('GraphQL fast path and persisted queries', () => {
  const sha = (text: string) => createHash('sha256').update(text).digest('hex')
  const post = (body: unknown, token?: string) =>
    raw('/api/graphql', { method: 'POST', headers: { 'content-type': 'application/json', ...auth(token) }, body: JSON.stringify(body) })
  const reportQuery = (slug: string) => `{ impactReport(slug: "${slug}", draft: true) { report { title } } }`

  test('a preview answer is never served to anonymous from the response cache, nor the other way round', async () => {
    const query = reportQuery(published.slug as string)
    const preview = await post({ query }, tokenOf('editor'))
    expect(preview.status).toBe(200)
    expect(preview.text).toContain(secret)
    for (let i = 0; i < 2; i++) {
      const anonymous = await post({ query })
      expect(anonymous.status).toBe(200)
      expect(anonymous.text).not.toContain(secret)
      expect(JSON.parse(anonymous.text).data.impactReport.report.title).toBe(hostileTitle)
    }
    for (const actor of ['contributorOther', 'reviewer'] as const) {
      const other = await post({ query }, tokenOf(actor))
      if (actor === 'contributorOther') expect(other.text).not.toContain(secret)
      else expect(other.text).toContain(secret)
    }
  })

  test('a bogus token or cookie is not taken for anonymous, and gets no draft', async () => {
    const query = reportQuery(published.slug as string)
    const forged: Record<string, string>[] = [{ authorization: 'JWT not.a.jwt' }, { cookie: 'payload-token=forged' }, { authorization: 'users API-Key forged' }]
    for (const headers of forged) {
      const answer = await raw('/api/graphql', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }) })
      expect(answer.status).toBeLessThan(500)
      expect(answer.text).not.toContain(secret)
    }
  })

  test('a never-published report is null to anonymous via the fast path, also as a persisted query', async () => {
    const query = reportQuery(draftOnly.slug as string)
    const hash = sha(query)
    const registered = await post({ query, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }, tokenOf('editor'))
    expect(registered.text).toContain(secret)
    const anonymous = await post({ extensions: { persistedQuery: { version: 1, sha256Hash: hash } } })
    expect(anonymous.status).toBe(200)
    expect(anonymous.text).not.toContain(secret)
    expect(JSON.parse(anonymous.text).data.impactReport).toBeNull()
  })

  test('two operations of one document are answered each by its own name, not from one cached answer', async () => {
    const document = `query A { impactReport(slug: "${published.slug}") { report { title } } } query B { impactReport(slug: "${draftOnly.slug}") { report { title } } }`
    for (let i = 0; i < 2; i++) {
      expect(JSON.parse((await post({ query: document, operationName: 'A' })).text).data.impactReport.report.title).toBe(hostileTitle)
      expect(JSON.parse((await post({ query: document, operationName: 'B' })).text).data.impactReport).toBeNull()
    }
  })

  test('a cached anonymous answer and a cached export do not outlive a new publication or a deletion', async () => {
    const report = await world.report({ title: 'First public title', status: 'published' })
    await world.evidence(report.id, { title: 'A published item', status: 'published' })
    const query = `{ impactReport(slug: "${report.slug}") { report { title } } }`
    const title = async () => JSON.parse((await post({ query })).text).data.impactReport?.report.title ?? null
    const exported = async () => raw(`/api/reports/${report.slug}/export?format=csv`)
    expect(await title()).toBe('First public title')
    expect(await title()).toBe('First public title')
    expect((await exported()).text).toContain('First public title')
    await server.payload.update({ collection: 'reports', id: report.id, data: { title: 'Second public title', _status: 'published' } })
    expect(await title()).toBe('Second public title')
    const second = await exported()
    expect(second.text).toContain('Second public title')
    expect(second.text).not.toContain('First public title')
    await server.payload.delete({ collection: 'reports', id: report.id })
    expect(await title()).toBeNull()
    expect((await exported()).status).toBe(404)
  })

  test('impactReports lists no draft-only report to anonymous or another organisation, even asking for drafts', async () => {
    for (const actor of ['anonymous', 'contributorOther'] as const) {
      for (const args of ['', '(draft: true)']) {
        const answer = await post({ query: `{ impactReports${args} { docs { title slug } } }` }, tokenOf(actor))
        expect(answer.status).toBeLessThan(500)
        expect(answer.text).not.toContain(secret)
      }
    }
  })

  test('malformed, huge and mismatched hashes are 400 JSON', async () => {
    const query = reportQuery(published.slug as string)
    const bad: unknown[] = [
      { version: 1, sha256Hash: 'f'.repeat(65) },
      { version: 1, sha256Hash: 'g'.repeat(64) },
      { version: 1, sha256Hash: 'a'.repeat(200_000) },
      { version: 2, sha256Hash: sha(query) },
      { version: 1, sha256Hash: ['a'] },
      { version: 1 },
      'persist me',
      null,
    ]
    for (const persistedQuery of bad) {
      const answer = await post({ extensions: { persistedQuery } })
      expect([400, 413]).toContain(answer.status)
      expect(answer.text).not.toMatch(/\bat .+\.(ts|js):\d+/)
    }
    const mismatched = await post({ query, extensions: { persistedQuery: { version: 1, sha256Hash: sha(`${query} `) } } })
    expectCleanRefusal(mismatched, [400])
  })

  test('a document a guard refuses is never registered under its hash; a registered mutation still runs under access', async () => {
    const deep = `{ ${'reports { docs { organisation { '.repeat(12)} id ${'} } }'.repeat(12)} }`
    for (const query of [deep, 'query {', '{ nosuchfield }']) {
      const hash = sha(query)
      await post({ query, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } })
      const lookup = await post({ extensions: { persistedQuery: { version: 1, sha256Hash: hash } } })
      expect(lookup.status).toBe(400)
      expect(JSON.parse(lookup.text).errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND')
    }
    // a mutation is a valid document and may be registered (as in the protocol), but running it by hash is no
    // more than sending it: anonymous is refused, and a contributor of another organisation cannot plant a report
    const mutation = `mutation { createReport(data: { title: "Planted", organisation: "${world.orgA.id}", framework: "${world.framework.id}" }) { id } }`
    const persisted = { version: 1, sha256Hash: sha(mutation) }
    await post({ query: mutation, extensions: { persistedQuery: persisted } })
    for (const actor of ['anonymous', 'contributorOther', 'reviewer'] as const) {
      const answer = await post({ extensions: { persistedQuery: persisted } }, tokenOf(actor))
      expect(answer.status).toBeLessThan(500)
      expect(JSON.parse(answer.text).errors.length).toBeGreaterThan(0)
    }
    expect((await server.payload.count({ collection: 'reports', where: { title: { equals: 'Planted' } } })).totalDocs).toBe(0)
  })

  test('a query sent with variables of the wrong type, or a huge operation name, is a clean 4xx', async () => {
    const query = 'query R($slug: String!) { impactReport(slug: $slug) { report { title } } }'
    for (const body of [
      { query, variables: { slug: { $ne: null } } },
      { query, variables: 'slug' },
      { query, variables: { slug: published.slug }, operationName: 'x'.repeat(10_000) },
      { query, variables: { slug: 'a'.repeat(100_000) } },
    ]) {
      const answer = await post(body)
      expect(answer.status).toBeLessThan(500)
      expect(answer.text).not.toMatch(/\bat .+\.(ts|js):\d+/)
    }
  })
})

describe('indicator series', () => {
  let indicatorSlug: string
  let orgSlug: string
  beforeAll(async () => {
    const indicator = await server.payload.create({ collection: 'indicators', data: { name: 'Probe patients', unit: 'patients', direction: 'higher' } as never })
    indicatorSlug = (indicator as unknown as { slug: string }).slug
    orgSlug = (world.orgA as unknown as { slug: string }).slug
    const evidence = await server.payload.create({
      collection: 'evidence',
      data: {
        report: published.id,
        title: 'Published figure',
        goal: world.goal.id,
        assurance: 'self-reported',
        _status: 'published',
        metrics: [{ label: 'Patients', value: 120, unit: 'patients', period: '2023/24', indicator: indicator.id }],
      } as never,
    })
    // a newer draft of the figure, and a figure that only exists in a draft
    await server.payload.update({ collection: 'evidence', id: evidence.id, draft: true, data: { metrics: [{ label: 'Patients', value: 987_654, unit: 'patients', period: '2023/24', indicator: indicator.id }] } as never })
    await server.payload.create({
      collection: 'evidence',
      draft: true,
      data: { report: draftOnly.id, title: `${secret} figure`, goal: world.goal.id, assurance: 'self-reported', metrics: [{ label: 'Patients', value: 5, unit: 'patients', period: '2024/25', indicator: indicator.id }] } as never,
    })
  })

  test('anonymous and another organisation asking ?draft=true see the published figure only, and no preview ETag gets a 304', async () => {
    const preview = await raw(`/api/organisations/${orgSlug}/indicators/${indicatorSlug}/series?draft=true`, { headers: auth(tokenOf('contributorOwn')) })
    expect(preview.status).toBe(200)
    expect(preview.text).toContain('987654')
    for (const actor of ['anonymous', 'contributorOther'] as const) {
      const answer = await raw(`/api/organisations/${orgSlug}/indicators/${indicatorSlug}/series?draft=true`, {
        headers: { ...auth(tokenOf(actor)), 'if-none-match': preview.headers.get('etag') as string },
      })
      expect(answer.status).toBe(200)
      expect(answer.text).not.toContain('987654')
      expect(answer.text).not.toContain(secret)
      expect(JSON.parse(answer.text).points.map((point: { value: number }) => point.value)).toEqual([120])
    }
  })
})

describe('example site live preview', () => {
  const renderAs = (contentType: string, body: string, headers: Record<string, string> = {}) =>
    fetch(`${site.url}/preview/render`, { method: 'POST', headers: { 'content-type': contentType, ...headers }, body })

  test('a cross-site form (text/plain or urlencoded) cannot make the site render content of its choosing', async () => {
    const planted = JSON.stringify({ data: { title: 'Your account is locked: call 0800 000 000' } })
    for (const contentType of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const response = await renderAs(contentType, planted, { origin: 'http://evil.test' })
      expect(response.status).toBe(415)
      expect(await response.text()).not.toContain('account is locked')
    }
  })

  test('a hostile draft renders as text: no script, no style break-out, no javascript: link', async () => {
    const link = { type: 'link', version: 1, fields: { url: 'javascript:alert(1)', linkType: 'custom' }, children: [{ type: 'text', version: 1, text: 'click', format: 0 }] }
    const body = { data: { title: '</style><script>alert(1)</script>', summary: '<img src=x onerror=alert(1)>', introduction: { root: { type: 'root', version: 1, children: [{ type: 'paragraph', version: 1, children: [link] }] } } } }
    const response = await renderAs('application/json', JSON.stringify(body))
    expect(response.status).toBe(200)
    const html = await response.text()
    expect(html).not.toMatch(/<script|<img|javascript:/i)
    expect(html).toContain('&lt;/style&gt;&lt;script&gt;')
  })
})
