import type { GraphQLExtension, PayloadRequest } from 'payload'
import { listReports, type ReportListInput } from '../listReports.js'
import { renderReport } from '../render.js'
import { deliveryGraphQLTypes } from './types.js'

type Context = { req: PayloadRequest }

/**
 * `impactReport(slug, draft)`: the assembled report (null when the caller may not see it);
 * `impactReports(organisation, framework, goal, limit, page)`: a page of report summaries.
 * `draft` is honoured only for a signed-in caller, and access rules still decide what they see.
 */
export const deliveryQueries: GraphQLExtension = (G) => {
  const types = deliveryGraphQLTypes(G)
  return {
    impactReport: {
      type: types.report,
      args: { slug: { type: new G.GraphQLNonNull(G.GraphQLString) }, draft: { type: G.GraphQLBoolean } },
      resolve: async (_: unknown, args: { slug: string; draft?: boolean | null }, { req }: Context) =>
        (await renderReport(req, { slug: args.slug, draft: args.draft ?? false }))?.doc ?? null,
    },
    impactReports: {
      type: new G.GraphQLNonNull(types.reportList),
      args: {
        organisation: { type: G.GraphQLString },
        framework: { type: G.GraphQLString },
        goal: { type: G.GraphQLString },
        limit: { type: G.GraphQLInt },
        page: { type: G.GraphQLInt },
        draft: { type: G.GraphQLBoolean },
      },
      resolve: (_: unknown, args: ReportListInput, { req }: Context) => listReports(req, args),
    },
  }
}
