'use client'
import { useDocumentInfo, useFormFields } from '@payloadcms/ui'
import { useEffect, useState } from 'react'
import { liveNote, showsLiveNote } from './liveVersion.js'
import { StageBadge } from './StageBadge.js'
import { useWorkflowClient, workflowChangedEvent, type WorkflowChangedDetail } from './workflowClient.js'

/**
 * Replaces Payload's "Status: Draft/Published" in the edit view's header with the workflow's stage, so editors see
 * one lifecycle; a live version behind a draft in progress is named beside it.
 */
export const LifecycleStatus = () => {
  const { id, collectionSlug, hasPublishedDoc } = useDocumentInfo()
  const { info } = useWorkflowClient()
  const formStage = useFormFields(([fields]) => fields['workflow.stage']?.value)
  const [stage, setStage] = useState<null | string>(typeof formStage === 'string' ? formStage : null)

  useEffect(() => setStage(typeof formStage === 'string' ? formStage : null), [formStage])
  // transitions do not reload the form: the panel announces the new stage
  useEffect(() => {
    const onChange = (event: Event) => {
      const detail = (event as CustomEvent<WorkflowChangedDetail>).detail
      if (detail.collection === collectionSlug && String(detail.id) === String(id)) setStage(detail.stage)
    }
    window.addEventListener(workflowChangedEvent, onChange)
    return () => window.removeEventListener(workflowChangedEvent, onChange)
  }, [collectionSlug, id])

  if (!id) return null
  const live = showsLiveNote(info.transitions, stage, { published: false, changedSincePublished: hasPublishedDoc })
  return (
    <div className="workflow-lifecycle-status" data-stage={stage ?? ''}>
      <span className="workflow-lifecycle-status__label">Stage: </span>
      <StageBadge stage={stage} />
      {live ? <span className="workflow-lifecycle-status__live"> · {liveNote}</span> : null}
    </div>
  )
}
