import type { GraphQLExtension, PayloadRequest } from 'payload'
import { assembleReport } from '../assembleReport.js'
import { listReports, type ReportListInput } from '../listReports.js'
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
      resolve: (_: unknown, args: { slug: string; draft?: boolean | null }, { req }: Context) =>
        assembleReport(req, { slug: args.slug, draft: args.draft ?? false }),
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
