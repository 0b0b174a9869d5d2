import { createHmac, timingSafeEqual } from 'node:crypto'

export const signatureHeader = 'X-Workflow-Signature'

/** `sha256=<hex HMAC-SHA256 of the exact body bytes>`, as receivers recompute it. */
export const signBody = (secret: string, body: string): string =>
  `sha256=${createHmac('sha256', secret).update(body, 'utf8').digest('hex')}`

/** For receivers (and tests): constant-time comparison of a received header with the expected signature. */
export const verifySignature = (secret: string, body: string, header: null | string | undefined): boolean => {
  if (!header) return false
  const expected = Buffer.from(signBody(secret, body))
  const received = Buffer.from(header)
  return expected.length === received.length && timingSafeEqual(expected, received)
}
