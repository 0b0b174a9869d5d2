import type * as GraphQLModule from 'graphql'
import type { AssembledAlignment } from './coverageTypes.js'

type GraphQLLib = typeof GraphQLModule

/**
 * `coverage` and `alignment(framework: String)` of GraphQL `ImpactReport`: the same shapes as the assembled JSON
 * (src/delivery/coverageTypes.ts), resolved from the assembled document. `framework` keeps the alignment of one
 * framework edition, by slug (`"un-sdgs"`).
 */
export const coverageGraphQLFields = (G: GraphQLLib) => {
  const nonNull = <T extends GraphQLModule.GraphQLType>(type: T) => new G.GraphQLNonNull(type)
  const list = <T extends GraphQLModule.GraphQLType>(type: T) => nonNull(new G.GraphQLList(nonNull(type)))
  const text = { type: nonNull(G.GraphQLString) }
  const optionalText = { type: G.GraphQLString }
  const int = { type: nonNull(G.GraphQLInt) }
  const id = { type: nonNull(G.GraphQLID) }

  const goalRef = new G.GraphQLObjectType({ name: 'ImpactCoverageGoalRef', fields: { id, number: int, title: text } })
  const declaration = new G.GraphQLObjectType({
    name: 'ImpactCoverageDeclaration',
    description: 'What the report declares about a goal; reasonSource is `source` (its own words) or `editorial`.',
    fields: { status: text, reason: optionalText, reasonSource: optionalText },
  })
  const counts = new G.GraphQLObjectType({
    name: 'ImpactCoverageEvidenceCounts',
    description: 'Evidence for the goal: published, and not (yet) published (null in the public view).',
    fields: { published: int, inProgress: { type: G.GraphQLInt } },
  })
  const assurance = new G.GraphQLObjectType({ name: 'ImpactAssuranceCount', fields: { level: text, count: int } })
  const coverageGoal = new G.GraphQLObjectType({
    name: 'ImpactCoverageGoal',
    fields: {
      goal: { type: nonNull(goalRef) },
      status: { type: nonNull(G.GraphQLString), description: 'covered, not-applicable, planned, not-reported or unexplained.' },
      coveredBy: { type: G.GraphQLString, description: 'evidence or declaration; null when not covered.' },
      declaration: { type: declaration },
      evidence: { type: nonNull(counts) },
      assurance: { type: list(assurance) },
    },
  })
  const totals = new G.GraphQLObjectType({
    name: 'ImpactCoverageTotals',
    fields: { goals: int, covered: int, notApplicable: int, planned: int, notReported: int, unexplained: int },
  })
  const coverage = new G.GraphQLObjectType({
    name: 'ImpactCoverage',
    description: 'Every goal of the edition: covered, or why not. `complete` is what publishing requires.',
    fields: { complete: { type: nonNull(G.GraphQLBoolean) }, totals: { type: nonNull(totals) }, goals: { type: list(coverageGoal) } },
  })

  const alignmentFramework = new G.GraphQLObjectType({
    name: 'ImpactAlignmentFramework',
    fields: { id, slug: optionalText, name: text, edition: text },
  })
  const via = new G.GraphQLObjectType({
    name: 'ImpactAlignmentVia',
    description: "A goal of the report's edition the evidence comes from, and the mapping's basis and note.",
    fields: { number: int, title: text, basis: text, note: optionalText },
  })
  const alignedGoal = new G.GraphQLObjectType({
    name: 'ImpactAlignedGoal',
    fields: {
      id,
      number: int,
      title: text,
      evidenceCount: int,
      evidence: { type: list(G.GraphQLID), description: 'IDs of the evidence items, in the report order.' },
      basis: { type: nonNull(G.GraphQLString), description: 'official when every mapping used is official, else inferred.' },
      via: { type: list(via) },
    },
  })
  const alignment = new G.GraphQLObjectType({
    name: 'ImpactAlignment',
    fields: { framework: { type: nonNull(alignmentFramework) }, evidenceCount: int, goals: { type: list(alignedGoal) } },
  })

  return {
    coverage: { type: nonNull(coverage) },
    alignment: {
      type: list(alignment),
      args: { framework: { type: G.GraphQLString, description: 'Only this framework edition, by slug, e.g. "un-sdgs".' } },
      resolve: (parent: { alignment?: AssembledAlignment[] }, args: { framework?: string | null }) =>
        (parent.alignment ?? []).filter((a) => !args.framework || a.framework.slug === args.framework),
    },
  }
}
