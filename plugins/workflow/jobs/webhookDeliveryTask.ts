import type { TaskConfig } from 'payload'
import { localAPI } from '../services/localApi.js'
import { webhookHeaders } from '../services/signature.js'
import { webhookTaskSlug, type WebhookInput } from '../services/webhooks.js'
import type { SanitizedWorkflowOptions } from '../types.js'

type WebhookTaskIO = { input: WebhookInput; output: { statusCode: number } }

/**
 * POSTs a queued webhook body, signed (Standard Webhooks headers), and records the attempt. A non-2xx answer or a network error throws, so
 * Payload retries the job with exponential backoff until `webhooks.retries` is used up.
 */
export const webhookDeliveryTask = (options: SanitizedWorkflowOptions): TaskConfig<WebhookTaskIO> => ({
  slug: webhookTaskSlug,
  label: 'Workflow webhook delivery',
  retries: { attempts: options.webhooks.retries, backoff: { type: 'exponential', delay: options.webhooks.backoffMs } },
  inputSchema: [
    { name: 'url', type: 'text', required: true },
    { name: 'body', type: 'textarea', required: true },
    { name: 'event', type: 'text', required: true },
    { name: 'collection', type: 'text', required: true },
    { name: 'docId', type: 'text', required: true },
  ],
  outputSchema: [{ name: 'statusCode', type: 'number', required: true }],
  handler: async ({ input, job, req }) => {
    const attempt = (job.totalTried ?? 0) + 1
    const started = Date.now()
    let statusCode: null | number = null
    let error: null | string = null
    try {
      const response = await fetch(input.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'user-agent': 'payload-workflow-webhooks',
          'X-Workflow-Event': input.event,
          // Standard Webhooks: the job's id is the same on every retry (receivers drop duplicates), the
          // timestamp is this attempt's, and the signature covers both with the body
          ...webhookHeaders(options.webhooks.secret, { id: String(job.id), body: input.body }),
        },
        body: input.body,
        redirect: 'manual',
        signal: AbortSignal.timeout(options.webhooks.timeoutMs),
      })
      statusCode = response.status
      await response.body?.cancel()
      if (!response.ok) error = `HTTP ${response.status}`
    } catch (cause) {
      error = cause instanceof Error ? cause.message : String(cause)
    }
    await localAPI(req).create({
      collection: options.slugs.deliveries,
      data: { ...input, body: undefined, attempt, statusCode, ok: !error, error, durationMs: Date.now() - started, job: String(job.id) },
      depth: 0,
      overrideAccess: true,
      req,
    })
    if (error || statusCode === null) throw new Error(`Webhook to ${input.url} failed (attempt ${attempt}): ${error}`)
    return { output: { statusCode } }
  },
})
