import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import type { SendEmailOptions } from 'payload'
import type { Quote, QuoteSignOff } from '../../payload-types.js'
import { createSignOffToken } from '../../src/signoff/token.js'
import { textHash } from '../../src/signoff/textHash.js'
import { projectRoot } from '../../src/cli/adminBuild.js'
import { launchBrowser } from '../helpers/browser.js'
import { captureEmails } from '../helpers/workflowEmail.js'
import { createWorkflowWorld, transition, type WorkflowWorld } from '../helpers/workflowFixtures.js'
import { startTestServer, type TestServer } from '../helpers/testServer.js'

/**
 * Speaker sign-off without an account: "request sign-off" emails the quoted person a signed, expiring,
 * single-use link to a page with the exact words; approving it lets the quote be published, declining or
 * editing the words afterwards does not. Links that are tampered with, expired or used again are refused.
 */
let server: TestServer
let world: WorkflowWorld
let reportId: string
let personId: string
const mail = captureEmails()
const speakerEmail = 'speaker@people.test'

beforeAll(async () => {
  server = await startTestServer({ seed: false, demoUsers: false, extend: (config) => ({ ...config, email: mail.adapter }) })
  world = await createWorkflowWorld(server)
  reportId = (await world.report({ title: 'Report with quotes', status: 'published' })).id
  const person = await server.payload.create({
    collection: 'people',
    data: { name: 'Sam Speaker', roleTitle: 'Chair', organisation: world.orgA.id, email: speakerEmail },
  })
  personId = person.id
})
afterAll(async () => {
  await server?.close()
})

/** A quote the reviewers approved (workflow stage `approved`) but whose speaker has not signed it off. */
const approvedQuote = async (text: string): Promise<Quote> =>
  server.payload.create({
    collection: 'quotes',
    data: { report: reportId, person: personId, text, context: 'statement', _status: 'draft', workflow: { stage: 'approved', submittedBy: world.author.id } },
  })

const requestSignOff = (quoteId: string, token: string | undefined = world.users.contributorOwn.token) =>
  server.request(`/api/quotes/${quoteId}/signoff/request`, { method: 'POST', token })

/** The path of the link in the newest email to the speaker. */
const linkFromEmail = (message: SendEmailOptions | undefined): string => {
  const match = /\/signoff\/[A-Za-z0-9._-]+/.exec(String(message?.text ?? ''))
  if (!match) throw new Error(`no sign-off link in ${JSON.stringify(message?.text)}`)
  return match[0]
}

const requestAndGetLink = async (quoteId: string): Promise<string> => {
  mail.sent.length = 0
  const response = await requestSignOff(quoteId)
  expect(response.status).toBe(201)
  expect(mail.sent).toHaveLength(1)
  return linkFromEmail(mail.sent[0])
}

const page = async (path: string, init: { method?: string; form?: Record<string, string>; json?: boolean } = {}) => {
  const response = await fetch(`${server.url}${path}`, {
    method: init.method ?? (init.form ? 'POST' : 'GET'),
    headers: {
      accept: init.json ? 'application/json' : 'text/html',
      ...(init.form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
    },
    body: init.form ? new URLSearchParams(init.form).toString() : undefined,
  })
  const text = await response.text()
  return { status: response.status, text, headers: response.headers, json: init.json ? JSON.parse(text) : undefined }
}

/** Moves a quote's sign-off requests into the past, as if they were sent `minutes` ago (requests are rationed). */
const sentMinutesAgo = async (quoteId: string, minutes: number): Promise<void> => {
  const requestedAt = new Date(Date.now() - minutes * 60_000).toISOString()
  for (const record of await recordsOf(quoteId)) await server.payload.update({ collection: 'quote-sign-offs', id: record.id, data: { requestedAt } })
}

const recordsOf = async (quoteId: string): Promise<QuoteSignOff[]> =>
  (await server.payload.find({ collection: 'quote-sign-offs', where: { quote: { equals: quoteId } }, sort: '-createdAt', depth: 0 })).docs

const publish = (quoteId: string) => transition(server, world.users.editor.token, 'quotes', quoteId, 'publish')

const published = async (quoteId: string) =>
  (await server.payload.findByID({ collection: 'quotes', id: quoteId, depth: 0 }))._status

describe('the round trip', () => {
  test('request → email → page with the exact words → approve → publish works', async () => {
    const text = 'We are proud of this work & of <our> staff.\n\nA second paragraph.'
    const quote = await approvedQuote(text)
    expect((await publish(quote.id)).status).toBe(400)

    mail.sent.length = 0
    const response = await requestSignOff(quote.id)
    expect(response.status).toBe(201)
    expect(response.body.signOff).toMatchObject({ sentTo: 'Sam Speaker', expiresAt: expect.any(String) })
    const expires = new Date(response.body.signOff.expiresAt).getTime() - Date.now()
    expect(expires).toBeGreaterThan(167 * 3600_000)
    expect(expires).toBeLessThanOrEqual(168 * 3600_000)
    expect(mail.sent).toHaveLength(1)
    expect(mail.sent[0]).toMatchObject({ to: speakerEmail, subject: 'Please approve your quote before it is published' })
    const link = linkFromEmail(mail.sent[0])

    const shown = await page(link)
    expect(shown.status).toBe(200)
    expect(shown.text).toContain('<p>We are proud of this work &amp; of &lt;our&gt; staff.</p><p>A second paragraph.</p>')
    expect(shown.text).not.toContain('<script')
    const csp = shown.headers.get('content-security-policy') ?? ''
    expect(csp).toMatch(/^default-src 'none'; style-src 'sha256-[A-Za-z0-9+/=]+'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'$/)
    expect(shown.headers.get('referrer-policy')).toBe('no-referrer')
    expect(shown.headers.get('cache-control')).toBe('no-store')
    // opening the page decides nothing (mail scanners open links)
    expect((await recordsOf(quote.id))[0]).toMatchObject({ decision: null, usedAt: null })

    const answered = await page(link, { form: { decision: 'approve', comment: 'Happy with this.' } })
    expect(answered.status).toBe(200)
    expect(answered.text).toContain('you approved these words')

    const [record] = await recordsOf(quote.id)
    expect(record).toMatchObject({
      source: 'link',
      decision: 'approved',
      comment: 'Happy with this.',
      text,
      textHash: textHash(text),
      person: personId,
      requestedBy: world.users.contributorOwn.id,
      revokedAt: null,
    })
    expect(textHash(text)).toMatch(/^[0-9a-f]{64}$/)
    expect(new Date(record.decidedAt ?? '').getTime()).toBeGreaterThan(Date.now() - 60_000)

    const published_ = await publish(quote.id)
    expect(published_.status).toBe(200)
    expect(await published(quote.id)).toBe('published')
  })

  test('the page and the decision answer JSON to clients that ask for it', async () => {
    const quote = await approvedQuote('Words for a JSON client.')
    const link = await requestAndGetLink(quote.id)
    const shown = await page(link, { json: true })
    expect(shown.status).toBe(200)
    expect(shown.json).toMatchObject({ quote: { text: 'Words for a JSON client.', speaker: 'Sam Speaker', role: 'Chair' } })
    const response = await fetch(`${server.url}${link}`, {
      method: 'POST',
      headers: { accept: 'application/json', 'content-type': 'application/json' },
      body: JSON.stringify({ decision: 'approve' }),
    })
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ signOff: { decision: 'approved', at: expect.any(String) } })
  })
})

describe('links that do not work', () => {
  test('a reused link is refused and the first decision stands', async () => {
    const quote = await approvedQuote('Words approved once.')
    const link = await requestAndGetLink(quote.id)
    expect((await page(link, { form: { decision: 'approve' } })).status).toBe(200)
    const again = await page(link, { form: { decision: 'decline', comment: 'Changed my mind' } })
    expect(again.status).toBe(409)
    expect(again.text).toContain('already been used')
    expect((await page(link)).status).toBe(409)
    const json = await page(link, { json: true })
    expect(json.json).toEqual({ errors: [{ message: expect.stringContaining('already been used'), reason: 'used' }] })
    const records = await recordsOf(quote.id)
    expect(records).toHaveLength(1)
    expect(records[0]).toMatchObject({ decision: 'approved', comment: null })
  })

  test('tampered links are refused and decide nothing', async () => {
    const quote = await approvedQuote('Words behind a tampered link.')
    const link = await requestAndGetLink(quote.id)
    const [id, nonce, expiry, signature] = link.slice('/signoff/'.length).split('.') as [string, string, string, string]
    const flip = (s: string) => s.slice(0, -2) + (s.at(-2) === 'A' ? 'B' : 'A') + s.slice(-1)
    const other = await approvedQuote('Some other words.')
    const tampered = [
      `${id}.${nonce}.${expiry}.${flip(signature)}`,
      `${id}.${flip(nonce)}.${expiry}.${signature}`,
      `${id}.${nonce}.${Number(expiry) + 86_400}.${signature}`,
      `${other.id}.${nonce}.${expiry}.${signature}`,
      `${id}.${nonce}.${expiry}`,
      'not-a-token',
    ]
    for (const token of tampered) {
      const shown = await page(`/signoff/${token}`)
      expect(shown.status).toBe(400)
      expect(shown.text).toContain('This sign-off link is not valid')
      expect((await page(`/signoff/${token}`, { form: { decision: 'approve' } })).status).toBe(400)
    }
    // signed with the right key but naming a nonce that was never issued
    const forged = createSignOffToken(server.payload.secret, { id, nonce: 'A'.repeat(32), expiresAt: new Date(Date.now() + 3600_000) })
    expect((await page(`/signoff/${forged}`, { form: { decision: 'approve' } })).status).toBe(400)
    expect((await recordsOf(quote.id))[0]).toMatchObject({ decision: null, usedAt: null })
    expect((await publish(quote.id)).status).toBe(400)
  })

  test('an expired link is refused: by its signed expiry, and by the stored one', async () => {
    const quote = await approvedQuote('Words behind an expired link.')
    const link = await requestAndGetLink(quote.id)
    const [id, nonce] = link.slice('/signoff/'.length).split('.') as [string, string]
    const signedExpired = createSignOffToken(server.payload.secret, { id, nonce, expiresAt: new Date(Date.now() - 1000) })
    const refused = await page(`/signoff/${signedExpired}`, { form: { decision: 'approve' } })
    expect(refused.status).toBe(410)
    expect(refused.text).toContain('has expired')

    await server.payload.update({
      collection: 'quote-sign-offs',
      id: (await recordsOf(quote.id))[0].id,
      data: { expiresAt: new Date(Date.now() - 1000).toISOString() },
    })
    expect((await page(link)).status).toBe(410)
    expect((await page(link, { form: { decision: 'approve' } })).status).toBe(410)
    expect((await recordsOf(quote.id))[0]).toMatchObject({ decision: null, usedAt: null })
  })

  test('a newer request withdraws the older link', async () => {
    const quote = await approvedQuote('Words asked about twice.')
    const first = await requestAndGetLink(quote.id)
    await sentMinutesAgo(quote.id, 2)
    const second = await requestAndGetLink(quote.id)
    const refused = await page(first, { form: { decision: 'approve' } })
    expect(refused.status).toBe(409)
    expect(refused.text).toContain('withdrawn')
    expect((await page(second, { form: { decision: 'approve' } })).status).toBe(200)
  })

  test('a link to words that were edited since is withdrawn', async () => {
    const quote = await approvedQuote('Words before an edit.')
    const link = await requestAndGetLink(quote.id)
    await server.payload.update({ collection: 'quotes', id: quote.id, draft: true, data: { text: 'Words after an edit.' } })
    const refused = await page(link)
    expect(refused.status).toBe(409)
    expect(refused.text).toContain('withdrawn')
    expect((await recordsOf(quote.id))[0]).toMatchObject({ revokedReason: 'The words were edited after this sign-off.' })
  })

  test('a decision must be approve or decline, with a text comment of at most 2,000 characters', async () => {
    const quote = await approvedQuote('Words with bad answers.')
    const link = await requestAndGetLink(quote.id)
    expect((await page(link, { form: { decision: 'maybe' } })).status).toBe(400)
    expect((await page(link, { form: {} })).status).toBe(400)
    expect((await page(link, { form: { decision: 'approve', comment: 'x'.repeat(2001) } })).status).toBe(400)
    expect((await recordsOf(quote.id))[0]).toMatchObject({ decision: null, usedAt: null })
    expect((await page(link, { form: { decision: 'approve', comment: 'x'.repeat(2000) } })).status).toBe(200)
  })
})

describe('requests are rationed', () => {
  test('one link per quote a minute: a second request at once is 429 and sends nothing', async () => {
    const quote = await approvedQuote('Words asked about too often.')
    await requestAndGetLink(quote.id)
    mail.sent.length = 0
    const again = await requestSignOff(quote.id, world.users.editor.token)
    expect(again.status).toBe(429)
    expect(again.body.errors[0]).toMatchObject({ message: expect.stringMatching(/less than a minute ago/), data: { retryAfterSeconds: expect.any(Number) } })
    expect(again.body.errors[0].data.retryAfterSeconds).toBeLessThanOrEqual(60)
    expect(mail.sent).toHaveLength(0)
    expect(await recordsOf(quote.id)).toHaveLength(1)
    await sentMinutesAgo(quote.id, 2)
    expect((await requestSignOff(quote.id, world.users.editor.token)).status).toBe(201)
  })

  test('at most 20 requests per user an hour', async () => {
    const quote = await approvedQuote('Words of a busy requester.')
    const hourAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString()
    for (let i = 0; i < 20; i++) {
      await server.payload.create({
        collection: 'quote-sign-offs',
        data: { quote: quote.id, source: 'link', text: 'Older words', textHash: 'x'.repeat(64), requestedAt: hourAgo(i === 0 ? 61 : 59), requestedBy: world.users.reviewer.id, revokedAt: hourAgo(1), revokedReason: 'Test: an old request.' },
      })
    }
    // 19 within the hour: one more is allowed, the next is not
    const fresh = await approvedQuote('Words of a busy requester, again.')
    expect((await requestSignOff(fresh.id, world.users.reviewer.token)).status).toBe(201)
    const other = await approvedQuote('Words of a busy requester, once more.')
    const refused = await requestSignOff(other.id, world.users.reviewer.token)
    expect(refused.status).toBe(429)
    expect(refused.body.errors[0].message).toMatch(/20 sign-off requests in the last hour/)
    // the reviewer's quota is this test's business only
    await server.payload.delete({ collection: 'quote-sign-offs', where: { requestedBy: { equals: world.users.reviewer.id } } })
  })
})

describe('publishing needs a valid sign-off', () => {
  test('a declined quote cannot be published, and says why', async () => {
    const quote = await approvedQuote('Words the speaker declines.')
    const link = await requestAndGetLink(quote.id)
    const answered = await page(link, { form: { decision: 'decline', comment: 'I did not say that.' } })
    expect(answered.status).toBe(200)
    expect(answered.text).toContain('you declined these words')
    expect((await recordsOf(quote.id))[0]).toMatchObject({ decision: 'declined', comment: 'I did not say that.' })
    const refused = await publish(quote.id)
    expect(refused.status).toBe(400)
    expect(JSON.stringify(refused.body)).toContain('The speaker declined these words on')
    expect(await published(quote.id)).toBe('draft')
  })

  test('a quote edited after sign-off cannot be published; the revocation is recorded', async () => {
    const text = 'Words signed off, then edited.'
    const quote = await approvedQuote(text)
    const link = await requestAndGetLink(quote.id)
    expect((await page(link, { form: { decision: 'approve' } })).status).toBe(200)

    // an editor changes the words (the workflow sends them back to review), a reviewer approves them again
    const edit = await server.request(`/api/quotes/${quote.id}?draft=true`, {
      method: 'PATCH',
      body: { text: 'Words signed off, then edited!' },
      token: world.users.editor.token,
    })
    expect(edit.status).toBe(200)
    const [record] = await recordsOf(quote.id)
    expect(record).toMatchObject({ decision: 'approved', textHash: textHash(text), revokedReason: 'The words were edited after this sign-off.' })
    expect(record.revokedAt).toEqual(expect.any(String))
    expect(record.revokedBy).toBe(world.users.editor.id)
    expect((await transition(server, world.users.reviewer.token, 'quotes', quote.id, 'approve')).status).toBe(200)

    const refused = await publish(quote.id)
    expect(refused.status).toBe(400)
    expect(JSON.stringify(refused.body)).toContain('signed off these exact words')
    expect(await published(quote.id)).toBe('draft')

    // editing back to the signed words does not bring a revoked sign-off back
    await server.payload.update({ collection: 'quotes', id: quote.id, draft: true, data: { text, workflow: { stage: 'approved', submittedBy: world.author.id } } })
    expect((await publish(quote.id)).status).toBe(400)
  })

  test("a report's bundle publish refuses a child quote without sign-off, and publishes nothing", async () => {
    const report = await world.report({ title: 'Bundle report', workflow: { stage: 'approved', submittedBy: world.author.id } })
    const quote = await server.payload.create({
      collection: 'quotes',
      data: { report: report.id, person: personId, text: 'Unsigned words in a bundle.', context: 'statement', _status: 'draft', workflow: { stage: 'approved', submittedBy: world.author.id } },
    })
    const refused = await transition(server, world.users.editor.token, 'reports', report.id, 'publish')
    expect(refused.status).toBeGreaterThanOrEqual(400)
    expect(refused.status).toBeLessThan(500)
    expect(await published(quote.id)).toBe('draft')
    expect((await server.payload.findByID({ collection: 'reports', id: report.id, depth: 0 }))._status).toBe('draft')

    const link = await requestAndGetLink(quote.id)
    expect((await page(link, { form: { decision: 'approve' } })).status).toBe(200)
    expect((await transition(server, world.users.editor.token, 'reports', report.id, 'publish')).status).toBe(200)
    expect(await published(quote.id)).toBe('published')
  })
})

describe('who may request a sign-off', () => {
  test('staff and the organisation’s contributors; not anonymous callers or other organisations', async () => {
    const quote = await approvedQuote('Words with an access check.')
    expect((await server.request(`/api/quotes/${quote.id}/signoff/request`, { method: 'POST' })).status).toBe(401)
    expect((await requestSignOff(quote.id, world.users.contributorOther.token)).status).toBe(404)
    for (const actor of ['contributorOwn', 'reviewer', 'editor', 'admin'] as const) {
      // a quote each: one link per quote a minute
      const response = await requestSignOff((await approvedQuote(`Words with an access check for ${actor}.`)).id, world.users[actor].token)
      expect({ actor, status: response.status }).toEqual({ actor, status: 201 })
    }
    expect((await requestSignOff('00000000-0000-4000-8000-000000000000', world.users.editor.token)).status).toBe(404)
  })

  test('a speaker without an email address, or a quote without a person, is a clear 409', async () => {
    const person = await server.payload.create({ collection: 'people', data: { name: 'No Address' } })
    const quote = await server.payload.create({
      collection: 'quotes',
      data: { report: reportId, person: person.id, text: 'Words of someone unreachable.', context: 'statement', _status: 'draft' },
    })
    const response = await requestSignOff(quote.id)
    expect(response.status).toBe(409)
    expect(response.body.errors[0].message).toBe('No Address has no email address: add it to their entry under People first.')
    const anonymousQuote = await server.payload.create({
      collection: 'quotes',
      data: { report: reportId, speakerName: 'Named only', text: 'Words without a person.', context: 'statement', _status: 'draft' },
    })
    expect((await requestSignOff(anonymousQuote.id)).status).toBe(409)
  })

  test('if the email cannot be sent, nothing is requested', async () => {
    const quote = await approvedQuote('Words whose email fails.')
    mail.control.fail = true
    try {
      const response = await requestSignOff(quote.id)
      expect(response.status).toBe(502)
    } finally {
      mail.control.fail = false
    }
    expect(await recordsOf(quote.id)).toHaveLength(0)
  })

  test("a speaker's email is for signed-in users only", async () => {
    const anonymous = await server.request(`/api/people/${personId}`)
    expect(anonymous.status).toBe(200)
    expect(anonymous.body.name).toBe('Sam Speaker')
    expect(anonymous.body.email).toBeUndefined()
    const graphql = await server.graphql(`{ Person(id: "${personId}") { name email } }`)
    expect(graphql.body.data.Person).toEqual({ name: 'Sam Speaker', email: null })
    const signedIn = await server.request(`/api/people/${personId}`, { token: world.users.editor.token })
    expect(signedIn.body.email).toBe(speakerEmail)
  })
})

describe('the page in a browser', () => {
  test('Chromium applies its stylesheet under the CSP (no violation), and the Approve button records the decision', async () => {
    const quote = await approvedQuote('Words read in a browser.\n\nWith a second paragraph.')
    const link = await requestAndGetLink(quote.id)
    const browser = await launchBrowser()
    try {
      const page = await browser.newPage({ viewport: { width: 900, height: 700 } })
      const violations: string[] = []
      page.on('console', (message) => {
        if (/Content Security Policy/i.test(message.text())) violations.push(message.text())
      })
      await page.goto(`${server.url}${link}`)
      await expect(page.locator('blockquote p').allInnerTexts()).resolves.toEqual(['Words read in a browser.', 'With a second paragraph.'])
      // the inline stylesheet applied: the approve button is the brand green
      await expect(page.locator('button.approve').evaluate((b) => getComputedStyle(b).backgroundColor)).resolves.toBe('rgb(11, 93, 75)')
      mkdirSync(path.join(projectRoot, 'docs/screenshots'), { recursive: true })
      await page.screenshot({ path: path.join(projectRoot, 'docs/screenshots/signoff-page.png'), fullPage: true })
      await page.fill('#comment', 'Fine by me.')
      await page.click('button.approve')
      await page.getByText('Thank you — you approved these words').waitFor()
      expect(violations).toEqual([])
    } finally {
      await browser.close()
    }
    expect((await recordsOf(quote.id))[0]).toMatchObject({ decision: 'approved', comment: 'Fine by me.' })
  })
})
