import { createHash } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { hctReport } from '../../../src/seed/content/reports/hct.js'
import { startTestServer, type TestServer } from '../../helpers/testServer.js'
import { impactReportQuery } from './queries.js'

/**
 * Automatic persisted queries (src/http/graphqlPersistedQueries.ts): a document is registered by sending it once
 * with its SHA-256, then runs by hash alone; only documents that pass every guard are registered, and every guard
 * still applies to each request by hash.
 */
let server: TestServer
const slug = hctReport.slug
const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex')
const persisted = (hash: string) => ({ persistedQuery: { version: 1, sha256Hash: hash } })

const post = async (body: unknown, token?: string) => {
  const response = await fetch(`${server.url}/api/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `JWT ${token}` } : {}) },
    body: JSON.stringify(body),
  })
  const text = await response.text()
  return { status: response.status, text, body: JSON.parse(text), cache: response.headers.get('x-delivery-cache') }
}

const notFound = (hash: string) => ({
  errors: [
    {
      message: `PersistedQueryNotFound: no document is registered under sha256Hash ${hash}; send the request again with its "query".`,
      extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' },
    },
  ],
})

// seeding takes a while on a busy machine
beforeAll(async () => {
  server = await startTestServer()
}, 180_000)
afterAll(async () => {
  await server?.close()
})

describe('register on first use, then by hash', () => {
  test('an unknown hash is a clear error the client answers by sending the query', async () => {
    const hash = sha256('{ impactReports { totalDocs } } # never sent')
    const answer = await post({ extensions: persisted(hash) })
    expect(answer.status).toBe(400)
    expect(answer.body).toEqual(notFound(hash))
  })

  test('the whole report query: registered with its hash, then the hash alone gives the same answer', async () => {
    const hash = sha256(impactReportQuery)
    expect((await post({ extensions: persisted(hash), variables: { slug } })).body).toEqual(notFound(hash))
    const registered = await post({ query: impactReportQuery, extensions: persisted(hash), variables: { slug } })
    expect(registered.status).toBe(200)
    expect(registered.body.data.impactReport.report.title).toBe(hctReport.title)
    // upper-case hex names the same document
    const byHash = await post({ extensions: persisted(hash.toUpperCase()), variables: { slug } })
    expect(byHash.status).toBe(200)
    expect(byHash.text).toBe(registered.text)
    expect(byHash.cache).toBe('hit')
    const otherVariables = await post({ extensions: persisted(hash), variables: { slug: 'no-such-report' } })
    expect(otherVariables.body).toEqual({ data: { impactReport: null } })
  })

  test('a signed-in reviewer runs the same persisted document with their own rights', async () => {
    const reviewerToken = await server.login('reviewer@impact-cms.test', 'demo-reviewer-pass')
    const query = 'query ($slug: String!) { impactReport(slug: $slug, draft: true) { draft report { title } } }'
    await post({ query, extensions: persisted(sha256(query)), variables: { slug } })
    const answer = await post({ extensions: persisted(sha256(query)), variables: { slug } }, reviewerToken)
    expect(answer.body).toEqual({ data: { impactReport: { draft: true, report: { title: hctReport.title } } } })
    expect(answer.cache).toBe('miss')
  })
})

describe('nothing a guard refuses is registered, and every guard applies by hash', () => {
  test('a hash that is not the SHA-256 of the query, or a malformed extension: 400', async () => {
    const query = '{ impactReports { totalDocs } }'
    const wrong = await post({ query, extensions: persisted(sha256(`${query} `)) })
    expect(wrong.status).toBe(400)
    expect(wrong.body).toEqual({ errors: [{ message: 'extensions.persistedQuery.sha256Hash is not the SHA-256 of the query.' }] })
    for (const extension of [{ persistedQuery: { version: 2, sha256Hash: sha256(query) } }, { persistedQuery: { version: 1, sha256Hash: 'abc' } }, { persistedQuery: 'x' }]) {
      const malformed = await post({ query, extensions: extension })
      expect(malformed.status).toBe(400)
      expect(malformed.body.errors[0].message).toMatch(/^extensions\.persistedQuery must be/)
    }
  })

  test('a document over the cost guard is refused and not registered', async () => {
    const query = `{ ${Array.from({ length: 11 }, (_, i) => `r${i}: impactReports { totalDocs }`).join(' ')} }`
    const refused = await post({ query, extensions: persisted(sha256(query)) })
    expect(refused.status).toBe(400)
    expect(refused.body).toEqual({ errors: [{ message: 'The operation selects 11 root fields; the maximum is 10.' }] })
    expect((await post({ extensions: persisted(sha256(query)) })).body).toEqual(notFound(sha256(query)))
  })

  test('an invalid document gets Payload\'s validation error and is not registered', async () => {
    const query = '{ impactReports { notAField } }'
    const invalid = await post({ query, extensions: persisted(sha256(query)) })
    expect(invalid.body.errors[0].message).toMatch(/notAField/)
    expect((await post({ extensions: persisted(sha256(query)) })).body).toEqual(notFound(sha256(query)))
  })

  test('the page-size rule checks the variables of every request by hash', async () => {
    const query = 'query ($limit: Int) { impactReports(limit: $limit) { totalDocs docs { slug } } }'
    const hash = sha256(query)
    const first = await post({ query, extensions: persisted(hash), variables: { limit: 1 } })
    expect(first.body.data.impactReports.docs).toHaveLength(1)
    const refused = await post({ extensions: persisted(hash), variables: { limit: 0 } })
    expect(refused.status).toBe(400)
    expect(refused.body.errors[0].message).toMatch(/limit/)
    const both = await post({ extensions: persisted(hash), variables: { limit: 5 } })
    expect(both.body.data.impactReports).toEqual({ totalDocs: 2, docs: expect.any(Array) })
    expect(both.body.data.impactReports.docs).toHaveLength(2)
  })
})
