import type { RequestHandler } from 'express'
import { HttpError } from './httpError.js'

/** `constructor`, `__proto__`, `toString`, …: names every plain object answers to. */
const prototypeKeys = new Set([...Object.getOwnPropertyNames(Object.prototype), '__proto__'])

/**
 * 404 for `/api/{name}/…` and `/api/globals/{name}/…` when the name is one of Object.prototype's: Payload looks
 * collections and globals up with `collections[name]`, finds Object's member instead of nothing and crashes (500).
 * Mounted at `/api`.
 */
export const prototypeKeyPaths: RequestHandler = (req, _res, next) => {
  const [, first, second] = req.path.split('/').map((segment) => {
    try {
      return decodeURIComponent(segment)
    } catch {
      return segment
    }
  })
  const named = first === 'globals' ? second : first
  if (named !== undefined && prototypeKeys.has(named)) throw new HttpError(404, `There is no collection or global named "${named}".`)
  next()
}
