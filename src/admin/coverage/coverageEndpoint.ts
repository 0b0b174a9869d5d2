import { APIError, type Endpoint } from 'payload'
import { coverageMatrix } from './coverageMatrix.js'

// UUIDs (SQL adapters), ObjectIds (MongoDB) or integers: anything else would reach the database as a malformed key
const documentId = /^(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[0-9a-f]{24}|\d{1,18})$/i

const idParameter = (searchParams: URLSearchParams, name: string, required: boolean): null | string => {
  const value = searchParams.get(name)
  if (value === null || value === '') {
    if (required) throw new APIError(`"${name}" is required: the ID of a framework edition.`, 400, undefined, true)
    return null
  }
  if (!documentId.test(value)) throw new APIError(`"${name}" must be a document ID.`, 400, undefined, true)
  return value
}

/**
 * `GET /api/reports/coverage-matrix?framework=<id>[&organisation=<id>]`: goals × reports with evidence counts for
 * the editors' dashboard, read with the signed-in user's access (see coverageMatrix).
 */
export const coverageMatrixEndpoint: Endpoint = {
  path: '/coverage-matrix',
  method: 'get',
  handler: async (req) => {
    if (!req.user) throw new APIError('Sign in to see goal coverage.', 401, undefined, true)
    const searchParams = req.searchParams
    const framework = idParameter(searchParams, 'framework', true) as string
    const organisation = idParameter(searchParams, 'organisation', false)
    return Response.json(await coverageMatrix(req, { framework, organisation }))
  },
}
