import type { PayloadRequest, Where } from 'payload'
import type { DocumentID, WorkflowDocument } from '../types.js'

type Common = { collection: string; depth?: number; overrideAccess: boolean; req: PayloadRequest }

/**
 * The Local API for collections the plugin only knows by slug at runtime. Payload's generated types are keyed by
 * the host's slugs, which a reusable plugin cannot name, so this is the one place that widens them.
 */
type UntypedLocalAPI = {
  create: (args: Common & { data: Record<string, unknown>; draft?: boolean }) => Promise<WorkflowDocument>
  find: (
    args: Common & { disableErrors?: boolean; draft?: boolean; limit?: number; pagination?: boolean; sort?: string; where?: Where },
  ) => Promise<{ docs: WorkflowDocument[]; totalDocs: number }>
  findByID: (args: Common & { disableErrors: true; draft?: boolean; id: DocumentID }) => Promise<null | WorkflowDocument>
  update: (args: Common & { data: Record<string, unknown>; draft?: boolean; id: DocumentID }) => Promise<WorkflowDocument>
}

export const localAPI = (req: PayloadRequest): UntypedLocalAPI => req.payload as unknown as UntypedLocalAPI

/** Payload's jobs API for the plugin's own tasks, whose input types only the host's generated types name. */
type UntypedJobsAPI = {
  cancelByID: (args: { id: DocumentID; req: PayloadRequest }) => Promise<void>
  queue: (args: {
    input: Record<string, unknown>
    queue: string
    req: PayloadRequest
    task: string
    waitUntil?: Date
  }) => Promise<{ id: DocumentID }>
}

export const jobsAPI = (req: PayloadRequest): UntypedJobsAPI => req.payload.jobs as unknown as UntypedJobsAPI
