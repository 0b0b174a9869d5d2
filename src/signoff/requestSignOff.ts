import { APIError, commitTransaction, initTransaction, killTransaction, type PayloadRequest } from 'payload'
import type { Quote } from '../../payload-types.js'
import { slugs } from '../../collections/slugs.js'
import { seesOrganisationInternals } from '../access/index.js'
import { refId } from '../refs.js'
import { createSignOffRecord, hasValidSignOff, revokeSignOffs, signOffLabel } from './records.js'
import { signOffLinkTtlMs } from './settings.js'
import { signOffEmail } from './email.js'
import { createSignOffToken, newNonce, nonceHash } from './token.js'
import { textHash } from './textHash.js'
import { checkSignOffRequestRate } from './requestRate.js'

export type SignOffRequestResult = { id: string; expiresAt: string; sentTo: string }

/** Where the public page lives; absolute when SERVER_URL is set (emails need it), relative otherwise. */
export const signOffPath = (token: string): string => `/signoff/${token}`

/**
 * "Request sign-off": emails the quoted person a signed, expiring, single-use link to a page with the exact
 * words. Staff, and contributors of the quote's organisation, may ask. A newer request withdraws older open
 * ones. The record and the email succeed together: if the email cannot be sent, nothing is kept.
 */
export const requestSignOff = async (req: PayloadRequest, quoteId: string): Promise<SignOffRequestResult> => {
  const { payload } = req
  if (!req.user) throw new APIError('Sign in to request a sign-off.', 401)
  const quote = (await payload.findByID({
    collection: slugs.quotes,
    id: quoteId,
    draft: true,
    depth: 0,
    overrideAccess: false,
    user: req.user,
    disableErrors: true,
    req,
  })) as Quote | null
  if (!quote) throw new APIError('Not Found', 404)
  if (!seesOrganisationInternals(req, quote.organisation)) {
    throw new APIError('Only staff and contributors of the quote’s organisation may request its sign-off.', 403)
  }
  const personId = refId(quote.person)
  const person = personId
    ? await payload.findByID({ collection: slugs.people, id: personId, depth: 0, disableErrors: true, req })
    : null
  if (!person) throw new APIError('Choose the person quoted first: the sign-off request goes to them.', 409)
  if (!person.email) throw new APIError(`${person.name} has no email address: add it to their entry under People first.`, 409)
  const hash = textHash(quote.text)
  if (await hasValidSignOff(req, quote.id, hash)) {
    throw new APIError('The speaker has already signed off these exact words.', 409)
  }

  const now = new Date()
  await checkSignOffRequestRate(req, quote.id, req.user.id, now)
  const nonce = newNonce()
  const expiresAt = new Date(now.getTime() + signOffLinkTtlMs())
  const owned = await initTransaction(req)
  try {
    await revokeSignOffs(req, quote.id, { onlyOpenRequests: true, reason: 'A newer sign-off link was sent.' })
    const record = await createSignOffRecord(req, {
      label: signOffLabel(person.name, quote.text),
      quote: quote.id,
      organisation: refId(quote.organisation) ?? null,
      person: person.id,
      source: 'link',
      text: quote.text,
      textHash: hash,
      requestedAt: now.toISOString(),
      requestedBy: req.user.id,
      expiresAt: expiresAt.toISOString(),
      nonceHash: nonceHash(nonce),
    })
    const path = signOffPath(createSignOffToken(payload.secret, { id: record.id, nonce, expiresAt }))
    const link = `${payload.config.serverURL ?? ''}${path}`
    try {
      await payload.sendEmail({ to: person.email, ...signOffEmail({ person, quote, link, expiresAt }) })
    } catch (error) {
      payload.logger.error({ err: error, msg: `Sign-off email for quote ${quote.id} could not be sent` })
      throw new APIError('The sign-off email could not be sent; nothing was requested. Try again later.', 502)
    }
    if (owned) await commitTransaction(req)
    return { id: record.id, expiresAt: expiresAt.toISOString(), sentTo: person.name }
  } catch (error) {
    if (owned) await killTransaction(req)
    throw error
  }
}
