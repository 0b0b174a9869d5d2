import type { PayloadRequest } from 'payload'
import { documentWorkflow } from '../services/documentWorkflow.js'
import { reviewQueue } from '../services/reviewQueue.js'
import type { SanitizedWorkflowOptions } from '../types.js'
import { workflowGraphQLTypes, type GraphQLLib } from './types.js'

type Context = { req: PayloadRequest }

/** `workflowQueue` (what waits on me) and `workflowDocument` (one document's stage, options and history). */
export const workflowQueries = (options: SanitizedWorkflowOptions) => (G: GraphQLLib) => {
  const types = workflowGraphQLTypes(G, options)
  return {
    workflowQueue: {
      type: new G.GraphQLNonNull(types.queue),
      args: { limit: { type: G.GraphQLInt } },
      resolve: (_: unknown, args: { limit?: null | number }, { req }: Context) =>
        reviewQueue(req, options, { limit: Math.min(Math.max(args.limit ?? 50, 1), 500) }),
    },
    workflowDocument: {
      type: new G.GraphQLNonNull(types.documentInfo),
      args: {
        collection: { type: new G.GraphQLNonNull(types.collection) },
        id: { type: new G.GraphQLNonNull(G.GraphQLString) },
      },
      resolve: (_: unknown, args: { collection: string; id: string }, { req }: Context) => documentWorkflow(req, options, args),
    },
  }
}
