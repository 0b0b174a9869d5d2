import { createHmac, timingSafeEqual } from 'node:crypto'

/**
 * Webhook signatures in the Standard Webhooks scheme: the signed content is `{id}.{timestamp}.{body}`, so a
 * captured delivery cannot be replayed later (the timestamp ages out) or under another id (the id is signed).
 */
export const webhookHeaderNames = {
  id: 'webhook-id',
  timestamp: 'webhook-timestamp',
  signature: 'webhook-signature',
} as const

/** How far a delivery's timestamp may be from the receiver's clock, either way. */
export const defaultWebhookToleranceSeconds = 5 * 60

const secretPrefix = 'whsec_'

/**
 * The HMAC key of a secret: a Standard Webhooks secret (`whsec_<base64>`) is keyed by its decoded bytes, so
 * receivers using any Standard Webhooks library interoperate; any other string is keyed by its UTF-8 bytes.
 */
export const webhookKey = (secret: string): Buffer =>
  secret.startsWith(secretPrefix) ? Buffer.from(secret.slice(secretPrefix.length), 'base64') : Buffer.from(secret, 'utf8')

/** `v1,<base64 HMAC-SHA256 of "{id}.{timestamp}.{body}">`; `timestamp` is in whole seconds since the epoch. */
export const signWebhook = (secret: string, id: string, timestamp: number, body: string): string =>
  `v1,${createHmac('sha256', webhookKey(secret)).update(`${id}.${timestamp}.${body}`, 'utf8').digest('base64')}`

/** The three headers of one delivery attempt, signed now (every retry gets a fresh timestamp, the same id). */
export const webhookHeaders = (
  secret: string,
  delivery: { body: string; id: string; now?: Date },
): Record<(typeof webhookHeaderNames)[keyof typeof webhookHeaderNames], string> => {
  const timestamp = Math.floor((delivery.now ?? new Date()).getTime() / 1000)
  return {
    [webhookHeaderNames.id]: delivery.id,
    [webhookHeaderNames.timestamp]: String(timestamp),
    [webhookHeaderNames.signature]: signWebhook(secret, delivery.id, timestamp, delivery.body),
  }
}

export type WebhookVerification = { id: string; ok: true; timestamp: number } | { ok: false; reason: string }

type HeaderValue = null | string | string[] | undefined

const single = (value: HeaderValue): string | undefined => (typeof value === 'string' && value ? value : undefined)

const equalInConstantTime = (a: string, b: string): boolean => {
  const left = Buffer.from(a)
  const right = Buffer.from(b)
  return left.length === right.length && timingSafeEqual(left, right)
}

/**
 * For receivers: checks a delivery's headers against its raw body. Refuses a missing header, a timestamp more
 * than `toleranceSeconds` away from `now` (old captures and far-future ones), and a signature that matches none
 * of the space-separated `v1,…` entries (compared in constant time). Remembering the ids it accepted for the
 * tolerance window, to refuse a replay inside it, is the receiver's job (see examples/report-site/webhook.ts).
 */
export const verifyWebhook = (
  secret: string,
  request: { body: string; headers: Record<string, HeaderValue> | Headers },
  { now = new Date(), toleranceSeconds = defaultWebhookToleranceSeconds }: { now?: Date; toleranceSeconds?: number } = {},
): WebhookVerification => {
  const header = (name: string): string | undefined =>
    request.headers instanceof Headers ? (request.headers.get(name) ?? undefined) : single(request.headers[name])
  const id = header(webhookHeaderNames.id)
  const timestampText = header(webhookHeaderNames.timestamp)
  const signatures = header(webhookHeaderNames.signature)
  if (!id || !timestampText || !signatures) return { ok: false, reason: 'Missing webhook-id, webhook-timestamp or webhook-signature.' }
  if (!/^\d{1,15}$/.test(timestampText)) return { ok: false, reason: 'webhook-timestamp is not a number of seconds.' }
  const timestamp = Number(timestampText)
  if (Math.abs(now.getTime() / 1000 - timestamp) > toleranceSeconds) {
    return { ok: false, reason: `webhook-timestamp is more than ${toleranceSeconds} seconds from now.` }
  }
  const expected = signWebhook(secret, id, timestamp, request.body)
  // check every entry (no early exit), so the time taken says nothing about which one matched
  let matched = false
  for (const candidate of signatures.split(' ')) matched = equalInConstantTime(expected, candidate) || matched
  return matched ? { ok: true, id, timestamp } : { ok: false, reason: 'webhook-signature does not match.' }
}
