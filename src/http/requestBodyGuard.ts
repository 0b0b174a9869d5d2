import type { RequestHandler } from 'express'
import { nulMessage, pathOfNulCharacter } from '../input/nulCharacters.js'
import { keepBufferedBody } from './bufferedBody.js'
import { HttpError } from './httpError.js'
import { multipartProblem } from './multipartHeaders.js'
import { readBodyWithin } from './readBody.js'
import type { RequestLimits } from './requestLimits.js'

// DELETE too: endpoints may read a body on it (Payload's own delete handlers do not)
const withBody = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

const describe = (value: unknown) => (value === null ? 'null' : Array.isArray(value) ? 'an array' : `a ${typeof value}`)

const parseJsonObject = (body: Buffer): Record<string, unknown> | undefined => {
  if (body.length === 0) return undefined
  let data: unknown
  try {
    data = JSON.parse(body.toString('utf8'))
  } catch (error) {
    throw new HttpError(400, `Invalid JSON: ${error instanceof Error ? error.message : 'it could not be parsed'}.`)
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new HttpError(400, `The request body must be a JSON object, not ${describe(data)}.`)
  }
  const nulAt = pathOfNulCharacter(data)
  if (nulAt !== undefined) throw new HttpError(400, nulMessage(nulAt))
  return data as Record<string, unknown>
}

/**
 * Every body sent to `/api` is JSON (at most `maxJsonBody` bytes, an object, no NUL characters) or multipart
 * (at most `maxUploadBytes`, well-formed part headers); anything else with content is a 415. The body is read
 * here, counting, and handed on through `keepBufferedBody` (Payload gets it from toWebRequest) and, parsed,
 * as `req.body` for Express handlers after this one.
 */
export const requestBodyGuard =
  (limits: RequestLimits): RequestHandler =>
  async (req, _res, next) => {
    const hasContent = req.headers['transfer-encoding'] !== undefined || Number(req.headers['content-length'] ?? 0) > 0
    if (!withBody.has(req.method)) {
      // nothing reads a body on GET or HEAD: still bounded, so a large one is cut off rather than drained
      if (hasContent) keepBufferedBody(req, await readBodyWithin(req, limits.maxJsonBody))
      return next()
    }
    const contentType = req.headers['content-type'] ?? ''
    const mediaType = contentType.split(';', 1)[0].trim().toLowerCase()
    if (mediaType === 'application/json') {
      const body = await readBodyWithin(req, limits.maxJsonBody)
      req.body = parseJsonObject(body)
      keepBufferedBody(req, body)
      return next()
    }
    if (mediaType === 'multipart/form-data') {
      const body = await readBodyWithin(req, limits.maxUploadBytes)
      const problem = multipartProblem(body, contentType)
      if (problem) throw new HttpError(400, problem)
      keepBufferedBody(req, body)
      return next()
    }
    if (!hasContent) return next()
    // read (bounded) and drop it, so the connection stays usable: closing it unread makes the kernel reset it
    await readBodyWithin(req, limits.maxJsonBody)
    throw new HttpError(415, `Unsupported Content-Type "${mediaType || 'none'}": send application/json, or multipart/form-data for uploads.`)
  }
