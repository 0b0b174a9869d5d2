import type { PayloadRequest } from 'payload'
import { performTransition } from '../services/performTransition.js'
import { cancelSchedules } from '../services/cancelSchedules.js'
import { scheduleTransition } from '../services/scheduleTransition.js'
import type { SanitizedWorkflowOptions } from '../types.js'
import { workflowGraphQLTypes, type GraphQLLib } from './types.js'

type Context = { req: PayloadRequest }

type TransitionArgs = {
  assignee?: null | string
  collection: string
  comment?: null | string
  excludeUnapproved?: boolean | null
  id: string
  transition: string
}

/**
 * `workflowTransition`, `workflowSchedule` and `workflowCancelSchedule`: the REST endpoints' twins, calling the
 * same services. Payload gives custom resolvers a `req` of their own transaction.
 */
export const workflowMutations = (options: SanitizedWorkflowOptions) => (G: GraphQLLib) => {
  const types = workflowGraphQLTypes(G, options)
  const target = {
    collection: { type: new G.GraphQLNonNull(types.collection) },
    id: { type: new G.GraphQLNonNull(G.GraphQLString) },
  }
  return {
    workflowTransition: {
      type: new G.GraphQLNonNull(types.transitionResult),
      args: {
        ...target,
        transition: { type: new G.GraphQLNonNull(types.transition) },
        comment: { type: G.GraphQLString },
        assignee: { type: G.GraphQLString, description: 'A user ID; an empty string clears the assignee.' },
        excludeUnapproved: { type: G.GraphQLBoolean, description: 'Publish a bundle without its children that are not approved.' },
      },
      resolve: (_: unknown, args: TransitionArgs, { req }: Context) =>
        performTransition(req, options, {
          collection: args.collection,
          id: args.id,
          transition: args.transition,
          comment: args.comment,
          assignee: args.assignee === '' ? null : (args.assignee ?? undefined),
          excludeUnapproved: args.excludeUnapproved === true,
        }),
    },
    workflowSchedule: {
      type: new G.GraphQLNonNull(types.schedule),
      args: {
        ...target,
        transition: { type: new G.GraphQLNonNull(types.transition) },
        at: { type: new G.GraphQLNonNull(G.GraphQLString), description: 'ISO 8601 date-time in the future.' },
        comment: { type: G.GraphQLString },
      },
      resolve: (_: unknown, args: TransitionArgs & { at: string }, { req }: Context) =>
        scheduleTransition(req, options, args),
    },
    workflowCancelSchedule: {
      type: types.schedules.type,
      args: { ...target, transition: { type: types.transition } },
      resolve: (_: unknown, args: { collection: string; id: string; transition?: null | string }, { req }: Context) =>
        cancelSchedules(req, options, { collection: args.collection, id: args.id, transition: args.transition ?? undefined }),
    },
  }
}
