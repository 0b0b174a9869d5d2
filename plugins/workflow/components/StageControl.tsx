'use client'
import { useDocumentInfo, useFormFields } from '@payloadcms/ui'
import { useEffect, useState } from 'react'
import { StageBadge } from './StageBadge.js'
import { workflowChangedEvent, type WorkflowChangedDetail } from './workflowClient.js'

/**
 * Takes the place of Payload's Publish button on workflow collections (publishing is a workflow transition,
 * the plain publish gets 403): the document's stage, kept current after transitions made in the sidebar.
 */
export const StageControl = () => {
  const { id, collectionSlug } = useDocumentInfo()
  const formStage = useFormFields(([fields]) => fields['workflow.stage']?.value)
  const [liveStage, setLiveStage] = useState<null | string>(null)

  useEffect(() => setLiveStage(null), [formStage])
  useEffect(() => {
    const onChanged = (event: Event) => {
      const detail = (event as CustomEvent<WorkflowChangedDetail>).detail
      if (detail.collection === collectionSlug && String(detail.id) === String(id)) setLiveStage(detail.stage)
    }
    window.addEventListener(workflowChangedEvent, onChanged)
    return () => window.removeEventListener(workflowChangedEvent, onChanged)
  }, [collectionSlug, id])

  if (!id) return null
  return (
    <div className="workflow-stage-control" title="Workflow stage: use the Workflow panel to move it on">
      <StageBadge stage={liveStage ?? (typeof formStage === 'string' ? formStage : null)} />
    </div>
  )
}
