import type { PayloadRequest } from 'payload'

/** The one document a request's If-Match speaks about. */
export type PreconditionTarget = { collection: string; id: string }

type RequestPreconditions = { claimed?: PreconditionTarget; satisfied: Set<string> }

/**
 * Keyed on the request's Headers object: GraphQL resolvers run each mutation on a proxy of the request
 * (isolateObjectProperty), and hooks' Local API calls pass `req` along, but every one of them reads the
 * same `headers`. So state recorded here is seen by every write of one HTTP request and by no other.
 */
const byRequest = new WeakMap<Headers, RequestPreconditions>()

const stateOf = (req: PayloadRequest): RequestPreconditions | undefined => {
  if (!req.headers) return undefined
  let state = byRequest.get(req.headers)
  if (!state) byRequest.set(req.headers, (state = { satisfied: new Set() }))
  return state
}

const keyOf = (target: PreconditionTarget) => `${target.collection}/${target.id}`

export const ifMatchHeader = (req: PayloadRequest): null | string => req.headers?.get('if-match') ?? null

const isGraphQLRequest = (req: PayloadRequest): boolean => {
  if (!req.url) return false
  const { routes } = req.payload.config
  return new URL(req.url).pathname === `${routes.api}${routes.graphQL}`
}

/**
 * On GraphQL there is no URL naming the document: the first update or delete of a document by id in the
 * request claims the If-Match header (so send one such mutation per request).
 */
export const claimForGraphQL = (req: PayloadRequest, target: PreconditionTarget): void => {
  if (!ifMatchHeader(req) || !isGraphQLRequest(req)) return
  const state = stateOf(req)
  if (state && !state.claimed) state.claimed = target
}

/**
 * The document the request's precondition applies to: the `{collection}/{id}` of a REST route
 * (`PATCH`/`DELETE /api/{collection}/{id}`, `POST …/{id}/workflow/{transition}`), else the GraphQL claim.
 * Other documents the same request writes (a bundle's children, audit events) are not conditioned.
 */
export const targetOf = (req: PayloadRequest): PreconditionTarget | undefined => {
  const { collection, id } = req.routeParams ?? {}
  if (typeof collection === 'string' && (typeof id === 'string' || typeof id === 'number')) return { collection, id: String(id) }
  return req.headers ? byRequest.get(req.headers)?.claimed : undefined
}

export const isTarget = (req: PayloadRequest, collection: string, id: number | string): boolean => {
  const target = targetOf(req)
  return target !== undefined && target.collection === collection && target.id === String(id)
}

/**
 * Once the precondition held, later writes of the same document in the same request (a transition that
 * saves twice, a hook's follow-up save) build on this request's own change and are not checked again.
 */
export const markSatisfied = (req: PayloadRequest, target: PreconditionTarget): void => {
  stateOf(req)?.satisfied.add(keyOf(target))
}

export const isSatisfied = (req: PayloadRequest, target: PreconditionTarget): boolean =>
  stateOf(req)?.satisfied.has(keyOf(target)) ?? false
