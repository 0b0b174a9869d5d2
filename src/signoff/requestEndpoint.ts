import type { Endpoint } from 'payload'
import { requestSignOff } from './requestSignOff.js'

/** `POST /api/quotes/:id/signoff/request` → `201 { signOff: { id, expiresAt, sentTo } }`; see requestSignOff. */
export const requestSignOffEndpoint: Endpoint = {
  path: '/:id/signoff/request',
  method: 'post',
  handler: async (req) => {
    const id = req.routeParams?.id
    if (typeof id !== 'string' || !id) return Response.json({ errors: [{ message: 'Not Found' }] }, { status: 404 })
    const signOff = await requestSignOff(req, id)
    return Response.json({ signOff, message: `Sign-off requested from ${signOff.sentTo}.` }, { status: 201 })
  },
}
