import type * as GraphQLModule from 'graphql'
import type { SanitizedWorkflowOptions } from '../types.js'
import { enumValues } from './names.js'

export type GraphQLLib = typeof GraphQLModule

/** Payload builds mutations and queries in separate calls; both must use the same type objects. */
const cache = new WeakMap<GraphQLLib, WeakMap<SanitizedWorkflowOptions, WorkflowGraphQLTypes>>()

const buildTypes = (G: GraphQLLib, options: SanitizedWorkflowOptions) => {
  const id = { type: new G.GraphQLNonNull(G.GraphQLString) }
  const text = { type: new G.GraphQLNonNull(G.GraphQLString) }
  const optionalText = { type: G.GraphQLString }
  const collection = new G.GraphQLEnumType({ name: 'WorkflowCollectionSlug', values: enumValues(options.collections) })
  const transition = new G.GraphQLEnumType({ name: 'WorkflowTransitionName', values: enumValues(Object.keys(options.transitions)) })
  const stage = new G.GraphQLEnumType({ name: 'WorkflowStageName', values: enumValues(options.stages.map((s) => s.value)) })
  const stateFields = {
    stage: { type: new G.GraphQLNonNull(stage) },
    status: optionalText,
    assignee: optionalText,
    submittedBy: optionalText,
    approvedBy: optionalText,
    approvedVersion: optionalText,
  }
  const state = new G.GraphQLObjectType({
    name: 'WorkflowStateInfo',
    fields: { collection: { type: new G.GraphQLNonNull(collection) }, id, previousStage: { type: stage }, ...stateFields },
  })
  // `from`/`to`/`transition` are strings: the trail also holds automatic changes (reapproval, system, schedule)
  const event = new G.GraphQLObjectType({
    name: 'WorkflowEventInfo',
    fields: {
      id,
      collection: text,
      docId: text,
      versionId: optionalText,
      transition: text,
      from: text,
      to: text,
      user: optionalText,
      comment: optionalText,
      createdAt: text,
    },
  })
  const item = new G.GraphQLObjectType({
    name: 'WorkflowBundleItem',
    fields: { collection: text, id, stage: text, title: text },
  })
  const bundle = new G.GraphQLObjectType({
    name: 'WorkflowBundleResult',
    fields: {
      moved: { type: new G.GraphQLNonNull(new G.GraphQLList(new G.GraphQLNonNull(item))) },
      excluded: { type: new G.GraphQLNonNull(new G.GraphQLList(new G.GraphQLNonNull(item))) },
    },
  })
  const transitionResult = new G.GraphQLObjectType({
    name: 'WorkflowTransitionResult',
    fields: { state: { type: new G.GraphQLNonNull(state) }, event: { type: new G.GraphQLNonNull(event) }, bundle: { type: bundle } },
  })
  const transitions = { type: new G.GraphQLNonNull(new G.GraphQLList(new G.GraphQLNonNull(transition))) }
  const queueItem = new G.GraphQLObjectType({
    name: 'WorkflowQueueItem',
    fields: {
      collection: { type: new G.GraphQLNonNull(collection) },
      id,
      title: text,
      stage: { type: new G.GraphQLNonNull(stage) },
      status: optionalText,
      assignee: optionalText,
      submittedBy: optionalText,
      updatedAt: optionalText,
      reason: text,
      transitions,
    },
  })
  const queue = new G.GraphQLObjectType({
    name: 'WorkflowQueueResult',
    fields: {
      docs: { type: new G.GraphQLNonNull(new G.GraphQLList(new G.GraphQLNonNull(queueItem))) },
      totalDocs: { type: new G.GraphQLNonNull(G.GraphQLInt) },
    },
  })
  const schedule = new G.GraphQLObjectType({
    name: 'WorkflowScheduleInfo',
    fields: {
      id,
      collection: text,
      docId: text,
      transition: text,
      at: text,
      status: text,
      scheduledBy: optionalText,
      comment: optionalText,
    },
  })
  const schedules = { type: new G.GraphQLNonNull(new G.GraphQLList(new G.GraphQLNonNull(schedule))) }
  const documentInfo = new G.GraphQLObjectType({
    name: 'WorkflowDocumentInfo',
    fields: {
      collection: { type: new G.GraphQLNonNull(collection) },
      id,
      state: { type: new G.GraphQLNonNull(new G.GraphQLObjectType({ name: 'WorkflowCurrentState', fields: stateFields })) },
      transitions,
      events: { type: new G.GraphQLNonNull(new G.GraphQLList(new G.GraphQLNonNull(event))) },
      schedules,
    },
  })
  return { collection, transition, stage, transitionResult, queue, schedule, schedules, documentInfo }
}

export type WorkflowGraphQLTypes = ReturnType<typeof buildTypes>

export const workflowGraphQLTypes = (G: GraphQLLib, options: SanitizedWorkflowOptions): WorkflowGraphQLTypes => {
  const byOptions = cache.get(G) ?? new WeakMap<SanitizedWorkflowOptions, WorkflowGraphQLTypes>()
  cache.set(G, byOptions)
  const types = byOptions.get(options) ?? buildTypes(G, options)
  byOptions.set(options, types)
  return types
}
