import { APIError } from 'payload'

/**
 * A refusal meant for the caller, with its HTTP status. Payload renders it as `{ errors: [{ message, data? }] }`
 * over REST and with `extensions.statusCode` over GraphQL; the plugin logs it at `info` level (see
 * `workflowLoggingLevels`): a refused transition is not a server fault.
 */
export class WorkflowError extends APIError {
  constructor(message: string, status: number, data: Record<string, unknown> | null = null) {
    super(message, status, data, true)
  }
}

export const workflowLoggingLevels: Record<string, 'info'> = { WorkflowError: 'info' }

export const badRequest = (message: string) => new WorkflowError(message, 400)
export const unauthorized = (message = 'Sign in to change the workflow.') => new WorkflowError(message, 401)
export const forbidden = (message: string) => new WorkflowError(message, 403)
export const notFound = (message: string) => new WorkflowError(message, 404)
export const conflict = (message: string, data: Record<string, unknown> | null = null) => new WorkflowError(message, 409, data)
