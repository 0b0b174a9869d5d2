const DEV_SECRET = 'impact-cms-development-secret-do-not-use-in-production'

/** PAYLOAD_SECRET signs tokens: required in production, a loud fallback in development. */
export const payloadSecret = (): string => {
  const secret = process.env.PAYLOAD_SECRET
  if (secret) return secret
  if (process.env.NODE_ENV === 'production') {
    throw new Error('PAYLOAD_SECRET must be set in production (a long random string).')
  }
  if (process.env.NODE_ENV !== 'test') {
    console.warn('\n⚠  PAYLOAD_SECRET is not set: using the built-in development secret. Never do this in production.\n')
  }
  return DEV_SECRET
}
