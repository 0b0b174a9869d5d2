import express, { type Router } from 'express'
import type { SanitizedConfig } from 'payload'
import { graphqlGuardLimits } from './graphqlGuard.js'
import { graphqlListArgs } from './graphqlListArgs.js'
import { graphqlPersistedQueries } from './graphqlPersistedQueries.js'
import { methodOverrideQuery } from './methodOverrideQuery.js'
import { prototypeKeyPaths } from './prototypeKeyPaths.js'
import { queryGuard } from './queryGuard.js'
import { requestBodyGuard } from './requestBodyGuard.js'
import type { RequestLimits } from './requestLimits.js'

/**
 * What every `/api` request passes before Payload: a collection name that is not a JavaScript built-in, a sound
 * query string (before any body is read), then a
 * bounded, well-formed body, then GraphQL's list arguments (they need the parsed body). Mounted at `/api`.
 */
export const apiInputGuards = (limits: RequestLimits, config: SanitizedConfig): Router => {
  const router = express.Router()
  // an overridden POST (the admin's relationship choices) becomes its GET first, so every check below applies to it
  router.use(methodOverrideQuery(limits), prototypeKeyPaths, queryGuard(limits, config), requestBodyGuard(limits))
  // a persisted query's hash becomes its document first, so the list-argument rule and the cost guard check it too
  router.post('/graphql', graphqlPersistedQueries(config, graphqlGuardLimits(limits)), graphqlListArgs(limits))
  return router
}
