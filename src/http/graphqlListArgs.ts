import type { RequestHandler } from 'express'
import { Kind, parse, visit, type ArgumentNode, type DocumentNode, type ValueNode } from 'graphql'
import { HttpError } from './httpError.js'
import type { RequestLimits } from './requestLimits.js'

/** Generous: the cost guard in front of GraphQL bounds documents properly; this only keeps our own parse cheap. */
const maxTokens = 50_000

type GraphqlBody = { query?: unknown; variables?: unknown }

const parseOrUndefined = (query: string): DocumentNode | undefined => {
  try {
    return parse(query, { maxTokens, noLocation: true })
  } catch {
    return undefined // GraphQL itself answers syntax errors
  }
}

/** The value an argument will have: a literal, a variable's value, or its declared default. */
const valueOf = (node: ValueNode, variables: Record<string, unknown>, defaults: Map<string, ValueNode>): unknown => {
  if (node.kind === Kind.INT || node.kind === Kind.FLOAT) return Number(node.value)
  if (node.kind === Kind.BOOLEAN) return node.value
  if (node.kind === Kind.STRING || node.kind === Kind.ENUM) return node.value
  if (node.kind === Kind.VARIABLE) {
    const name = node.name.value
    if (name in variables) return variables[name]
    const fallback = defaults.get(name)
    return fallback ? valueOf(fallback, variables, defaults) : undefined
  }
  return undefined
}

const problemOf = (argument: string, value: unknown, limits: RequestLimits): string | undefined => {
  if (value === undefined || value === null) return undefined
  const wholeIn = (min: number, max: number) => typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max
  if (argument === 'limit' && !wholeIn(1, limits.maxPageSize)) {
    return `limit must be a whole number from 1 to ${limits.maxPageSize}; page through longer lists with page.`
  }
  if (argument === 'page' && !wholeIn(1, limits.maxPage)) return `page must be a whole number from 1 to ${limits.maxPage}.`
  if (argument === 'pagination' && value === false) {
    return `pagination: false is not available over the API: page through results with limit (at most ${limits.maxPageSize}) and page.`
  }
  return undefined
}

/**
 * The same page-size rule as REST for GraphQL list arguments (`limit`, `page`, `pagination` on any field,
 * Payload's lists, join fields and our own queries), literal or passed in variables, refused before anything runs.
 * Reads the body `requestBodyGuard` parsed.
 */
export const graphqlListArgs =
  (limits: RequestLimits): RequestHandler =>
  (req, _res, next) => {
    const body = (req.body ?? {}) as GraphqlBody
    if (typeof body.query !== 'string') return next()
    const document = parseOrUndefined(body.query)
    if (!document) return next()
    const variables = body.variables !== null && typeof body.variables === 'object' ? (body.variables as Record<string, unknown>) : {}
    const defaults = new Map<string, ValueNode>()
    visit(document, {
      VariableDefinition: (node) => {
        if (node.defaultValue) defaults.set(node.variable.name.value, node.defaultValue)
      },
    })
    let problem: string | undefined
    visit(document, {
      Argument: (node: ArgumentNode) => {
        problem ??= problemOf(node.name.value, valueOf(node.value, variables, defaults), limits)
      },
    })
    if (problem) throw new HttpError(400, problem)
    next()
  }
