import { configToSchema } from '@payloadcms/graphql'
import type { SanitizedConfig } from 'payload'

export type PayloadGraphql = ReturnType<typeof configToSchema>

const built = new WeakMap<SanitizedConfig, PayloadGraphql>()

/**
 * Payload's GraphQL schema (with its resolvers) and validation rules for `config`, built once per config (~80 ms)
 * and shared by the HTTP guard (which reads which fields return lists) and the delivery fast path (which executes
 * on it). Payload's own handler builds its own copy from the same config: same types, same resolver functions.
 */
export const payloadGraphqlFor = (config: SanitizedConfig): PayloadGraphql => {
  const known = built.get(config)
  if (known) return known
  const graphql = configToSchema(config)
  built.set(config, graphql)
  return graphql
}
