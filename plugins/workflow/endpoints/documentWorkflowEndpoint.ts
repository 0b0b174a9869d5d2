import type { Endpoint } from 'payload'
import { documentWorkflow } from '../services/documentWorkflow.js'
import type { SanitizedWorkflowOptions } from '../types.js'
import { routeParam } from './readJsonBody.js'

/** `GET /api/{collection}/{id}/workflow`: stage, the user's possible transitions, history, pending schedules. */
export const documentWorkflowEndpoint = (options: SanitizedWorkflowOptions): Endpoint => ({
  path: '/:id/workflow',
  method: 'get',
  handler: async (req) =>
    Response.json(await documentWorkflow(req, options, { collection: routeParam(req, 'collection'), id: routeParam(req, 'id') })),
})
