import type { GraphQLExtension, PayloadRequest } from 'payload'
import { listReports, type ReportListInput } from '../listReports.js'
import { renderReport } from '../render.js'
import type { DeliveryReadLog } from './deliveryReads.js'
import { deliveryGraphQLTypes } from './types.js'

/** `deliveryReads` is there when the delivery fast path runs the operation (src/http/graphqlFastPath.ts). */
type Context = { req: PayloadRequest; deliveryReads?: DeliveryReadLog }

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
      resolve: async (_: unknown, args: { slug: string; draft?: boolean | null }, { req, deliveryReads }: Context) => {
        const rendered = await renderReport(req, { slug: args.slug, draft: args.draft ?? false })
        deliveryReads?.reports.push({ slug: args.slug, rendered })
        return rendered?.doc ?? null
      },
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
      resolve: (_: unknown, args: ReportListInput, { req, deliveryReads }: Context) => {
        // lists are read fresh every time: an answer that contains one is not kept
        if (deliveryReads) deliveryReads.untracked = true
        return listReports(req, args)
      },
    },
  }
}
