import type { Endpoint } from 'payload'
import { cancelSchedules } from '../services/cancelSchedules.js'
import type { SanitizedWorkflowOptions } from '../types.js'
import { routeParam } from './readJsonBody.js'

/** `DELETE /api/{collection}/{id}/workflow/schedule[?transition=publish]`: cancels pending schedules. */
export const cancelScheduleEndpoint = (options: SanitizedWorkflowOptions): Endpoint => ({
  path: '/:id/workflow/schedule',
  method: 'delete',
  handler: async (req) => {
    const transition = req.searchParams.get('transition') ?? undefined
    const cancelled = await cancelSchedules(req, options, {
      collection: routeParam(req, 'collection'),
      id: routeParam(req, 'id'),
      transition,
    })
    return Response.json({ cancelled })
  },
})
