import { createHmac, timingSafeEqual } from 'node:crypto'
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

export type ReceivedWebhook = { body: string; headers: IncomingHttpHeaders; verified: boolean }

/**
 * The Standard Webhooks signature, recomputed here independently of the plugin:
 * `v1,<base64 HMAC-SHA256 of "{webhook-id}.{webhook-timestamp}.{raw body}">`, keyed by the secret's UTF-8 bytes.
 */
export const standardSignature = (secret: string, id: string, timestamp: string, raw: Buffer | string): string =>
  `v1,${createHmac('sha256', secret).update(`${id}.${timestamp}.`).update(raw).digest('base64')}`

/** What a receiving frontend does: recompute the signature over id, timestamp and raw bytes; compare in constant time. */
const signatureMatches = (secret: string, raw: Buffer, headers: IncomingHttpHeaders): boolean => {
  const [id, timestamp, header] = [headers['webhook-id'], headers['webhook-timestamp'], headers['webhook-signature']]
  if (typeof id !== 'string' || typeof timestamp !== 'string' || typeof header !== 'string') return false
  const expected = Buffer.from(standardSignature(secret, id, timestamp, raw))
  const received = Buffer.from(header)
  return expected.length === received.length && timingSafeEqual(expected, received)
}

/**
 * An HTTP receiver on 127.0.0.1 that verifies each request's signature (401 when it does not match), records
 * its raw body and headers, and otherwise answers with the next status from `statuses` (then 200), so a test
 * can make a delivery fail.
 */
export const startWebhookReceiver = async ({ secret, statuses = [] }: { secret: string; statuses?: number[] }) => {
  const received: ReceivedWebhook[] = []
  const pending = [...statuses]
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      const raw = Buffer.concat(chunks)
      const verified = signatureMatches(secret, raw, req.headers)
      received.push({ body: raw.toString('utf8'), headers: req.headers, verified })
      res.statusCode = verified ? (pending.shift() ?? 200) : 401
      res.end(verified ? 'ok' : 'bad signature')
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/hooks/workflow`,
    received,
    /** Make the next verified deliveries answer with these statuses. */
    answer: (...next: number[]) => pending.push(...next),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
