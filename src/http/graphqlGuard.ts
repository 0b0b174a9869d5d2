import type { GraphQLSchema } from 'graphql'
import type { SanitizedConfig } from 'payload'
import { checkGraphqlDocument } from '../delivery/graphql/costGuard.js'
import { defaultGraphqlGuardLimits, type GraphqlGuardLimits } from '../delivery/graphql/guardLimits.js'
import { payloadGraphqlFor } from '../delivery/graphql/schemaFor.js'
import type { RequestLimits } from './requestLimits.js'

type Handler = (request: Request) => Promise<Response>

const refusal = (status: number, message: string, headers: Record<string, string> = {}) =>
  Response.json({ errors: [{ message }] }, { status, headers })

/** The body's bytes, or undefined as soon as it passes `max` (the rest is not read). */
const readAtMost = async (request: Request, max: number): Promise<Uint8Array | undefined> => {
  if (Number(request.headers.get('content-length') ?? 0) > max) return undefined
  if (!request.body) return new Uint8Array()
  const chunks: Uint8Array[] = []
  let size = 0
  const reader = request.body.getReader()
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    size += read.value.byteLength
    if (size > max) {
      await reader.cancel()
      return undefined
    }
    chunks.push(read.value)
  }
  return Buffer.concat(chunks)
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * Wraps Payload's GraphQL POST handler: reads the body (bounded), refuses batches and documents over the limits
 * of `checkGraphqlDocument` with 400 and `{ errors: [{ message }] }`, and passes everything else on unchanged.
 * It runs before Payload parses and validates: Payload's complexity rule takes exponential time on fragments
 * spread repeatedly and overflows the stack on fragment cycles, so it must never see such documents.
 */
export const guardGraphql = (config: SanitizedConfig, handler: Handler, limits: GraphqlGuardLimits = defaultGraphqlGuardLimits): Handler => {
  // A copy of the schema (~80 ms, at start-up rather than in a request, shared with the delivery fast path): the
  // guard only reads which fields return lists. Payload builds its own on its first GraphQL request.
  const schema: GraphQLSchema = payloadGraphqlFor(config).schema
  return async (request) => {
    const mediaType = request.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase()
    if (mediaType !== 'application/json') return refusal(415, 'GraphQL requests need Content-Type: application/json.')
    const bytes = await readAtMost(request, limits.maxBodyBytes)
    // the rest of the body stays unread: close the connection rather than reuse it
    if (!bytes) return refusal(413, `The GraphQL request body is larger than ${limits.maxBodyBytes} bytes.`, { connection: 'close' })
    const text = Buffer.from(bytes).toString('utf8')
    let body: unknown
    try {
      body = JSON.parse(text)
    } catch {
      return refusal(400, 'The request body is not valid JSON.')
    }
    if (Array.isArray(body)) return refusal(400, 'Batched GraphQL requests (a JSON array) are not supported: send one operation per request.')
    if (!isRecord(body) || typeof body.query !== 'string') return refusal(400, 'The request body must be a JSON object with a "query" string.')
    const check = checkGraphqlDocument(body.query, { limits, schema, variables: isRecord(body.variables) ? body.variables : undefined })
    if (!check.ok) return refusal(400, check.message)
    return handler(new Request(request.url, { method: request.method, headers: request.headers, body: new Uint8Array(bytes) }))
  }
}

/** `GRAPHQL_MAX_COST`, read once at start-up so a bad value stops the server rather than a request. */
const maxCostFrom = (raw: string | undefined): number => {
  if (raw === undefined || raw.trim() === '') return defaultGraphqlGuardLimits.maxCost
  const value = Number(raw)
  if (!Number.isSafeInteger(value) || value < 1) throw new Error(`GRAPHQL_MAX_COST must be a whole number of at least 1 (got "${raw}").`)
  return value
}

/**
 * The guard's limits with the body size and page-size cap the rest of /api uses (MAX_JSON_BODY, MAX_PAGE_SIZE),
 * and `GRAPHQL_MAX_COST` (lower it for large databases: the estimate counts documents a query may resolve).
 */
export const graphqlGuardLimits = (requestLimits: RequestLimits, env: Record<string, string | undefined> = process.env): GraphqlGuardLimits => ({
  ...defaultGraphqlGuardLimits,
  maxBodyBytes: requestLimits.maxJsonBody,
  unboundedListSize: requestLimits.maxPageSize,
  maxCost: maxCostFrom(env.GRAPHQL_MAX_COST),
})

/** GET /api/graphql: not served (queries over GET would skip the body guard and are cacheable by proxies). */
export const graphqlOverGetRefused: Handler = async () => refusal(405, 'GraphQL is served over POST only.', { allow: 'POST' })
