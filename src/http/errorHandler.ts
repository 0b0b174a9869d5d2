import type { ErrorRequestHandler } from 'express'
import { HttpError } from './httpError.js'

/** Last resort: an error that escaped a route becomes JSON without a stack trace. */
export const errorHandler: ErrorRequestHandler = (error, _req, res, _next) => {
  const status = typeof error?.status === 'number' && error.status >= 400 && error.status < 600 ? error.status : 500
  if (status >= 500) console.error(error)
  if (res.headersSent) return res.end()
  // the rest of a refused body is not worth reading: Node would otherwise drain it to keep the connection
  if (error instanceof HttpError && error.closeConnection) res.setHeader('Connection', 'close')
  res.status(status).json({ errors: [{ message: status >= 500 ? 'Something went wrong.' : String(error.message) }] })
}
