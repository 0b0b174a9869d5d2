import type { RequestHandler } from 'express'
import { Kind, parse, print, visit, type ArgumentNode, type DocumentNode, type ValueNode } from 'graphql'
import { defaultGraphqlGuardLimits } from '../delivery/graphql/guardLimits.js'
import { keepBufferedBody } from './bufferedBody.js'
import { HttpError } from './httpError.js'
import { pagingProblem, type RequestLimits } from './requestLimits.js'

/**
 * The cost guard's token bound: this check runs first, so a larger document must fail here cheaply (GraphQL then
 * gets it unparsed and the guard refuses it with its own message).
 */
const maxTokens = defaultGraphqlGuardLimits.maxTokens
const pagingArguments = new Set(['limit', 'page', 'pagination'])

type GraphqlBody = { query?: unknown; variables?: unknown; [key: string]: unknown }

const parseOrUndefined = (query: string): DocumentNode | undefined => {
  try {
    return parse(query, { maxTokens, noLocation: true })
  } catch {
    return undefined // GraphQL itself answers syntax errors
  }
}

/** The value an argument will have: a literal, a variable's value, or the variable's declared default. */
const valueOf = (node: ValueNode, variables: Record<string, unknown>, defaults: Map<string, ValueNode>): unknown => {
  if (node.kind === Kind.INT || node.kind === Kind.FLOAT) return Number(node.value)
  if (node.kind === Kind.BOOLEAN || node.kind === Kind.STRING || node.kind === Kind.ENUM) return node.value
  if (node.kind === Kind.VARIABLE) {
    const name = node.name.value
    if (name in variables) return variables[name]
    const fallback = defaults.get(name)
    return fallback ? valueOf(fallback, variables, defaults) : undefined
  }
  return undefined
}

/**
 * The page-size rule of REST for GraphQL list arguments (`limit`, `page`, `pagination` on any field: Payload's
 * lists, join fields, our own queries), literal or in variables: a `limit` above the maximum is lowered to it,
 * `limit` below 1, a bad `page` and `pagination: false` are refused before anything runs. Reads the body
 * `requestBodyGuard` parsed and, when it lowers a limit, hands the rewritten body on.
 */
export const graphqlListArgs =
  (limits: RequestLimits): RequestHandler =>
  (req, _res, next) => {
    const body = (req.body ?? {}) as GraphqlBody
    if (typeof body.query !== 'string') return next()
    const document = parseOrUndefined(body.query)
    if (!document) return next()
    const variables = body.variables !== null && typeof body.variables === 'object' ? { ...(body.variables as Record<string, unknown>) } : {}
    const defaults = new Map<string, ValueNode>()
    visit(document, {
      VariableDefinition: (node) => {
        if (node.defaultValue) defaults.set(node.variable.name.value, node.defaultValue)
      },
    })
    let rewritten = false
    const clamped = visit(document, {
      Argument: (node: ArgumentNode) => {
        if (!pagingArguments.has(node.name.value)) return undefined
        const value = valueOf(node.value, variables, defaults)
        const problem = pagingProblem(node.name.value, value, limits)
        if (problem) throw new HttpError(400, problem)
        if (node.name.value !== 'limit' || typeof value !== 'number' || value <= limits.maxPageSize) return undefined
        rewritten = true
        if (node.value.kind === Kind.VARIABLE) {
          variables[node.value.name.value] = limits.maxPageSize
          return undefined
        }
        return { ...node, value: { kind: Kind.INT, value: String(limits.maxPageSize) } }
      },
    })
    if (rewritten) {
      const lowered = { ...body, query: print(clamped), variables }
      req.body = lowered
      keepBufferedBody(req, Buffer.from(JSON.stringify(lowered)))
    }
    next()
  }
