import { APIError } from 'payload'

/** 412: the write's If-Match names another version than the stored one (`name` "PreconditionFailed" in errors). */
export class PreconditionFailed extends APIError<{ currentETag: string; updatedAt: string }> {
  constructor(current: { currentETag: string; updatedAt: string }) {
    super(
      'This document has changed since you loaded it (If-Match does not name the current version). Reload it, reapply your change and save again.',
      412,
      current,
      true,
    )
  }
}
