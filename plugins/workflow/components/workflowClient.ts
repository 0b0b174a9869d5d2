'use client'
import { useConfig } from '@payloadcms/ui'
import type { StageDefinition, TransitionDefinition, WorkflowEventRecord, WorkflowState } from '../types.js'

/** What the plugin puts in `admin.custom.workflow` for its admin components. */
export type WorkflowAdminInfo = {
  collections: string[]
  /** Labels of audit-trail entries that are not transitions (edits, edit rules, schedules); see admin/index.ts. */
  eventLabels?: Record<string, string>
  stages: StageDefinition[]
  transitions: Record<string, TransitionDefinition>
}

/** A pending publish/unpublish of the document. */
export type ScheduleResponse = { at: string; comment: null | string; id: number | string; transition: string }

/** `GET /api/{collection}/{id}/workflow`. */
export type DocumentWorkflowResponse = {
  events: WorkflowEventRecord[]
  /** Transitions the user's role permits that the four-eyes rule refuses here (absent on older servers). */
  blocked?: { name: string; reason: string }[]
  schedules: ScheduleResponse[]
  state: WorkflowState & { status: null | string }
  transitions: string[]
}

/** A child that keeps a bundle's parent from being published (`data.blocked` of the 409). */
export type BlockedChild = { collection: string; id: number | string; stage: string; title: string }

/** One row of `GET /api/workflow/queue`. */
export type QueueItemResponse = {
  collection: string
  id: number | string
  reason: 'assigned' | 'stage'
  stage: string
  title: string
  transitions: string[]
  updatedAt: null | string
  /** The newest review comment, when the user may read the item's history (absent on older servers). */
  lastComment?: { comment: string; transition: string; createdAt: string } | null
}

/** Dispatched on `window` after a transition, so every workflow component on the page shows the new stage. */
export const workflowChangedEvent = 'payload-workflow:changed'
export type WorkflowChangedDetail = { collection: string; id: number | string; stage: string }

/** The workflow facts, labels and URLs the admin components need, from the client config. */
export const useWorkflowClient = () => {
  const { config } = useConfig()
  const info = (config.admin?.custom?.workflow ?? { collections: [], stages: [], transitions: {} }) as WorkflowAdminInfo
  const apiBase = `${config.serverURL ?? ''}${config.routes.api}`
  const adminBase = config.routes.admin
  return {
    info,
    apiBase,
    adminBase,
    stageLabel: (stage: null | string | undefined) => (stage ? (info.stages.find((s) => s.value === stage)?.label ?? stage) : '—'),
    transitionLabel: (name: string) => info.transitions[name]?.label ?? name,
    /** An audit-trail entry's name as a person reads it: a transition's label, else the plugin's event label. */
    eventLabel: (name: string) => info.transitions[name]?.label ?? info.eventLabels?.[name] ?? name,
    collectionLabel: (slug: string) => {
      const label = config.collections.find((c) => c.slug === slug)?.labels?.singular
      return typeof label === 'string' ? label : slug
    },
  }
}

/** The message of a Payload error answer (`{ errors: [{ message }] }`), or the status line. */
export const errorMessageOf = async (response: Response): Promise<string> => {
  try {
    const body = (await response.json()) as { errors?: { message?: string }[]; message?: string }
    const message = body.errors?.[0]?.message ?? body.message
    if (message) return message
  } catch {
    // not JSON
  }
  return `${response.status} ${response.statusText}`.trim()
}

/** A refused request's message and, for a bundle publish refused by unready children, those children. */
export const refusalOf = async (response: Response): Promise<{ blocked: BlockedChild[]; message: string }> => {
  try {
    const body = (await response.json()) as { errors?: { data?: { blocked?: BlockedChild[] }; message?: string }[] }
    const first = body.errors?.[0]
    return { message: first?.message || `${response.status} ${response.statusText}`.trim(), blocked: first?.data?.blocked ?? [] }
  } catch {
    return { message: `${response.status} ${response.statusText}`.trim(), blocked: [] }
  }
}
