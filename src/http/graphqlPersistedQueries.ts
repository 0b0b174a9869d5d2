import type { RequestHandler } from 'express'
import { specifiedRules, validate } from 'graphql'
import type { SanitizedConfig } from 'payload'
import { checkGraphqlDocument } from '../delivery/graphql/costGuard.js'
import type { GraphqlGuardLimits } from '../delivery/graphql/guardLimits.js'
import { PersistedQueryStore, sha256Hex } from '../delivery/graphql/persistedQueries.js'
import { payloadGraphqlFor } from '../delivery/graphql/schemaFor.js'
import { keepBufferedBody } from './bufferedBody.js'
import { HttpError } from './httpError.js'

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

/** The hash a request names in `extensions.persistedQuery`, undefined when it names none. */
const persistedHash = (body: Record<string, unknown>): string | undefined => {
  if (!isRecord(body.extensions) || body.extensions.persistedQuery === undefined) return undefined
  const persisted = body.extensions.persistedQuery
  if (!isRecord(persisted) || persisted.version !== 1 || typeof persisted.sha256Hash !== 'string' || !/^[0-9a-fA-F]{64}$/.test(persisted.sha256Hash)) {
    throw new HttpError(400, 'extensions.persistedQuery must be { "version": 1, "sha256Hash": "<64 hex digits: SHA-256 of the query>" }.')
  }
  return persisted.sha256Hash.toLowerCase()
}

/**
 * Automatic persisted queries on `POST /api/graphql` (the protocol Apollo Client's persisted-queries link speaks):
 * - `{ "query", "extensions": { "persistedQuery": { "version": 1, "sha256Hash" } } }` runs as usual and registers
 *   the document when the hash is its SHA-256 and it passes the cost guard and GraphQL validation (Payload's
 *   rules included) — nothing a guard refuses is ever stored;
 * - the same without `query` runs the registered document; an unknown hash answers 400
 *   `{ errors: [{ message, extensions: { code: "PERSISTED_QUERY_NOT_FOUND" } }] }` and the client sends it again
 *   with its query.
 * Runs before the list-argument rule and the cost guard, which then see the document as if it had been sent:
 * every guard applies to every request, persisted or not. Frontends that send the same big query every time save
 * its bytes and its parsing on the way in.
 */
export const graphqlPersistedQueries = (config: SanitizedConfig, limits: GraphqlGuardLimits, store = new PersistedQueryStore()): RequestHandler => {
  const { schema, validationRules } = payloadGraphqlFor(config)
  const acceptable = (query: string, variables: Record<string, unknown> | undefined): boolean => {
    const check = checkGraphqlDocument(query, { limits, schema, variables })
    if (!check.ok) return false
    const rules = [...specifiedRules, ...validationRules({ schema, document: check.document, variableValues: variables })]
    return validate(schema, check.document, rules).length === 0
  }
  return (req, res, next) => {
    const body: unknown = req.body
    if (!isRecord(body)) return next()
    const hash = persistedHash(body)
    if (hash === undefined) return next()
    if (typeof body.query === 'string') {
      if (sha256Hex(body.query) !== hash) throw new HttpError(400, 'extensions.persistedQuery.sha256Hash is not the SHA-256 of the query.')
      if (acceptable(body.query, isRecord(body.variables) ? body.variables : undefined)) store.add(body.query)
      return next()
    }
    // a query of another type: the guard refuses it
    if (body.query !== undefined && body.query !== null) return next()
    const query = store.get(hash)
    if (query === undefined) {
      res.status(400).json({
        errors: [
          {
            message: `PersistedQueryNotFound: no document is registered under sha256Hash ${hash}; send the request again with its "query".`,
            extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' },
          },
        ],
      })
      return
    }
    const resolved = { ...body, query }
    req.body = resolved
    keepBufferedBody(req, Buffer.from(JSON.stringify(resolved)))
    next()
  }
}
