'use client'
import { useWorkflowClient } from './workflowClient.js'

/** The workflow stage as a coloured pill; `stage` is the value (e.g. `in_review`), shown with its label. */
export const StageBadge = ({ stage }: { stage: null | string | undefined }) => {
  const { stageLabel } = useWorkflowClient()
  return (
    <span className={`workflow-stage-badge workflow-stage-badge--${stage ?? 'none'}`} data-stage={stage ?? ''}>
      {stageLabel(stage)}
    </span>
  )
}
