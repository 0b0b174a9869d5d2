/** What one GraphQL request may ask for; checked by `checkGraphqlDocument` before Payload parses or validates it. */
export type GraphqlGuardLimits = {
  /** Bytes of the whole HTTP body (query, variables, operationName). Larger bodies get 413. @default 1 MiB */
  maxBodyBytes: number
  /** UTF-8 bytes of the query document. @default 64 KiB */
  maxDocumentBytes: number
  /** Lexical tokens of the document (comments excluded). @default 5000 */
  maxTokens: number
  /** Open `{`, `(` and `[` at any point, and objects/arrays in variables: bounds recursion. @default 32 */
  maxNesting: number
  /** Nested fields in an operation, introspection (`__`) fields not counted, as `maxDepthRule`. @default 5 */
  maxDepth: number
  /** Fields at the root of one operation, aliases included. @default 10 */
  maxRootFields: number
  /** Aliased fields in the document, counted once per place a fragment is spread. @default 30 */
  maxAliases: number
  /** Fields in the document at every level, counted once per place a fragment is spread. @default 1000 */
  maxFields: number
  /** Fields sharing one response name in one selection set (fragments merged in). @default 10 */
  maxRepeatedField: number
  /** Estimated cost of all operations: every field 1, times the size of each list it is in. @default 100000 */
  maxCost: number
  /** Assumed length of a list without a `limit` argument (arrays, hasMany relationships, introspection). @default 10 */
  defaultListSize: number
  /**
   * Assumed length of a paginated list with no `limit`, `limit <= 0` or `pagination: false`, and the most a `limit`
   * counts: the server's page-size cap (`MAX_PAGE_SIZE`). @default 100
   */
  unboundedListSize: number
}

// The example site's whole `impactReport` query is estimated at 9,636, its report list at 1,200 and GraphiQL's
// introspection query at ~51,000; the cost limit leaves room for those, not for hundreds of list queries
// (bench/graphqlGuard.ts measures the CPU time of each).
export const defaultGraphqlGuardLimits: GraphqlGuardLimits = {
  maxBodyBytes: 1024 * 1024,
  maxDocumentBytes: 64 * 1024,
  maxTokens: 5000,
  maxNesting: 32,
  maxDepth: 5,
  maxRootFields: 10,
  maxAliases: 30,
  maxFields: 1000,
  maxRepeatedField: 10,
  maxCost: 100_000,
  defaultListSize: 10,
  unboundedListSize: 100,
}
