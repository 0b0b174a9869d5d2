import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { signOffOnRecord, signOffOnRecordKey } from '../../src/signoff/onRecord.js'
import { textHash } from '../../src/signoff/textHash.js'
import type { QuoteSignOff } from '../../payload-types.js'
import { createWorkflowWorld, transition, type WorkflowWorld } from '../helpers/workflowFixtures.js'
import { startTestServer, type TestServer } from '../helpers/testServer.js'

/**
 * Sign-off records are the server's own: no API writes them, only staff and the quote's organisation read them,
 * and the seed's "signed off on record" (a Local API context flag) cannot be reached from HTTP.
 */
let server: TestServer
let world: WorkflowWorld
let reportId: string

beforeAll(async () => {
  server = await startTestServer({ seed: false, demoUsers: false })
  world = await createWorkflowWorld(server)
  reportId = (await world.report({ title: 'Access report', status: 'published' })).id
})
afterAll(async () => {
  await server?.close()
})

const recordsOf = async (quoteId: string): Promise<QuoteSignOff[]> =>
  (await server.payload.find({ collection: 'quote-sign-offs', where: { quote: { equals: quoteId } }, depth: 0, showHiddenFields: true })).docs

describe('the sign-off on record flag is server-only', () => {
  test('sent over REST (body or query) or GraphQL it records nothing, and the quote still cannot be published', async () => {
    const text = 'Words someone claims were signed off.'
    const flag = signOffOnRecord(text, 'forged over HTTP')
    const hash = textHash(text)
    const query = `context[${signOffOnRecordKey}][textHash]=${hash}&context[${signOffOnRecordKey}][note]=forged`
    const rest = await server.request(`/api/quotes?draft=true&${query}`, {
      method: 'POST',
      body: { report: reportId, speakerName: 'A Speaker', text, context: 'statement', ...flag, [signOffOnRecordKey]: flag[signOffOnRecordKey] },
      token: world.users.editor.token,
    })
    // an unknown top-level key is either refused or ignored; either way nothing may be signed off
    const quoteId: string | undefined = rest.status === 201 ? rest.body.doc.id : undefined
    expect([201, 400]).toContain(rest.status)

    const graphql = await server.graphql(
      `mutation($data: mutationQuoteInput!) { createQuote(data: $data, draft: true) { id } }`,
      { data: { report: reportId, speakerName: 'A Speaker', text, context: 'statement' } },
      world.users.editor.token,
    )
    expect(graphql.body.errors).toBeUndefined()
    const ids = [quoteId, graphql.body.data.createQuote.id as string].filter((id): id is string => Boolean(id))
    for (const id of ids) {
      expect(await recordsOf(id)).toHaveLength(0)
      // reviewed and approved, as far as the workflow goes
      await server.payload.update({ collection: 'quotes', id, draft: true, data: { workflow: { stage: 'approved', submittedBy: world.author.id } } })
      const refused = await transition(server, world.users.editor.token, 'quotes', id, 'publish')
      expect(refused.status).toBe(400)
      expect((await server.payload.findByID({ collection: 'quotes', id, depth: 0 }))._status).toBe('draft')
    }
  })

  test('through the Local API it covers exactly the words it names', async () => {
    const other = await server.payload
      .create({
        collection: 'quotes',
        data: { report: reportId, speakerName: 'A Speaker', text: 'Other words.', context: 'statement', _status: 'published' },
        context: signOffOnRecord('Vouched words.', 'test'),
      })
      .then(
        () => 'created',
        (error: { status?: number }) => error.status,
      )
    expect(other).toBe(400)
    const vouched = await server.payload.create({
      collection: 'quotes',
      data: { report: reportId, speakerName: 'A Speaker', text: 'Vouched words.', context: 'statement', _status: 'published' },
      context: signOffOnRecord('Vouched words.', 'test'),
    })
    expect(vouched._status).toBe('published')
    expect(await recordsOf(vouched.id)).toEqual([
      expect.objectContaining({ source: 'published-statement', note: 'test', decision: 'approved', textHash: textHash('Vouched words.') }),
    ])
  })
})

describe('sign-off records through the API', () => {
  let quoteId: string
  let recordId: string

  beforeAll(async () => {
    const quote = await server.payload.create({
      collection: 'quotes',
      data: { report: reportId, speakerName: 'A Speaker', text: 'Recorded words.', context: 'statement', _status: 'draft' },
      context: signOffOnRecord('Recorded words.', 'fixture'),
    })
    quoteId = quote.id
    recordId = (await recordsOf(quoteId))[0].id
  })

  test('nobody creates, edits or deletes one, admins included, over REST or GraphQL', async () => {
    const admin = world.users.admin.token
    const data = { quote: quoteId, source: 'link', text: 'Recorded words.', textHash: textHash('Recorded words.'), decision: 'approved' }
    expect((await server.request('/api/quote-sign-offs', { method: 'POST', body: data, token: admin })).status).toBe(403)
    expect((await server.request(`/api/quote-sign-offs/${recordId}`, { method: 'PATCH', body: { decision: 'declined' }, token: admin })).status).toBe(403)
    expect((await server.request(`/api/quote-sign-offs/${recordId}`, { method: 'DELETE', token: admin })).status).toBe(403)
    const created = await server.graphql(
      `mutation { createQuoteSignOff(data: { quote: "${quoteId}", source: link, text: "x", textHash: "y", decision: approved }) { id } }`,
      undefined,
      admin,
    )
    expect(created.body.errors?.[0]?.message).toMatch(/not allowed/i)
    expect((await recordsOf(quoteId)).map((r) => r.decision)).toEqual(['approved'])
  })

  test('staff and the organisation’s contributors read them, without the nonce hash; nobody else does', async () => {
    const path = `/api/quote-sign-offs?where[quote][equals]=${quoteId}&depth=0`
    for (const actor of ['contributorOwn', 'reviewer', 'editor', 'admin'] as const) {
      const { status, body } = await server.request(path, { token: world.users[actor].token })
      expect({ actor, status, count: body.docs?.length }).toEqual({ actor, status: 200, count: 1 })
      expect(body.docs[0]).not.toHaveProperty('nonceHash')
    }
    expect((await server.request(path, { token: world.users.contributorOther.token })).body.docs).toEqual([])
    expect((await server.request(path)).status).toBe(403)
  })
})
