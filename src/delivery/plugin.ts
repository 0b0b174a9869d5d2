import type { CollectionConfig, Config, GraphQLExtension } from 'payload'
import { assembledReportEndpoint } from './endpoint.js'
import { maxDepthRule } from './graphql/maxDepth.js'
import { deliveryQueries } from './graphql/queries.js'
import { afterChangeInvalidateDelivery, afterDeleteInvalidateDelivery } from './invalidate.js'
import { sanitizeDeliveryOptions, type DeliveryPluginOptions, type SanitizedDeliveryOptions } from './options.js'

export type { DeliveryPluginOptions, SanitizedDeliveryOptions } from './options.js'

/** Writes to this collection empty the public view cache (after the collection's own hooks). */
const withInvalidation = (collection: CollectionConfig): CollectionConfig => {
  const hooks = collection.hooks ?? {}
  return {
    ...collection,
    hooks: {
      ...hooks,
      afterChange: [...(hooks.afterChange ?? []), afterChangeInvalidateDelivery],
      afterDelete: [...(hooks.afterDelete ?? []), afterDeleteInvalidateDelivery],
    },
  }
}

/** The assembled endpoint first, so `/:slug/assembled` is matched before the collection's other routes. */
const withAssembledEndpoint = (collection: CollectionConfig, options: SanitizedDeliveryOptions): CollectionConfig =>
  collection.endpoints === false ? collection : { ...collection, endpoints: [assembledReportEndpoint(options), ...(collection.endpoints ?? [])] }

/** Runs the host's extension, then adds ours to what it returned. */
const mergeQueries =
  (host: GraphQLExtension | undefined, ours: GraphQLExtension): GraphQLExtension =>
  (graphQL, context) => ({ ...(host?.(graphQL, context) ?? {}), ...ours(graphQL, context) })

/**
 * Delivery to frontends: `GET /api/{reports}/{slug}/assembled` on the report collection, the cache-emptying
 * hooks on every collection an assembled report reads, GraphQL `impactReport` / `impactReports` and the query
 * depth rule. Pure: returns a new config; the sanitized options go to `config.custom.delivery`, where the
 * endpoint's render step and the Express fast path (src/http/assembledFastPath.ts) read them.
 */
export const deliveryPlugin =
  (pluginOptions: DeliveryPluginOptions = {}) =>
  (incomingConfig: Config): Config => {
    const options = sanitizeDeliveryOptions(pluginOptions, incomingConfig)
    const collections = (incomingConfig.collections ?? []).map((collection) => {
      let result = options.invalidateOn.includes(collection.slug) ? withInvalidation(collection) : collection
      if (collection.slug === options.reportsCollection) result = withAssembledEndpoint(result, options)
      return result
    })
    const graphQL = incomingConfig.graphQL ?? {}
    const { graphQL: graphQLOptions } = options
    return {
      ...incomingConfig,
      collections,
      graphQL: graphQLOptions
        ? {
            ...graphQL,
            queries: mergeQueries(graphQL.queries, deliveryQueries),
            // the whole impactReport query has depth 5; deeper queries only loop item → report → items.
            // The HTTP guard (src/http/graphqlGuard.ts) refuses them earlier with the same limit.
            validationRules: (args) => [...(graphQL.validationRules?.(args) ?? []), maxDepthRule(graphQLOptions.maxDepth)],
          }
        : graphQL,
      custom: { ...incomingConfig.custom, delivery: options },
    }
  }
