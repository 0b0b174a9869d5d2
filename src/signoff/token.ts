import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto'

/**
 * A sign-off link's token: `<record id>.<nonce>.<expiry, unix seconds>.<signature>`, the signature an
 * HMAC-SHA256 over the first three parts with a key derived from the Payload secret (its own purpose, so a
 * token can never be mistaken for anything else the secret signs). The record stores only a hash of the nonce,
 * and `usedAt` makes the link single-use; the expiry is signed so an expired link is refused before any lookup.
 */
export type SignOffTokenClaims = { id: string; nonce: string; expiresAt: Date }

const keyFor = (secret: string): Buffer => createHmac('sha256', secret).update('impact-cms/speaker-sign-off/v1').digest()

const sign = (secret: string, body: string): string => createHmac('sha256', keyFor(secret)).update(body).digest('base64url')

export const newNonce = (): string => randomBytes(24).toString('base64url')

/** What the record keeps instead of the nonce itself: reading the database does not yield a working link. */
export const nonceHash = (nonce: string): string => createHash('sha256').update(nonce).digest('hex')

export const createSignOffToken = (secret: string, claims: SignOffTokenClaims): string => {
  const body = `${claims.id}.${claims.nonce}.${Math.floor(claims.expiresAt.getTime() / 1000)}`
  return `${body}.${sign(secret, body)}`
}

const tokenShape = /^([A-Za-z0-9-]{1,64})\.([A-Za-z0-9_-]{16,64})\.([0-9]{1,12})\.([A-Za-z0-9_-]{43})$/

/** The claims of an untampered token, or undefined (wrong shape or signature). Expiry is the caller's check. */
export const verifySignOffToken = (secret: string, token: string): SignOffTokenClaims | undefined => {
  const match = tokenShape.exec(token)
  if (!match) return undefined
  const [, id, nonce, expiry, signature] = match as unknown as [string, string, string, string, string]
  const expected = Buffer.from(sign(secret, `${id}.${nonce}.${expiry}`))
  const given = Buffer.from(signature)
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined
  return { id, nonce, expiresAt: new Date(Number(expiry) * 1000) }
}
