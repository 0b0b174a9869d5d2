import type { Endpoint } from 'payload'
import { performTransition } from '../services/performTransition.js'
import type { SanitizedWorkflowOptions } from '../types.js'
import { assigneeOf, optionalString, readJsonBody, routeParam } from './readJsonBody.js'

/** `POST /api/{collection}/{id}/workflow/{transition}` with `{ comment?, assignee?, excludeUnapproved? }`. */
export const transitionEndpoint = (options: SanitizedWorkflowOptions): Endpoint => ({
  path: '/:id/workflow/:transition',
  method: 'post',
  handler: async (req) => {
    const body = await readJsonBody(req)
    const result = await performTransition(req, options, {
      collection: routeParam(req, 'collection'),
      id: routeParam(req, 'id'),
      transition: routeParam(req, 'transition'),
      comment: optionalString(body, 'comment'),
      assignee: assigneeOf(body),
      excludeUnapproved: body.excludeUnapproved === true,
    })
    return Response.json(result)
  },
})
