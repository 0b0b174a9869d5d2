import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import type { SendEmailOptions } from 'payload'
import type { Quote } from '../../payload-types.js'
import type { AssembledReport } from '../../src/delivery/types.js'
import { signOffOnRecord } from '../../src/signoff/onRecord.js'
import { captureEmails } from '../helpers/workflowEmail.js'
import { createWorkflowWorld, type WorkflowWorld } from '../helpers/workflowFixtures.js'
import { startTestServer, type TestServer } from '../helpers/testServer.js'

/**
 * A speaker's decision reaches cached delivery at once: the anonymous assembled report and GraphQL `impactReport`
 * are cached for ten minutes here, so only the invalidation that a `quote-sign-offs` write triggers can make the
 * next read show the decision (without it, both reads below would answer the cached view for the whole TTL).
 */
let server: TestServer
let world: WorkflowWorld
let reportId: string
let reportSlug: string
let personId: string
const mail = captureEmails()
const previousTtl = process.env.DELIVERY_CACHE_TTL_MS

beforeAll(async () => {
  // read on every use by the delivery cache: a TTL far longer than this file runs
  process.env.DELIVERY_CACHE_TTL_MS = '600000'
  server = await startTestServer({ seed: false, demoUsers: false, extend: (config) => ({ ...config, email: mail.adapter }) })
  world = await createWorkflowWorld(server)
  const report = await world.report({ title: 'Report whose quotes get signed off', status: 'published' })
  reportId = report.id
  reportSlug = report.slug ?? ''
  const person = await server.payload.create({
    collection: 'people',
    data: { name: 'Dana Speaker', roleTitle: 'Director', organisation: world.orgA.id, email: 'dana@people.test' },
  })
  personId = person.id
})
afterAll(async () => {
  await server?.close()
  if (previousTtl === undefined) delete process.env.DELIVERY_CACHE_TTL_MS
  else process.env.DELIVERY_CACHE_TTL_MS = previousTtl
})

/** A published quote of the report, its words vouched for on record (as the seed's press statements are). */
const publishedQuote = async (text: string): Promise<Quote> =>
  server.payload.create({
    collection: 'quotes',
    context: signOffOnRecord(text, 'test fixture'),
    data: { report: reportId, person: personId, text, context: 'statement', _status: 'published' },
  })

/** The anonymous view (cached) of one quote, over REST and GraphQL, with the REST answer's ETag. */
const deliveredQuote = async (quoteId: string) => {
  const rest = await server.request(`/api/reports/${reportSlug}/assembled`)
  expect(rest.status).toBe(200)
  const quote = (rest.body as AssembledReport).quotes.find((q) => q.id === quoteId)
  const graphql = await server.graphql('query ($slug: String!) { impactReport(slug: $slug) { quotes { id speakerApproved signOff { decision at } } } }', {
    slug: reportSlug,
  })
  expect(graphql.body.errors).toBeUndefined()
  const viaGraphql = (graphql.body.data.impactReport.quotes as { id: string }[]).find((q) => q.id === quoteId)
  return { rest: quote && { speakerApproved: quote.speakerApproved, signOff: quote.signOff }, graphql: viaGraphql, etag: rest.headers.get('etag') }
}

const linkFromEmail = (message: SendEmailOptions | undefined): string => {
  const match = /\/signoff\/[A-Za-z0-9._-]+/.exec(String(message?.text ?? ''))
  if (!match) throw new Error(`no sign-off link in ${JSON.stringify(message?.text)}`)
  return match[0]
}

/** "Request sign-off" as the organisation's contributor, then the speaker's answer on the page the email links to. */
const requestAndDecide = async (quoteId: string, decision: 'approve' | 'decline'): Promise<{ decision: string; at: string }> => {
  mail.sent.length = 0
  const requested = await server.request(`/api/quotes/${quoteId}/signoff/request`, { method: 'POST', token: world.users.contributorOwn.token })
  expect(requested.status).toBe(201)
  expect(mail.sent).toHaveLength(1)
  const response = await fetch(`${server.url}${linkFromEmail(mail.sent[0])}`, {
    method: 'POST',
    headers: { accept: 'application/json', 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ decision }).toString(),
  })
  expect(response.status).toBe(200)
  return ((await response.json()) as { signOff: { decision: string; at: string } }).signOff
}

describe('a sign-off decision reaches the cached anonymous views at once', () => {
  test('approval of a quote published before sign-offs were recorded', async () => {
    const quote = await publishedQuote('Words published before sign-offs were kept.')
    // as if published before this project recorded sign-offs (the seed finds such quotes in place)
    await server.payload.delete({ collection: 'quote-sign-offs', where: { quote: { equals: quote.id } } })

    const before = await deliveredQuote(quote.id)
    expect(before.rest).toEqual({ speakerApproved: false, signOff: null })
    expect(before.graphql).toEqual({ id: quote.id, speakerApproved: false, signOff: null })
    // served from the cache now
    expect((await deliveredQuote(quote.id)).etag).toBe(before.etag)

    const decided = await requestAndDecide(quote.id, 'approve')
    expect(decided.decision).toBe('approved')

    const after = await deliveredQuote(quote.id)
    expect(after.rest).toEqual({ speakerApproved: true, signOff: { decision: 'approved', at: decided.at } })
    expect(after.graphql).toEqual({ id: quote.id, speakerApproved: true, signOff: { decision: 'approved', at: decided.at } })
    expect(after.etag).not.toBe(before.etag)
  })

  test('a decline of the published words, asked again after an edit was taken back', async () => {
    const text = 'Words the speaker later declines.'
    const quote = await publishedQuote(text)
    const onRecord = await deliveredQuote(quote.id)
    expect(onRecord.rest).toEqual({ speakerApproved: true, signOff: { decision: 'approved', at: expect.any(String) } })

    // an editor changes the words and changes them back: the approval on record is revoked, the published words stay
    for (const words of [`${text} (edited)`, text]) {
      const edit = await server.request(`/api/quotes/${quote.id}?draft=true`, { method: 'PATCH', body: { text: words }, token: world.users.editor.token })
      expect(edit.status).toBe(200)
    }
    // the published words keep the approval they were published under; this view is now cached
    const before = await deliveredQuote(quote.id)
    expect(before.rest).toEqual(onRecord.rest)
    expect(before.graphql).toEqual({ id: quote.id, ...onRecord.rest })

    const decided = await requestAndDecide(quote.id, 'decline')
    expect(decided.decision).toBe('declined')

    const after = await deliveredQuote(quote.id)
    expect(after.rest).toEqual({ speakerApproved: false, signOff: { decision: 'declined', at: decided.at } })
    expect(after.graphql).toEqual({ id: quote.id, speakerApproved: false, signOff: { decision: 'declined', at: decided.at } })
    expect(after.etag).not.toBe(before.etag)
  })
})
