import { describe, expect, test } from '@jest/globals'
import { parse } from 'graphql'
import type { RenderedReport } from '../../src/delivery/cache.js'
import { deliveryOperation } from '../../src/delivery/graphql/deliveryOperation.js'
import { newDeliveryReadLog } from '../../src/delivery/graphql/deliveryReads.js'
import { PersistedQueryStore, sha256Hex } from '../../src/delivery/graphql/persistedQueries.js'
import { AnonymousResponseCache } from '../../src/delivery/graphql/responseCache.js'

/** The pure parts of the GraphQL delivery fast path and persisted queries. */

const rendered = (id: string): RenderedReport => ({ doc: { id } as unknown as RenderedReport['doc'], body: `{"id":"${id}"}`, etag: `"${id}"` })

describe('deliveryOperation: which operations the fast path may answer', () => {
  const eligible = (query: string, operationName?: string) => deliveryOperation(parse(query), operationName)?.name?.value ?? Boolean(deliveryOperation(parse(query), operationName))

  test('delivery fields at the root, through aliases and fragments', () => {
    expect(eligible('{ impactReport(slug: "a") { draft } }')).toBe(true)
    expect(eligible('query Q { a: impactReport(slug: "a") { draft } b: impactReports { totalDocs } __typename }')).toBe('Q')
    expect(eligible('query Q { ...R } fragment R on Query { ... on Query { impactReports { totalDocs } } }')).toBe('Q')
  })

  test('anything else, mutations, introspection, ambiguous or unknown operations: Payload', () => {
    expect(eligible('{ impactReport(slug: "a") { draft } Reports { totalDocs } }')).toBe(false)
    expect(eligible('{ __schema { queryType { name } } }')).toBe(false)
    expect(eligible('mutation { impactReport }')).toBe(false)
    expect(eligible('query A { impactReports { totalDocs } } query B { impactReports { totalDocs } }')).toBe(false)
    expect(eligible('query A { impactReports { totalDocs } }', 'B')).toBe(false)
    expect(eligible('query A { ...Missing }')).toBe(false)
    expect(eligible('query A { ...R } fragment R on Query { ...R }')).toBe(false)
  })

  test('picks the named operation of several', () => {
    expect(eligible('query A { impactReports { totalDocs } } query B { Reports { totalDocs } }', 'A')).toBe('A')
    expect(eligible('query A { impactReports { totalDocs } } query B { Reports { totalDocs } }', 'B')).toBe(false)
  })
})

describe('AnonymousResponseCache: an answer lives exactly as long as the reports it read', () => {
  test('served while every report is the cached one; gone when one changes or leaves the cache', () => {
    const views = new Map<string, RenderedReport | null>([
      ['a', rendered('a1')],
      ['b', null],
    ])
    const cache = new AnonymousResponseCache((slug) => views.get(slug))
    const reads = newDeliveryReadLog()
    reads.reports.push({ slug: 'a', rendered: views.get('a') ?? null }, { slug: 'b', rendered: null })
    cache.set('k', reads, Buffer.from('answer'))
    expect(cache.get('k')?.toString()).toBe('answer')
    views.set('a', rendered('a1')) // same content, another object: a new rendering
    expect(cache.get('k')).toBeUndefined()
    expect(cache.size).toBe(0)

    const again = newDeliveryReadLog()
    again.reports.push({ slug: 'a', rendered: views.get('a') ?? null })
    cache.set('k', again, Buffer.from('answer 2'))
    views.delete('a') // expired or invalidated
    expect(cache.get('k')).toBeUndefined()
  })

  test('answers that read a list are not kept', () => {
    const cache = new AnonymousResponseCache(() => undefined)
    const reads = newDeliveryReadLog()
    reads.untracked = true
    cache.set('k', reads, Buffer.from('list'))
    expect(cache.size).toBe(0)
  })

  test('bounded in bytes, least recently used first', () => {
    const cache = new AnonymousResponseCache(() => undefined, 100)
    for (const key of ['a', 'b', 'c', 'd']) cache.set(key, newDeliveryReadLog(), Buffer.alloc(25))
    expect(cache.get('a')).toBeDefined() // now the most recently used
    cache.set('e', newDeliveryReadLog(), Buffer.alloc(25))
    expect(cache.get('b')).toBeUndefined()
    expect(['a', 'c', 'd', 'e'].map((key) => Boolean(cache.get(key)))).toEqual([true, true, true, true])
    cache.set('big', newDeliveryReadLog(), Buffer.alloc(26)) // over a quarter of the budget: never kept
    expect(cache.get('big')).toBeUndefined()
  })
})

describe('PersistedQueryStore', () => {
  test('documents by the hex SHA-256 of their text, bounded in bytes, least recently used first', () => {
    const store = new PersistedQueryStore(30)
    const texts = ['{ a }   ', '{ b }   ', '{ c }   ']
    for (const text of texts) store.add(text)
    expect(store.get(sha256Hex(texts[0]))).toBe(texts[0])
    store.add('{ dddd }') // 8 bytes more than 30: the least recently used ({ b }) goes
    expect(store.get(sha256Hex(texts[1]))).toBeUndefined()
    expect(store.get(sha256Hex(texts[2]))).toBe(texts[2])
    expect(store.get(sha256Hex('{ dddd }'))).toBe('{ dddd }')
    expect(store.size).toBe(3)
    expect(sha256Hex('{ a }')).toMatch(/^[0-9a-f]{64}$/)
  })
})
