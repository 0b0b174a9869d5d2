import type { Request as ExpressRequest, RequestHandler, Response as ExpressResponse } from 'express'
import { createPayloadRequest, getPayload, headersWithCors, mergeHeaders, type Payload, type SanitizedConfig } from 'payload'
import { publicReportCache } from '../delivery/cache.js'
import { newDeliveryReadLog } from '../delivery/graphql/deliveryReads.js'
import { createDeliveryPlanner, type GraphqlParams } from '../delivery/graphql/deliveryPlanner.js'
import type { GraphqlGuardLimits } from '../delivery/graphql/guardLimits.js'
import { AnonymousResponseCache } from '../delivery/graphql/responseCache.js'
import { payloadGraphqlFor } from '../delivery/graphql/schemaFor.js'
import { toWebRequest } from './toWebRequest.js'

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

/** The request's query, variables and operation name when they have the shapes graphql-http accepts. */
const graphqlParams = (body: unknown): GraphqlParams | undefined => {
  if (!isRecord(body) || typeof body.query !== 'string') return undefined
  const { variables, operationName } = body
  if (variables !== undefined && variables !== null && !isRecord(variables)) return undefined
  if (operationName !== undefined && operationName !== null && typeof operationName !== 'string') return undefined
  return { query: body.query, variables: variables ?? undefined, operationName: operationName || undefined }
}

/** graphql-http's choice of response type for an Accept header (null: it would answer 406). */
const responseType = (accept: string | undefined): string | null => {
  for (const item of (accept || '*/*').replace(/\s/g, '').toLowerCase().split(',')) {
    const [mediaType, ...params] = item.split(';')
    const charset = params.find((param) => param.includes('charset=')) ?? 'charset=utf-8'
    if (mediaType === 'application/graphql-response+json' && charset === 'charset=utf-8') return 'application/graphql-response+json; charset=utf-8'
    if (['application/json', 'application/*', '*/*'].includes(mediaType) && (charset === 'charset=utf-8' || charset === 'charset=utf8')) {
      return 'application/json; charset=utf-8'
    }
  }
  return null
}

/** `X-Delivery-Cache` tells which answers the fast path gave: `hit` a kept one, `miss` one it just ran. */
const send = (res: ExpressResponse, body: Buffer, headers: Headers, cache: 'hit' | 'miss') => {
  res.status(200)
  headers.forEach((value, name) => res.setHeader(name, value))
  res.setHeader('X-Delivery-Cache', cache)
  res.end(body)
}

/**
 * `POST /api/graphql` for operations that read only delivery fields (`impactReport`, `impactReports`), in front of
 * Payload's handler (mounted after the /api input guards, so the body is parsed, bounded and its list arguments
 * capped). Such an operation, once it has passed the cost guard and Payload's validation rules for its variables,
 * runs compiled (graphql-jit) on Payload's schema with Payload's resolvers and a real PayloadRequest (same auth,
 * same draft decision as REST: `renderReport`). An anonymous answer is kept and served again while the reports it
 * read are still the cached public views (see AnonymousResponseCache). Anything else, and any answer with errors,
 * goes on to Payload, which answers it exactly as before. graphql-js spends most of its time walking the large
 * result and validating the document on every request; here both happen once.
 */
export const graphqlFastPath = (config: SanitizedConfig, limits: GraphqlGuardLimits): RequestHandler => {
  const graphql = payloadGraphqlFor(config)
  const plan = createDeliveryPlanner({ graphql, limits })
  const answers = new AnonymousResponseCache((slug) => publicReportCache.peek(slug))
  const tokenCookie = `${config.cookiePrefix}-token=`
  // Payload's own strategies (JWT in Authorization or the token cookie, API keys in Authorization) are told by these
  // headers; a custom strategy may read anything, so with one no answer is ever taken for anonymous
  const customAuth = config.collections.some((collection) => (collection.auth?.strategies?.length ?? 0) > 0)
  const mayBeSignedIn = (req: ExpressRequest) =>
    customAuth || Boolean(req.headers.authorization) || (req.headers.cookie ?? '').split(';').some((part) => part.trimStart().startsWith(tokenCookie))
  let payload: Payload | undefined
  const corsFor = async (req: ExpressRequest, contentType: string) => {
    payload ??= await getPayload({ config })
    const origin = req.headers.origin
    return headersWithCors({ headers: new Headers({ 'content-type': contentType }), req: { payload, headers: new Headers(origin ? { origin } : undefined) } })
  }

  return async (req, res, next) => {
    try {
      if (req.headers['content-type']?.split(';')[0]?.trim().toLowerCase() !== 'application/json') return next()
      const params = graphqlParams(req.body)
      const contentType = responseType(req.headers.accept)
      if (!params || !contentType) return next()
      const planned = plan(params)
      if (!planned) return next()
      const anonymous = !mayBeSignedIn(req)
      const kept = anonymous ? answers.get(planned.key) : undefined
      if (kept) return send(res, kept, await corsFor(req, contentType), 'hit')

      const payloadReq = await createPayloadRequest({ canSetHeaders: true, config, request: toWebRequest(req) })
      const deliveryReads = newDeliveryReadLog()
      const contextHeaders: Record<string, string> = {}
      const result = await planned.compiled.query(undefined, { req: payloadReq, headers: contextHeaders, deliveryReads }, params.variables)
      // errors are formatted (and logged, and passed to afterError hooks) by Payload's handler: let it answer
      if (result.errors?.length || !result.data) return next()
      const body = Buffer.from(JSON.stringify(result))
      if (anonymous && !payloadReq.user) answers.set(planned.key, deliveryReads, body)
      const headers = headersWithCors({ headers: new Headers({ 'content-type': contentType }), req: payloadReq })
      for (const [name, value] of Object.entries(contextHeaders)) headers.append(name, value)
      send(res, body, payloadReq.responseHeaders ? mergeHeaders(payloadReq.responseHeaders, headers) : headers, 'miss')
    } catch (error) {
      // the fast path must never answer worse than Payload would: log it and let Payload handle the request
      console.error('GraphQL delivery fast path:', error)
      if (!res.headersSent) next()
    }
  }
}
