import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { hctReport } from '../../../src/seed/content/reports/hct.js'
import { startTestServer, type TestServer } from '../../helpers/testServer.js'
import { impactReportQuery } from './queries.js'

/**
 * GraphQL limits. The config's `graphQL.maxComplexity: 1000` (Payload's complexity rule: 10 per relationship or
 * join field, 1 per other field) rejects deep relationship chains at validation, before any resolver runs. It
 * does not multiply by list sizes, though: `EvidenceItems { docs { report { evidence { docs { … } } } } }`
 * fans out N × N and costs only ~25. Measured on the 18 seeded evidence items: one round trip 0.8 s / 17 KB,
 * two 1.9 s / 155 KB, three 10.8 s / 1.4 MB, four over 100 s — all under the complexity limit (a round trip
 * costs ~32, so ~30 of them fit in 1000). A depth limit
 * stops that cycle (child → report → children needs depth 6; the whole impactReport query has depth 5).
 *
 * Payload has no depth limit of its own, so src/config.ts adds `maxDepthRule(5)` through `graphQL.validationRules`
 * (src/delivery/graphql/maxDepth.ts); this file tests the config as it is.
 *
 * Over HTTP the cost guard (src/http/graphqlGuard.ts) runs first and refuses with 400 what is too deep, too wide or
 * too costly (test/security/graphqlCost.test.ts); Payload's validation answers 200 with `errors` for the rest.
 */

let server: TestServer

/** `levels` round trips evidence → report → its evidence, from the list of every evidence item. */
const fanOut = (levels: number) => {
  let selection = 'title'
  for (let i = 0; i < levels; i++) selection = `report { evidence { docs { id ${selection} } } }`
  return `{ EvidenceItems(limit: 100) { docs { id ${selection} } } }`
}

const timed = async (query: string, variables?: Record<string, unknown>) => {
  const started = performance.now()
  const result = await server.graphql(query, variables)
  return { ...result, ms: performance.now() - started }
}

beforeAll(async () => {
  server = await startTestServer({
  })
})
afterAll(async () => {
  await server?.close()
})

test('the normal impactReport query passes (depth 5, within the complexity limit)', async () => {
  const { status, body, ms } = await timed(impactReportQuery, { slug: hctReport.slug })
  expect(status).toBe(200)
  expect(body.errors).toBeUndefined()
  expect(body.data.impactReport.report.title).toBe(hctReport.title)
  expect(body.data.impactReport.recommendations).toHaveLength(4)
  expect(ms).toBeLessThan(5_000)
  const list = await timed('{ impactReports { docs { slug organisation { name } framework { name edition } } totalDocs } }')
  expect(list.body.errors).toBeUndefined()
  expect(list.body.data.impactReports.totalDocs).toBe(2)
})

describe('maxComplexity (src/config.ts: 1000)', () => {
  test('is set', () => {
    expect(server.payload.config.graphQL.maxComplexity).toBe(1000)
  })

  test('rejects at validation, quickly, what the guard lets through: a fragment of relationships spread 30 times', async () => {
    // the guard's estimate multiplies by list lengths (limit 1 here); Payload's rule counts 10 per relationship, per spread
    const page = `Reports(limit: 1) { docs { ${'...R '.repeat(10)}} }`
    const query = `{ a: ${page} b: ${page} c: ${page} }
      fragment R on Report { organisation { id } partner { id } framework { id } goals { id } }`
    const { status, body, ms } = await timed(query)
    expect(status).toBe(200) // Payload answers validation errors with 200 and `errors`, no `data`
    expect(body.data).toBeUndefined()
    const messages = (body.errors as { message: string }[]).map((e) => e.message)
    expect(messages).toContainEqual(expect.stringMatching(/^The query exceeds the maximum complexity of 1000\. Actual complexity is \d+/))
    expect(ms).toBeLessThan(1_000)
  })

  test('rejects a wide query of many aliases (the guard, before validation)', async () => {
    const aliases = Array.from({ length: 40 }, (_, i) => `r${i}: Reports(limit: 100) { docs { id title organisation { name } } }`)
    const { status, body, ms } = await timed(`{ ${aliases.join('\n')} }`)
    expect(status).toBe(400)
    expect(body.data).toBeUndefined()
    expect(body.errors[0].message).toBe('The operation selects 40 root fields; the maximum is 10.')
    expect(ms).toBeLessThan(2_000)
  })
})

describe('depth limit (src/config.ts: maxDepthRule(5))', () => {
  test('rejects the N × N fan-out that the complexity limit lets through, before running it', async () => {
    for (const levels of [1, 2, 3, 4]) {
      const { status, body, ms } = await timed(fanOut(levels))
      expect(status).toBe(400) // the guard applies the same depth limit before validation
      expect(body.data).toBeUndefined()
      expect(body.errors.map((e: { message: string }) => e.message)).toEqual([`Query depth ${3 + 3 * levels} exceeds the maximum of 5.`])
      expect(ms).toBeLessThan(1_000)
    }
  })

  test('follows fragments and inline fragments', async () => {
    const query = `query { EvidenceItems { docs { ...Deep } } }
      fragment Deep on Evidence { report { ... on Report { evidence { docs { id } } } } }`
    const { status, body } = await timed(query)
    expect(status).toBe(400) // the guard applies the same depth limit before validation
    expect(body.data).toBeUndefined()
    expect(body.errors[0].message).toBe('Query depth 6 exceeds the maximum of 5.')
  })

  test('introspection still answers (answered from memory)', async () => {
    const { body } = await timed('{ __schema { queryType { name fields { name type { name kind ofType { name kind ofType { name } } } } } } }')
    expect(body.errors).toBeUndefined()
    expect(body.data.__schema.queryType.name).toBe('Query')
  })
})
