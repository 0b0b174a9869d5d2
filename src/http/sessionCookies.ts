import type { IncomingAuthType } from 'payload'

/**
 * The login cookie's flags. Secure in production, so the session never travels over plain HTTP
 * (browsers treat http://localhost as secure, so `npm run demo` still signs in); COOKIE_SECURE=false
 * turns it off for a plain-HTTP deployment. SameSite=Lax, not Strict: a link to the admin in a
 * workflow email must open signed in. Cross-site writes are refused by the origin check instead.
 */
export const sessionCookies = (env: Readonly<Record<string, string | undefined>> = process.env): NonNullable<IncomingAuthType['cookies']> => ({
  secure: env.COOKIE_SECURE ? env.COOKIE_SECURE !== 'false' : env.NODE_ENV === 'production',
  sameSite: 'Lax',
})
