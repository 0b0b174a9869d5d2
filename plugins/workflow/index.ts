import type { CollectionConfig, Config } from 'payload'
import { webhookDeliveriesCollection } from './collections/webhookDeliveries.js'
import { workflowEventsCollection } from './collections/workflowEvents.js'
import { workflowSchedulesCollection } from './collections/workflowSchedules.js'
import { cancelScheduleEndpoint } from './endpoints/cancelScheduleEndpoint.js'
import { documentWorkflowEndpoint } from './endpoints/documentWorkflowEndpoint.js'
import { queueEndpoint } from './endpoints/queueEndpoint.js'
import { scheduleEndpoint } from './endpoints/scheduleEndpoint.js'
import { transitionEndpoint } from './endpoints/transitionEndpoint.js'
import { workflowField } from './fields/workflowField.js'
import { withWorkflowAdmin } from './admin/index.js'
import { workflowMutations } from './graphql/mutations.js'
import { workflowQueries } from './graphql/queries.js'
import { afterChangeRecordAutomaticEvent } from './hooks/afterChangeRecordAutomaticEvent.js'
import { beforeChangeWorkflowState } from './hooks/beforeChangeWorkflowState.js'
import { beforeOperationPublishGate } from './hooks/beforeOperationPublishGate.js'
import { scheduledTransitionTask } from './jobs/scheduledTransitionTask.js'
import { webhookDeliveryTask } from './jobs/webhookDeliveryTask.js'
import { sanitizeOptions } from './sanitizeOptions.js'
import { workflowLoggingLevels } from './services/errors.js'
import type { SanitizedWorkflowOptions, WorkflowPluginOptions } from './types.js'

export type * from './types.js'
export { transitionWriteOf } from './context.js'
export {
  defaultWebhookToleranceSeconds,
  signWebhook,
  verifyWebhook,
  webhookHeaderNames,
  webhookHeaders,
  webhookKey,
  type WebhookVerification,
} from './services/signature.js'
export { performTransition, type TransitionInput, type TransitionResult } from './services/performTransition.js'
export { recordWorkflowEvent, type HostEvent } from './services/hostEvents.js'

/** What the plugin adds to one workflow collection: the field always, the behaviour when enabled. */
const withWorkflow = (collection: CollectionConfig, options: SanitizedWorkflowOptions): CollectionConfig => {
  const fields = [...collection.fields, workflowField(options)]
  if (!options.enabled) return { ...collection, fields }
  const hooks = collection.hooks ?? {}
  return {
    ...collection,
    fields,
    hooks: {
      ...hooks,
      beforeOperation: [...(hooks.beforeOperation ?? []), beforeOperationPublishGate()],
      // after the host's hooks, so the workflow judges the content they settled
      beforeChange: [...(hooks.beforeChange ?? []), beforeChangeWorkflowState(options)],
      afterChange: [...(hooks.afterChange ?? []), afterChangeRecordAutomaticEvent(options)],
    },
    endpoints:
      collection.endpoints === false
        ? false
        : [
            ...(collection.endpoints ?? []),
            // schedule before the generic transition route, which would take "schedule" for a transition name
            scheduleEndpoint(options),
            cancelScheduleEndpoint(options),
            documentWorkflowEndpoint(options),
            transitionEndpoint(options),
          ],
  }
}

/** Runs the host's extension, then adds ours to what it returned. */
const mergeGraphQL =
  <TArgs extends unknown[]>(
    host: ((...args: TArgs) => Record<string, unknown>) | undefined,
    ours: (...args: TArgs) => Record<string, unknown>,
  ) =>
  (...args: TArgs): Record<string, unknown> => ({ ...(host?.(...args) ?? {}), ...ours(...args) })

/**
 * Editorial workflow for Payload collections with drafts: stages, transitions over REST and GraphQL, who may
 * perform them (host callbacks), four-eyes, a publish gate, bundles, an append-only audit trail, a review
 * queue, scheduled publishing, email and signed webhooks. Returns a new config; the incoming one is not touched.
 */
export const workflowPlugin =
  (pluginOptions: WorkflowPluginOptions) =>
  (incomingConfig: Config): Config => {
    const options = sanitizeOptions(pluginOptions, incomingConfig)
    const collections = [
      ...(incomingConfig.collections ?? []).map((c) => (options.collections.includes(c.slug) ? withWorkflow(c, options) : c)),
      workflowEventsCollection(options),
      webhookDeliveriesCollection(options),
      workflowSchedulesCollection(options),
    ]
    // the schema stays the same when disabled, so turning the workflow off needs no migration
    if (!options.enabled) return { ...incomingConfig, collections }

    const graphQL = incomingConfig.graphQL ?? {}
    // serializable facts for admin components and other plugins; the access callbacks stay private
    const info = {
      collections: options.collections,
      stages: options.stages,
      transitions: options.transitions,
      bundles: options.bundles,
      slugs: options.slugs,
      queue: options.queue,
    }
    return withWorkflowAdmin(options)({
      ...incomingConfig,
      collections,
      endpoints: [...(incomingConfig.endpoints ?? []), queueEndpoint(options)],
      loggingLevels: { ...workflowLoggingLevels, ...incomingConfig.loggingLevels },
      graphQL: {
        ...graphQL,
        mutations: mergeGraphQL(graphQL.mutations, workflowMutations(options)),
        queries: mergeGraphQL(graphQL.queries, workflowQueries(options)),
      },
      jobs: {
        ...incomingConfig.jobs,
        tasks: [...(incomingConfig.jobs?.tasks ?? []), webhookDeliveryTask(options), scheduledTransitionTask(options)],
      },
      // server code reads config.custom; admin (client) components only receive admin.custom
      custom: { ...incomingConfig.custom, workflow: info },
      admin: { ...incomingConfig.admin, custom: { ...incomingConfig.admin?.custom, workflow: info } },
    })
  }
