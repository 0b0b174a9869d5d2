import type { DocumentID, SanitizedWorkflowOptions, WorkflowDocument, WorkflowState } from '../types.js'

/** The name of the field group the plugin adds to each workflow collection. */
export const workflowFieldName = 'workflow'

/** An ID from a relationship value that may be an ID or a populated document. */
export const refId = (value: unknown): DocumentID | null => {
  if (typeof value === 'string' || typeof value === 'number') return value
  if (value && typeof value === 'object' && 'id' in value) {
    const id = (value as { id: unknown }).id
    if (typeof id === 'string' || typeof id === 'number') return id
  }
  return null
}

export const sameId = (a: unknown, b: unknown): boolean => {
  const left = refId(a)
  const right = refId(b)
  return left !== null && right !== null && String(left) === String(right)
}

/** The workflow state of a document; documents written before the plugin was added start at the initial stage. */
export const readWorkflowState = (doc: WorkflowDocument | Record<string, unknown> | undefined, options: SanitizedWorkflowOptions): WorkflowState => {
  const group = (doc?.[workflowFieldName] ?? {}) as Record<string, unknown>
  return {
    stage: typeof group.stage === 'string' && group.stage ? group.stage : options.initialStage,
    assignee: refId(group.assignee),
    submittedBy: refId(group.submittedBy),
    approvedBy: refId(group.approvedBy),
    approvedVersion: typeof group.approvedVersion === 'string' && group.approvedVersion ? group.approvedVersion : null,
  }
}

export const stageLabel = (options: SanitizedWorkflowOptions, stage: string): string =>
  options.stages.find((s) => s.value === stage)?.label ?? stage
