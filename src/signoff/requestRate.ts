import { APIError, type PayloadRequest } from 'payload'
import { slugs } from '../../collections/slugs.js'

/**
 * Each sign-off request sends an email to an address a contributor may have typed in, with words they chose, so
 * requests are rationed: one link per quote a minute, and 20 requests per user an hour. Counted from the stored
 * records (`requestedAt`, `requestedBy`), so the limits hold across instances and restarts.
 */
export const signOffRequestLimits = { perQuoteMs: 60_000, perUserPerHour: 20 } as const

const hourMs = 3_600_000

const tooMany = (message: string, retryAfterSeconds: number): APIError<{ retryAfterSeconds: number }> =>
  new APIError(message, 429, { retryAfterSeconds }, true)

export const checkSignOffRequestRate = async (req: PayloadRequest, quoteId: string, userId: string | number, now: Date): Promise<void> => {
  const { docs: latest } = await req.payload.find({
    collection: slugs.quoteSignOffs,
    where: { and: [{ quote: { equals: quoteId } }, { requestedAt: { greater_than: new Date(now.getTime() - signOffRequestLimits.perQuoteMs).toISOString() } }] },
    sort: '-requestedAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const last = latest[0]?.requestedAt
  if (last) {
    const wait = Math.max(1, Math.ceil((new Date(last).getTime() + signOffRequestLimits.perQuoteMs - now.getTime()) / 1000))
    throw tooMany(`A sign-off link for this quote was sent less than a minute ago. Try again in ${wait} s.`, wait)
  }
  const { totalDocs } = await req.payload.count({
    collection: slugs.quoteSignOffs,
    where: { and: [{ requestedBy: { equals: userId } }, { requestedAt: { greater_than: new Date(now.getTime() - hourMs).toISOString() } }] },
    overrideAccess: true,
    req,
  })
  if (totalDocs >= signOffRequestLimits.perUserPerHour) {
    throw tooMany(`You have sent ${signOffRequestLimits.perUserPerHour} sign-off requests in the last hour; try again later.`, 3600)
  }
}
