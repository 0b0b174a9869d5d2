import type { Endpoint, PayloadRequest } from 'payload'
import { slugs } from '../../../collections/slugs.js'
import { hasIdFormat } from '../../db/documentIds.js'
import { coverageMatrix } from './coverageMatrix.js'

/** A refusal in Payload's error shape, answered directly: a caller's mistake is not logged as a server error. */
const refusal = (status: number, message: string) => Response.json({ errors: [{ message }] }, { status })

/**
 * The ID in query parameter `name` (of a `collection` document), null when absent, or the message saying what is
 * wrong with it: a malformed one would reach the database as a malformed key.
 */
const idParameter = (req: PayloadRequest, name: string, collection: string): { id: null | string } | { problem: string } => {
  const value = req.searchParams.get(name)
  if (value === null || value === '') return { id: null }
  return hasIdFormat(req.payload, collection, value) ? { id: value } : { problem: `"${name}" must be a document ID.` }
}

/**
 * `GET /api/reports/coverage-matrix?framework=<id>[&organisation=<id>]`: goals × reports with evidence counts for
 * the editors' dashboard, read with the signed-in user's access (see coverageMatrix).
 */
export const coverageMatrixEndpoint: Endpoint = {
  path: '/coverage-matrix',
  method: 'get',
  handler: async (req) => {
    if (!req.user) return refusal(401, 'Sign in to see goal coverage.')
    const framework = idParameter(req, 'framework', slugs.frameworks)
    const organisation = idParameter(req, 'organisation', slugs.organisations)
    if ('problem' in framework) return refusal(400, framework.problem)
    if ('problem' in organisation) return refusal(400, organisation.problem)
    if (!framework.id) return refusal(400, '"framework" is required: the ID of a framework edition.')
    return Response.json(await coverageMatrix(req, { framework: framework.id, organisation: organisation.id }))
  },
}
