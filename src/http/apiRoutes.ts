import { GRAPHQL_POST } from '@payloadcms/next/routes'
import express, { type Router } from 'express'
import { handleEndpoints, type SanitizedConfig } from 'payload'
import { graphqlFastPath } from './graphqlFastPath.js'
import { graphqlGuardLimits, graphqlOverGetRefused, guardGraphql } from './graphqlGuard.js'
import { requestLimitsFromEnv } from './requestLimits.js'
import { sendWebResponse, toWebRequest } from './toWebRequest.js'

/**
 * Payload's REST API under /api and GraphQL at /api/graphql, without Next. No body parser runs
 * before these: Payload reads the request stream itself.
 */
export const apiRoutes = (config: SanitizedConfig): Router => {
  const router = express.Router()
  // the guard bounds what a document may cost before Payload parses and validates it
  const graphqlLimits = graphqlGuardLimits(requestLimitsFromEnv())
  const graphql = guardGraphql(config, GRAPHQL_POST(config), graphqlLimits)
  const forward =
    (handler: (request: Request) => Promise<Response>) =>
    async (req: express.Request, res: express.Response, next: express.NextFunction) => {
      try {
        await sendWebResponse(await handler(toWebRequest(req)), res)
      } catch (error) {
        next(error)
      }
    }
  // delivery-only queries are answered from the report cache; the rest (and any error) goes on to Payload
  router.post('/api/graphql', graphqlFastPath(config, graphqlLimits), forward(graphql))
  router.get('/api/graphql', forward(graphqlOverGetRefused))
  router.all('/api/{*path}', forward((request) => handleEndpoints({ config, request })))
  return router
}
