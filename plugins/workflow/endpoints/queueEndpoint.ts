import type { Endpoint } from 'payload'
import { badRequest } from '../services/errors.js'
import { reviewQueue } from '../services/reviewQueue.js'
import type { SanitizedWorkflowOptions } from '../types.js'

/** `GET /api/workflow/queue[?limit=50]`: what waits on the signed-in user, across the workflow collections. */
export const queueEndpoint = (options: SanitizedWorkflowOptions): Endpoint => ({
  path: '/workflow/queue',
  method: 'get',
  handler: async (req) => {
    const raw = req.searchParams.get('limit')
    const limit = raw === null ? undefined : Number(raw)
    if (limit !== undefined && (!Number.isInteger(limit) || limit < 1 || limit > 500)) throw badRequest('"limit" must be 1–500.')
    return Response.json(await reviewQueue(req, options, { limit }))
  },
})
