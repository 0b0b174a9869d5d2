import type * as GraphQLModule from 'graphql'
import { GraphQLJSON } from '@payloadcms/graphql/types'
import { coverageGraphQLFields } from '../coverageGraphQL.js'
import { metricIndicatorGraphQLFields } from '../indicatorGraphQL.js'

export type GraphQLLib = typeof GraphQLModule

/** The assembled report as GraphQL object types (names prefixed `Impact` so they never clash with Payload's). */
const buildTypes = (G: GraphQLLib) => {
  const nonNull = <T extends GraphQLModule.GraphQLType>(type: T) => new G.GraphQLNonNull(type)
  const list = <T extends GraphQLModule.GraphQLType>(type: T) => nonNull(new G.GraphQLList(nonNull(type)))
  const id = { type: nonNull(G.GraphQLID) }
  const text = { type: nonNull(G.GraphQLString) }
  const optionalText = { type: G.GraphQLString }
  const optionalFloat = { type: G.GraphQLFloat }

  const richText = new G.GraphQLObjectType({
    name: 'ImpactRichText',
    description: 'Lexical rich text: the stored JSON and sanitized HTML.',
    fields: { json: { type: nonNull(GraphQLJSON) }, html: text },
  })
  const media = new G.GraphQLObjectType({
    name: 'ImpactMedia',
    fields: { id, alt: text, url: optionalText, filename: optionalText, mimeType: optionalText, width: optionalFloat, height: optionalFloat },
  })
  const identifier = new G.GraphQLObjectType({ name: 'ImpactIdentifier', fields: { scheme: text, value: text } })
  const population = new G.GraphQLObjectType({ name: 'ImpactPopulation', fields: { value: optionalFloat, description: optionalText } })
  const organisation = new G.GraphQLObjectType({
    name: 'ImpactOrganisation',
    fields: {
      id,
      name: text,
      slug: optionalText,
      type: text,
      identifiers: { type: list(identifier) },
      regions: { type: list(G.GraphQLString) },
      populationServed: { type: population },
      website: optionalText,
      logo: { type: media },
    },
  })
  const framework = new G.GraphQLObjectType({
    name: 'ImpactFramework',
    fields: { id, name: text, edition: text, slug: optionalText, publisher: optionalText },
  })
  const metric = new G.GraphQLObjectType({
    name: 'ImpactMetric',
    fields: {
      label: text,
      value: { type: nonNull(G.GraphQLFloat) },
      unit: optionalText,
      valueText: optionalText,
      baseline: optionalFloat,
      target: optionalFloat,
      period: optionalText,
      direction: optionalText,
      ...metricIndicatorGraphQLFields(G),
    },
  })
  const source = new G.GraphQLObjectType({ name: 'ImpactSource', fields: { citation: optionalText, url: optionalText } })
  const evidence = new G.GraphQLObjectType({
    name: 'ImpactEvidence',
    fields: {
      id,
      title: text,
      description: optionalText,
      activityType: optionalText,
      assurance: text,
      metrics: { type: list(metric) },
      beneficiaries: optionalText,
      area: optionalText,
      source: { type: nonNull(source) },
      attachments: { type: list(media) },
      order: optionalFloat,
      status: text,
    },
  })
  const goal = new G.GraphQLObjectType({
    name: 'ImpactGoal',
    fields: {
      id,
      number: { type: nonNull(G.GraphQLInt) },
      title: text,
      slug: optionalText,
      summary: optionalText,
      group: optionalText,
      colour: optionalText,
      evidence: { type: list(evidence) },
    },
  })
  const goalRef = new G.GraphQLObjectType({
    name: 'ImpactGoalRef',
    fields: { id, number: { type: nonNull(G.GraphQLInt) }, title: text },
  })
  const speaker = new G.GraphQLObjectType({ name: 'ImpactSpeaker', fields: { name: optionalText, honorific: optionalText, role: optionalText } })
  const signOff = new G.GraphQLObjectType({
    name: 'ImpactSignOff',
    description: "The speaker's decision on the delivered words (approved / declined) and when.",
    fields: { decision: text, at: optionalText },
  })
  const quote = new G.GraphQLObjectType({
    name: 'ImpactQuote',
    fields: {
      id,
      text,
      paragraphs: { type: list(G.GraphQLString) },
      context: text,
      speaker: { type: nonNull(speaker) },
      speakerApproved: { type: nonNull(G.GraphQLBoolean) },
      signOff: { type: signOff },
      order: optionalFloat,
      status: text,
    },
  })
  const recommendation = new G.GraphQLObjectType({
    name: 'ImpactRecommendation',
    fields: {
      id,
      title: text,
      description: optionalText,
      priority: optionalText,
      progress: text,
      owner: optionalText,
      dueDate: optionalText,
      goals: { type: list(goalRef) },
      order: optionalFloat,
      status: text,
    },
  })
  const period = new G.GraphQLObjectType({ name: 'ImpactPeriod', fields: { from: optionalText, to: optionalText } })
  const reportDocument = new G.GraphQLObjectType({
    name: 'ImpactReportDocument',
    fields: {
      id,
      title: text,
      slug: optionalText,
      period: { type: nonNull(period) },
      publicationDate: optionalText,
      summary: optionalText,
      sourceUrl: optionalText,
      status: text,
      updatedAt: text,
      introduction: { type: richText },
      journey: { type: richText },
      analysis: { type: richText },
      body: { type: richText },
    },
  })
  const reportMedia = new G.GraphQLObjectType({ name: 'ImpactReportMedia', fields: { coverImage: { type: media }, pdf: { type: media } } })
  const report = new G.GraphQLObjectType({
    name: 'ImpactReport',
    description: 'One report with everything its page needs, as GET /api/reports/{slug}/assembled returns it.',
    fields: {
      report: { type: nonNull(reportDocument) },
      organisation: { type: organisation },
      partner: { type: organisation },
      framework: { type: framework },
      goals: { type: list(goal) },
      quotes: { type: list(quote) },
      recommendations: { type: list(recommendation) },
      media: { type: nonNull(reportMedia) },
      // coverage of every goal, alignment(framework:) (src/delivery/coverageGraphQL.ts)
      ...coverageGraphQLFields(G),
      draft: { type: nonNull(G.GraphQLBoolean) },
    },
  })

  const listOrganisation = new G.GraphQLObjectType({ name: 'ImpactReportListOrganisation', fields: { id, name: text, slug: optionalText } })
  const listItem = new G.GraphQLObjectType({
    name: 'ImpactReportListItem',
    fields: {
      id,
      title: text,
      slug: optionalText,
      summary: optionalText,
      publicationDate: optionalText,
      organisation: { type: listOrganisation },
      framework: { type: framework },
    },
  })
  const reportList = new G.GraphQLObjectType({
    name: 'ImpactReportList',
    fields: {
      docs: { type: list(listItem) },
      totalDocs: { type: nonNull(G.GraphQLInt) },
      page: { type: nonNull(G.GraphQLInt) },
      totalPages: { type: nonNull(G.GraphQLInt) },
      hasNextPage: { type: nonNull(G.GraphQLBoolean) },
    },
  })
  return { report, reportList }
}

export type DeliveryGraphQLTypes = ReturnType<typeof buildTypes>

// Payload may build the schema more than once per GraphQL module; type names must map to one object each time.
const cache = new WeakMap<GraphQLLib, DeliveryGraphQLTypes>()

export const deliveryGraphQLTypes = (G: GraphQLLib): DeliveryGraphQLTypes => {
  const cached = cache.get(G)
  if (cached) return cached
  const types = buildTypes(G)
  cache.set(G, types)
  return types
}
