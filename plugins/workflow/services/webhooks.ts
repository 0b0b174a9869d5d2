import type { PayloadRequest } from 'payload'
import type { SanitizedWorkflowOptions, WorkflowDocument } from '../types.js'
import { jobsAPI } from './localApi.js'

export const webhookTaskSlug = 'workflowWebhookDelivery'

export type WebhookInput = {
  body: string
  collection: string
  docId: string
  event: string
  url: string
}

/**
 * Queues one delivery per URL in the caller's transaction: a rolled-back transition leaves no job behind, and
 * the job runner only sees (and sends) it once the transition has committed.
 */
export const enqueueWebhooks = async (
  req: PayloadRequest,
  options: SanitizedWorkflowOptions,
  change: { collection: string; doc: WorkflowDocument; stage: string; timestamp: string; transition: string },
): Promise<void> => {
  const { urls, transitions } = options.webhooks
  if (!urls.length || !transitions.includes(change.transition)) return
  const slug = change.doc.slug
  const extra = options.webhooks.describe ? await options.webhooks.describe({ req, collection: change.collection, doc: change.doc }) : {}
  // The body is fixed now and signed at delivery, so every retry sends (and signs) the same bytes.
  const body = JSON.stringify({
    ...extra,
    event: change.transition,
    collection: change.collection,
    id: String(change.doc.id),
    ...(typeof slug === 'string' && slug ? { slug } : {}),
    stage: change.stage,
    timestamp: change.timestamp,
  })
  for (const url of urls) {
    const input: WebhookInput = { url, body, event: change.transition, collection: change.collection, docId: String(change.doc.id) }
    await jobsAPI(req).queue({ task: webhookTaskSlug, input, queue: options.queue, req })
  }
}
