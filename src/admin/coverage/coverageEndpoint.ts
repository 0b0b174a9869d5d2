import type { Endpoint } from 'payload'
import { coverageMatrix } from './coverageMatrix.js'

// UUIDs (SQL adapters), ObjectIds (MongoDB) or integers: anything else would reach the database as a malformed key
const documentId = /^(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[0-9a-f]{24}|\d{1,18})$/i

/** A refusal in Payload's error shape, answered directly: a caller's mistake is not logged as a server error. */
const refusal = (status: number, message: string) => Response.json({ errors: [{ message }] }, { status })

/** The ID in query parameter `name`, null when absent, or the message saying what is wrong with it. */
const idParameter = (searchParams: URLSearchParams, name: string): { id: null | string } | { problem: string } => {
  const value = searchParams.get(name)
  if (value === null || value === '') return { id: null }
  return documentId.test(value) ? { id: value } : { problem: `"${name}" must be a document ID.` }
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
    const framework = idParameter(req.searchParams, 'framework')
    const organisation = idParameter(req.searchParams, 'organisation')
    if ('problem' in framework) return refusal(400, framework.problem)
    if ('problem' in organisation) return refusal(400, organisation.problem)
    if (!framework.id) return refusal(400, '"framework" is required: the ID of a framework edition.')
    return Response.json(await coverageMatrix(req, { framework: framework.id, organisation: organisation.id }))
  },
}
