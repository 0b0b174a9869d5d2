import type { Endpoint } from 'payload'
import { badRequest } from '../services/errors.js'
import { scheduleTransition } from '../services/scheduleTransition.js'
import type { SanitizedWorkflowOptions } from '../types.js'
import { optionalString, readJsonBody, routeParam } from './readJsonBody.js'

/** `POST /api/{collection}/{id}/workflow/schedule` with `{ transition: 'publish' | 'unpublish', at, comment? }`. */
export const scheduleEndpoint = (options: SanitizedWorkflowOptions): Endpoint => ({
  path: '/:id/workflow/schedule',
  method: 'post',
  handler: async (req) => {
    const body = await readJsonBody(req)
    const transition = optionalString(body, 'transition')
    if (!transition) throw badRequest('"transition" is required, e.g. "publish".')
    const schedule = await scheduleTransition(req, options, {
      collection: routeParam(req, 'collection'),
      id: routeParam(req, 'id'),
      transition,
      at: body.at,
      comment: optionalString(body, 'comment'),
    })
    return Response.json({ schedule }, { status: 201 })
  },
})
