import { createHash } from 'node:crypto'
import { parse, specifiedRules, validate, type DocumentNode } from 'graphql'
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit'
import { BoundedMap } from './boundedMap.js'
import { checkGraphqlDocument } from './costGuard.js'
import { deliveryOperation } from './deliveryOperation.js'
import type { GraphqlGuardLimits } from './guardLimits.js'
import type { PayloadGraphql } from './schemaFor.js'

export type GraphqlParams = { query: string; operationName?: string; variables?: Record<string, unknown> }

/** A delivery operation that passed every check for these variables, compiled; `key` names document and variables. */
export type DeliveryPlan = { compiled: CompiledQuery; key: string }

const digest = (text: string) => createHash('sha256').update(text).digest('base64url')

type CompiledDocument = { compiled: CompiledQuery } | { compiled?: undefined }

/**
 * Decides, once per document and variables, whether a GraphQL request may take the delivery fast path, and
 * compiles it (graphql-jit) once per document. A plan exists only when the request
 * - passes the HTTP cost guard (`checkGraphqlDocument`, the same limits; variables count in its estimate),
 * - selects a query whose root fields are all delivery fields (`deliveryOperation`),
 * - passes graphql-js's specified rules plus Payload's rules (complexity, production introspection, our depth
 *   rule) exactly as Payload's handler runs them (the complexity rule reads the variables).
 * Everything else gets no plan and goes to Payload's handler, which answers it, errors included, as before.
 * Both tables are bounded: a client sending ever new documents only costs the checks Payload would run anyway.
 */
export const createDeliveryPlanner = ({ graphql, limits }: { graphql: PayloadGraphql; limits: GraphqlGuardLimits }) => {
  const documents = new BoundedMap<string, CompiledDocument>(200)
  const decisions = new BoundedMap<string, boolean>(2000)

  /** Only for documents that passed validation once: graphql-jit assumes a valid document. */
  const compile = (documentKey: string, document: DocumentNode, operationName: string | undefined): CompiledDocument => {
    const known = documents.get(documentKey)
    if (known) return known
    let entry: CompiledDocument = {}
    try {
      const compiled = compileQuery(graphql.schema, document, operationName)
      if (isCompiledQuery(compiled)) entry = { compiled }
    } catch {
      // a document graphql-jit cannot compile is still answered, by Payload
    }
    documents.set(documentKey, entry)
    return entry
  }

  /** A parse (bounded in tokens, as the guard's) tells other documents apart before the guard's full check. */
  const isDeliveryDocument = (query: string, operationName: string | undefined): boolean => {
    try {
      return Boolean(deliveryOperation(parse(query, { noLocation: true, maxTokens: limits.maxTokens }), operationName))
    } catch {
      return false // the guard and Payload answer syntax errors
    }
  }

  const passes = (document: DocumentNode, params: GraphqlParams): boolean => {
    const rules = [
      ...specifiedRules,
      ...graphql.validationRules({ schema: graphql.schema, document, operationName: params.operationName, variableValues: params.variables }),
    ]
    return validate(graphql.schema, document, rules).length === 0
  }

  return (params: GraphqlParams): DeliveryPlan | undefined => {
    // digests, not the texts: keys stay small however large the document and variables (up to MAX_JSON_BODY)
    const documentKey = digest(`${params.operationName ?? ''}\n${params.query}`)
    const known = documents.get(documentKey)
    if (known && !known.compiled) return undefined // not a delivery operation: skip the checks
    const key = digest(`${documentKey}\n${JSON.stringify(params.variables ?? null)}`)
    const decided = decisions.get(key)
    if (decided === false) return undefined
    if (decided && known?.compiled) return { compiled: known.compiled, key }
    if (!known && !isDeliveryDocument(params.query, params.operationName)) {
      documents.set(documentKey, {})
      return undefined
    }
    const check = checkGraphqlDocument(params.query, { limits, schema: graphql.schema, variables: params.variables })
    if (!check.ok) {
      decisions.set(key, false)
      return undefined
    }
    if (!passes(check.document, params)) {
      decisions.set(key, false)
      return undefined
    }
    const { compiled } = compile(documentKey, check.document, params.operationName)
    const ok = Boolean(compiled)
    decisions.set(key, ok)
    return ok && compiled ? { compiled, key } : undefined
  }
}
