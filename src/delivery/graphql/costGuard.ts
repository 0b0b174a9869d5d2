import { GraphQLError, Kind, Lexer, parse, Source, TokenKind, type DocumentNode, type GraphQLSchema } from 'graphql'
import type { GraphqlGuardLimits } from './guardLimits.js'
import { createSelectionMeasurer, FragmentCycleError } from './selectionMeasure.js'

/** `cost` is the estimated cost of an accepted document (see `GraphqlGuardLimits.maxCost`). */
export type GraphqlDocumentCheck = { ok: true; document: DocumentNode; cost: number } | { ok: false; message: string }

/** Counts can be astronomically large (2^levels); keep the message readable. */
const shown = (count: number) => String(Math.round(Math.min(count, Number.MAX_SAFE_INTEGER)))

const opening = new Set<string>([TokenKind.BRACE_L, TokenKind.PAREN_L, TokenKind.BRACKET_L])
const closing = new Set<string>([TokenKind.BRACE_R, TokenKind.PAREN_R, TokenKind.BRACKET_R])

/** Counts tokens and bracket nesting in one pass of the lexer, stopping at the first bound crossed. */
const lexicalRefusal = (query: string, limits: GraphqlGuardLimits): string | undefined => {
  const lexer = new Lexer(new Source(query))
  let tokens = 0
  let nesting = 0
  for (let token = lexer.advance(); token.kind !== TokenKind.EOF; token = lexer.advance()) {
    if (++tokens > limits.maxTokens) return `The document has more than ${limits.maxTokens} tokens.`
    if (opening.has(token.kind) && ++nesting > limits.maxNesting) return `The document nests brackets deeper than ${limits.maxNesting} levels.`
    if (closing.has(token.kind)) nesting--
  }
  return undefined
}

/** How deeply objects and arrays nest in a JSON value, counted without recursion and only up to `max + 1`. */
const jsonNesting = (value: unknown, max: number): number => {
  let deepest = 0
  const pending: [unknown, number][] = [[value, 1]]
  while (pending.length > 0 && deepest <= max) {
    const [item, depth] = pending.pop() as [unknown, number]
    if (typeof item !== 'object' || item === null) continue
    deepest = Math.max(deepest, depth)
    for (const child of Object.values(item)) pending.push([child, depth + 1])
  }
  return deepest
}

/**
 * Decides whether a GraphQL document may go on to Payload: bounded size, tokens and nesting of the document and
 * of its variables (before parsing), then per operation depth and root fields, and over the document fragment
 * cycles, fields after fragment expansion, repeats of one field in a selection set, aliases and an estimated
 * cost. Each fragment is measured once, so this takes linear time whatever the fragments expand to.
 */
export const checkGraphqlDocument = (
  query: string,
  options: { limits: GraphqlGuardLimits; schema?: GraphQLSchema; variables?: Record<string, unknown> | null },
): GraphqlDocumentCheck => {
  const { limits } = options
  const refuse = (message: string): GraphqlDocumentCheck => ({ ok: false, message })
  const bytes = Buffer.byteLength(query)
  if (bytes > limits.maxDocumentBytes) return refuse(`The GraphQL document is ${bytes} bytes; the maximum is ${limits.maxDocumentBytes}.`)
  // graphql coerces variables recursively: a deeply nested `where` overflowed the stack
  if (jsonNesting(options.variables, limits.maxNesting) > limits.maxNesting) return refuse(`The variables nest deeper than ${limits.maxNesting} levels.`)
  let document: DocumentNode
  try {
    const lexical = lexicalRefusal(query, limits)
    if (lexical) return refuse(lexical)
    document = parse(query, { noLocation: true, maxTokens: limits.maxTokens })
  } catch (error) {
    return refuse(error instanceof GraphQLError ? error.message : 'The GraphQL document cannot be parsed.')
  }

  const measurer = createSelectionMeasurer(document, {
    schema: options.schema,
    variables: options.variables,
    defaultListSize: limits.defaultListSize,
    unboundedListSize: limits.unboundedListSize,
  })
  let cost = 0
  let aliases = 0
  let fields = 0
  let mostRepeated = 0
  try {
    for (const definition of document.definitions) {
      // unused fragments too: validation walks every selection set, and a cycle among them must not reach it
      if (definition.kind === Kind.FRAGMENT_DEFINITION) mostRepeated = Math.max(mostRepeated, measurer.fragment(definition.name.value).mostRepeated)
      if (definition.kind !== Kind.OPERATION_DEFINITION) continue
      // Payload's complexity rule crashes (500) on an operation whose root type does not exist, e.g. a subscription
      if (options.schema && !options.schema.getRootType(definition.operation)) return refuse(`This API has no ${definition.operation} operations.`)
      const measure = measurer.operation(definition)
      if (measure.depth > limits.maxDepth) return refuse(`Query depth ${measure.depth} exceeds the maximum of ${limits.maxDepth}.`)
      if (measure.fields > limits.maxRootFields) return refuse(`The operation selects ${measure.fields} root fields; the maximum is ${limits.maxRootFields}.`)
      cost += measure.cost
      aliases += measure.aliases
      fields += measure.totalFields
      mostRepeated = Math.max(mostRepeated, measure.mostRepeated)
    }
  } catch (error) {
    if (error instanceof FragmentCycleError) return refuse(error.message)
    throw error
  }
  if (fields > limits.maxFields) return refuse(`The document selects ${shown(fields)} fields (fragments expanded); the maximum is ${limits.maxFields}.`)
  if (mostRepeated > limits.maxRepeatedField) {
    return refuse(`A selection set repeats one field ${mostRepeated} times (fragments merged in); the maximum is ${limits.maxRepeatedField}.`)
  }
  if (aliases > limits.maxAliases) return refuse(`The document uses ${aliases} aliases; the maximum is ${limits.maxAliases}.`)
  if (cost > limits.maxCost) {
    return refuse(
      `The query's estimated cost ${shown(cost)} exceeds the maximum of ${limits.maxCost} (every field counts 1, times the length of each list ` +
        `it is in: a list's \`limit\`, ${limits.unboundedListSize} without one, ${limits.defaultListSize} for other lists).`,
    )
  }
  return { ok: true, document, cost }
}
