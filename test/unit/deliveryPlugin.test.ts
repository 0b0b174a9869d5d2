import { expect, test } from '@jest/globals'
import * as GraphQL from 'graphql'
import type { CollectionAfterChangeHook, CollectionConfig, Config, GraphQLExtension } from 'payload'
import { afterChangeInvalidateDelivery, afterDeleteInvalidateDelivery } from '../../src/delivery/invalidate.js'
import { defaultCacheControl, deliveryOptionsOf, sanitizeDeliveryOptions, type SanitizedDeliveryOptions } from '../../src/delivery/options.js'
import { deliveryPlugin } from '../../src/delivery/plugin.js'
import { assembledAnswer } from '../../src/delivery/responseHeaders.js'

/** The plugin applied to a small config: what it adds, where, and that the host's settings survive. */
const hostHook: CollectionAfterChangeHook = ({ doc }) => doc
const hostEndpoint = { path: '/:id/own', method: 'get' as const, handler: () => Response.json({}) }
const collection = (slug: string, extra: Partial<CollectionConfig> = {}): CollectionConfig => ({ slug, fields: [{ name: 'title', type: 'text' }], ...extra })
const hostQueries: GraphQLExtension = () => ({ hostQuery: { type: 'String' } })
const hostRule = () => ({})

const baseConfig = (): Config => ({
  secret: 'x',
  db: {} as Config['db'],
  collections: [
    collection('reports', { hooks: { afterChange: [hostHook] }, endpoints: [hostEndpoint] }),
    collection('evidence'),
    collection('quotes'),
    collection('recommendations'),
    collection('organisations'),
    collection('frameworks'),
    collection('goals'),
    collection('media'),
    collection('indicators'),
    collection('quote-sign-offs'),
    collection('users'),
  ],
  graphQL: { queries: hostQueries, validationRules: () => [hostRule] },
  custom: { host: true },
})

test('adds the assembled endpoint first on reports, and the invalidation hooks after the host hooks on delivered collections only', () => {
  const incoming = baseConfig()
  const config = deliveryPlugin()(incoming)
  const bySlug = new Map((config.collections ?? []).map((c) => [c.slug, c]))
  const reports = bySlug.get('reports')!
  expect(Array.isArray(reports.endpoints) && reports.endpoints.map((e) => e.path)).toEqual(['/:slug/assembled', '/:id/own'])
  expect(reports.hooks?.afterChange).toEqual([hostHook, afterChangeInvalidateDelivery])
  expect(reports.hooks?.afterDelete).toEqual([afterDeleteInvalidateDelivery])
  for (const slug of ['evidence', 'quotes', 'recommendations', 'organisations', 'frameworks', 'goals', 'media', 'indicators', 'quote-sign-offs']) {
    expect(bySlug.get(slug)?.hooks?.afterChange).toEqual([afterChangeInvalidateDelivery])
    expect(bySlug.get(slug)?.endpoints).toBeUndefined()
  }
  expect(bySlug.get('users')?.hooks).toBeUndefined()
  // pure: the incoming config is untouched
  expect(incoming.collections?.[0].endpoints).toEqual([hostEndpoint])
  expect(incoming.collections?.[0].hooks?.afterChange).toEqual([hostHook])
  expect(incoming.custom).toEqual({ host: true })
})

test('merges GraphQL queries and validation rules with the host’s, and stores the sanitized options', () => {
  const config = deliveryPlugin({ graphQL: { maxDepth: 7 } })(baseConfig())
  const queries = config.graphQL!.queries!(GraphQL, {} as never)
  expect(Object.keys(queries).sort()).toEqual(['hostQuery', 'impactReport', 'impactReports'])
  const rules = config.graphQL!.validationRules!({} as never)
  expect(rules).toHaveLength(2)
  expect(rules[0]).toBe(hostRule)
  expect(config.custom?.host).toBe(true)
  const options = deliveryOptionsOf(config)
  expect(options.graphQL).toEqual({ maxDepth: 7 })
  expect(options.reportsCollection).toBe('reports')
  expect(options.cacheControl).toEqual(defaultCacheControl)
})

test('graphQL: false leaves GraphQL as the host set it', () => {
  const incoming = baseConfig()
  const config = deliveryPlugin({ graphQL: false })(incoming)
  expect(config.graphQL).toBe(incoming.graphQL)
})

test('options: defaults, a fixed TTL, Cache-Control overrides, and mistakes refused at startup', () => {
  const previous = process.env.DELIVERY_CACHE_TTL_MS
  try {
    process.env.DELIVERY_CACHE_TTL_MS = '1234'
    const defaults = sanitizeDeliveryOptions()
    expect(defaults.cacheTtlMs()).toBe(1234)
    // read on every use, so a running process may change it
    process.env.DELIVERY_CACHE_TTL_MS = '0'
    expect(defaults.cacheTtlMs()).toBe(0)
    process.env.DELIVERY_CACHE_TTL_MS = 'nonsense'
    expect(defaults.cacheTtlMs()).toBe(5000)
    expect(sanitizeDeliveryOptions({ cacheTtlMs: 250 }).cacheTtlMs()).toBe(250)
  } finally {
    if (previous === undefined) delete process.env.DELIVERY_CACHE_TTL_MS
    else process.env.DELIVERY_CACHE_TTL_MS = previous
  }
  expect(sanitizeDeliveryOptions({ cacheControl: { public: 'public, max-age=5' } }).cacheControl).toEqual({
    public: 'public, max-age=5',
    private: defaultCacheControl.private,
  })
  expect(() => deliveryPlugin({ reportsCollection: 'posts' as never })(baseConfig())).toThrow('deliveryPlugin: the config has no collection "posts".')
  expect(() => deliveryPlugin({ invalidateOn: ['nothing' as never] })(baseConfig())).toThrow('no collection "nothing"')
  expect(() => sanitizeDeliveryOptions({ cacheTtlMs: -1 })).toThrow('cacheTtlMs must be a number ≥ 0')
  expect(() => sanitizeDeliveryOptions({ graphQL: { maxDepth: 0 } })).toThrow('graphQL.maxDepth must be a whole number > 0')
})

test('one answer for the endpoint and the fast path: headers by caller, 304 on a matching If-None-Match', () => {
  const options: Pick<SanitizedDeliveryOptions, 'cacheControl'> = { cacheControl: { public: 'public, max-age=1', private: 'private, no-store' } }
  const rendered = { body: '{"a":1}', etag: '"abc"' }
  expect(assembledAnswer(rendered, { signedIn: false, ifNoneMatch: undefined }, options)).toEqual({
    status: 200,
    headers: { ETag: '"abc"', 'Cache-Control': 'public, max-age=1', Vary: 'Authorization, Cookie', 'Content-Type': 'application/json; charset=utf-8' },
    body: '{"a":1}',
  })
  expect(assembledAnswer(rendered, { signedIn: true, ifNoneMatch: 'W/"abc"' }, options)).toEqual({
    status: 304,
    headers: { ETag: '"abc"', 'Cache-Control': 'private, no-store', Vary: 'Authorization, Cookie' },
    body: null,
  })
  expect(assembledAnswer(rendered, { signedIn: false, ifNoneMatch: '"other"' }, options).status).toBe(200)
})
