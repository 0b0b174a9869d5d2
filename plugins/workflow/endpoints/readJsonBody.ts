import { addDataAndFileToRequest, type PayloadRequest } from 'payload'
import { badRequest } from '../services/errors.js'

/** The request's JSON object body; an empty body is `{}`. Custom endpoints get the raw stream, so parse it here. */
export const readJsonBody = async (req: PayloadRequest): Promise<Record<string, unknown>> => {
  await addDataAndFileToRequest(req)
  const data: unknown = req.data
  if (data === undefined || data === null) return {}
  if (typeof data !== 'object' || Array.isArray(data)) throw badRequest('The body must be a JSON object.')
  return data as Record<string, unknown>
}

/** Route params Payload matched for a collection endpoint (`collection` is added by Payload). */
export const routeParam = (req: PayloadRequest, name: string): string => {
  const value = req.routeParams?.[name]
  if (typeof value !== 'string' || !value) throw badRequest(`Missing "${name}" in the path.`)
  return value
}

export const optionalString = (body: Record<string, unknown>, name: string): string | undefined => {
  const value = body[name]
  if (value === undefined || value === null) return undefined
  if (typeof value !== 'string') throw badRequest(`"${name}" must be a string.`)
  return value
}

/** `undefined` keeps the assignee, `null` clears it, a string or number assigns that user. */
export const assigneeOf = (body: Record<string, unknown>): null | string | number | undefined => {
  const value = body.assignee
  if (value === undefined || value === null || typeof value === 'string' || typeof value === 'number') return value === '' ? null : value
  throw badRequest('"assignee" must be a user ID or null.')
}
