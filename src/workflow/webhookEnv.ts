/** Environment variables as plain strings (Node's ProcessEnv, minus the keys Next's types make required). */
export type Env = Record<string, string | undefined>

/** Webhook settings from the environment: `WORKFLOW_WEBHOOK_URLS` (comma-separated) and `WORKFLOW_WEBHOOK_SECRET`. */
export type WebhookEnv = { backoffMs?: number; retries?: number; secret: string; urls: string[] }

const positiveInteger = (name: string, value: string | undefined): number | undefined => {
  if (value === undefined || value === '') return undefined
  const number = Number(value)
  if (!Number.isInteger(number) || number < 0) throw new Error(`${name} must be a whole number (got "${value}").`)
  return number
}

/**
 * Fails at startup on a misconfiguration rather than at the first publish: unsigned webhooks are never sent.
 * `WORKFLOW_WEBHOOK_RETRIES` and `WORKFLOW_WEBHOOK_BACKOFF_MS` tune the retries (defaults 5 and 2000 ms, doubling).
 */
export const webhookEnv = (env: Env = process.env): WebhookEnv => {
  const urls = (env.WORKFLOW_WEBHOOK_URLS ?? '')
    .split(',')
    .map((url) => url.trim())
    .filter(Boolean)
  for (const url of urls) {
    let protocol = ''
    try {
      protocol = new URL(url).protocol
    } catch {
      // reported below
    }
    if (protocol !== 'http:' && protocol !== 'https:') throw new Error(`WORKFLOW_WEBHOOK_URLS: "${url}" is not an http(s) URL.`)
  }
  const secret = env.WORKFLOW_WEBHOOK_SECRET ?? ''
  if (urls.length && !secret) throw new Error('WORKFLOW_WEBHOOK_SECRET must be set when WORKFLOW_WEBHOOK_URLS is: webhooks are signed.')
  return {
    urls,
    secret,
    retries: positiveInteger('WORKFLOW_WEBHOOK_RETRIES', env.WORKFLOW_WEBHOOK_RETRIES),
    backoffMs: positiveInteger('WORKFLOW_WEBHOOK_BACKOFF_MS', env.WORKFLOW_WEBHOOK_BACKOFF_MS),
  }
}
