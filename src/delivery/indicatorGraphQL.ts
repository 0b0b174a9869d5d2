import type * as GraphQLModule from 'graphql'
import { GraphQLJSON } from '@payloadcms/graphql/types'

type GraphQLLib = typeof GraphQLModule

/**
 * The GraphQL fields issue 11 adds to `ImpactMetric`, read off the assembled document by default resolvers, so a
 * metric is the same JSON over REST and GraphQL (AssembledMetricIndicatorFields in indicatorTypes.ts).
 * The nested parts are JSON scalars, not object types: metrics sit at depth 4 of `impactReport`, and the query
 * depth limit of 5 (src/delivery/graphql/guardLimits.ts) leaves no room for a selection under them.
 */
export const metricIndicatorGraphQLFields = (G: GraphQLLib) => {
  const nonNull = <T extends GraphQLModule.GraphQLType>(type: T) => new G.GraphQLNonNull(type)
  return {
    periodStart: { type: G.GraphQLString, description: 'YYYY-MM-DD, read from the as-written `period` when possible.' },
    periodEnd: { type: G.GraphQLString, description: 'YYYY-MM-DD, read from the as-written `period` when possible.' },
    indicator: { type: GraphQLJSON, description: '{ id, name, slug, unit, direction: "higher" | "lower" } or null.' },
    assurance: {
      type: nonNull(GraphQLJSON),
      description:
        '{ level: "self-reported" | "internally-reviewed" | "externally-assured-limited" | "externally-assured-reasonable", assurer, standard, date, statement: media or null }.',
    },
    previous: {
      type: GraphQLJSON,
      description:
        "The organisation's value for the same indicator in the latest earlier period the reader may see: { value, valueText, unit, period, periodStart, periodEnd, assurance: { level }, report: { id, slug, title }, evidence: { id, title } } or null.",
    },
    change: { type: GraphQLJSON, description: '{ absolute, percent (null when not meaningful), better } or null.' },
  }
}
