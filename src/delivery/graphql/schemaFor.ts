import { configToSchema } from '@payloadcms/graphql'
import type { SanitizedConfig } from 'payload'

export type PayloadGraphql = ReturnType<typeof configToSchema>

const built = new WeakMap<SanitizedConfig, PayloadGraphql>()

/** Where Payload's GraphQL route handler (@payloadcms/next, routes/graphql/handler.js) keeps the schema it built. */
type PayloadHandlerCache = { _payload_graphql?: { graphql: PayloadGraphql | null; promise: Promise<PayloadGraphql> | null } }

/**
 * Payload's GraphQL schema (with its resolvers) and validation rules for `config`, built once per config (~80 ms)
 * and shared by the HTTP guard (which reads which fields return lists), the delivery fast path (which executes on
 * it) and Payload's own handler: it would otherwise build the same schema again from the same config on its first
 * request (the one slot it has per process; it only takes ours while it has none of its own).
 */
export const payloadGraphqlFor = (config: SanitizedConfig): PayloadGraphql => {
  const known = built.get(config)
  if (known) return known
  const graphql = configToSchema(config)
  built.set(config, graphql)
  const handlerCache = globalThis as typeof globalThis & PayloadHandlerCache
  const slot = (handlerCache._payload_graphql ??= { graphql: null, promise: null })
  if (!slot.graphql && !slot.promise) slot.graphql = graphql
  return graphql
}
