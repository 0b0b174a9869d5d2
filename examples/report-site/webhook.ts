import type { IncomingHttpHeaders } from 'node:http'
import { defaultWebhookToleranceSeconds, verifyWebhook } from '../../plugins/workflow/services/signature.js'

/*
 * How the site trusts a webhook from the CMS (Standard Webhooks): the signature must cover this id, this
 * timestamp and these exact bytes; the timestamp must be within the tolerance of our clock; and an id already
 * accepted is refused while it could still verify, so a captured delivery can be replayed neither later nor now.
 */

export type WebhookCheck = { ok: true; id: string } | { ok: false; status: 401 | 409; error: string }

export type WebhookVerifierOptions = {
  secret: string
  /** @default 300 (5 minutes), as the CMS's verify helper */
  toleranceSeconds?: number
  /** Ids remembered at most; past it the oldest are forgotten first. @default 10000 */
  maxRemembered?: number
  /** The clock, for tests. */
  now?: () => Date
}

/** Checks deliveries and remembers accepted ids until their timestamp leaves the tolerance window. */
export const createWebhookVerifier = ({ secret, toleranceSeconds = defaultWebhookToleranceSeconds, maxRemembered = 10_000, now = () => new Date() }: WebhookVerifierOptions) => {
  // id → the time (ms) after which its timestamp is too old to verify, so remembering it is no longer needed
  const seen = new Map<string, number>()

  // ids arrive roughly in timestamp order, so the expired ones are at the front: stop at the first still needed
  // (one that expired later than a newer id is forgotten a little late, which only costs memory: its timestamp
  // is refused anyway)
  const forgetExpired = (at: number) => {
    for (const [id, expires] of seen) {
      if (expires > at) return
      seen.delete(id)
    }
  }

  const check = (raw: Buffer, headers: IncomingHttpHeaders): WebhookCheck => {
    const at = now()
    forgetExpired(at.getTime())
    const verified = verifyWebhook(secret, { body: raw.toString('utf8'), headers }, { now: at, toleranceSeconds })
    if (!verified.ok) return { ok: false, status: 401, error: verified.reason }
    if (seen.has(verified.id)) return { ok: false, status: 409, error: `Webhook ${verified.id} was already received.` }
    if (seen.size >= maxRemembered) seen.delete(seen.keys().next().value as string)
    seen.set(verified.id, (verified.timestamp + toleranceSeconds) * 1000)
    return { ok: true, id: verified.id }
  }

  return { check, get remembered() { return seen.size } }
}

export type WebhookVerifier = ReturnType<typeof createWebhookVerifier>
