import type { PayloadRequest } from 'payload'

/**
 * Whether a request may see latest (draft) versions: asked for, and signed in. Decided once per request (in
 * renderReport, or listReports for lists); access rules and the per-report preview check still decide what it sees.
 */
export const wantsDraft = (req: PayloadRequest, asked: boolean | null | undefined): boolean => Boolean(asked && req.user)
