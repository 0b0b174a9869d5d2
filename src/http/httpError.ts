/**
 * An error our middlewares raise for the client's mistake; `errorHandler` answers it as
 * `{ errors: [{ message }] }` with its status.
 */
export class HttpError extends Error {
  readonly status: number
  /** Close the connection after answering instead of draining a body we refused to read. */
  readonly closeConnection: boolean

  constructor(status: number, message: string, options: { closeConnection?: boolean } = {}) {
    super(message)
    this.name = 'HttpError'
    this.status = status
    this.closeConnection = options.closeConnection ?? false
  }
}
