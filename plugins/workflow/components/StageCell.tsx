'use client'
import type { DefaultCellComponentProps } from 'payload'
import { liveNote, showsLiveNote } from './liveVersion.js'
import { StageBadge } from './StageBadge.js'
import { useWorkflowClient } from './workflowClient.js'

/**
 * List-view cell of `workflow.stage`: the one lifecycle editors see (Payload's own Status column is not shown),
 * with a note when a published version stays live behind the stage.
 */
export const StageCell = ({ cellData, rowData }: DefaultCellComponentProps) => {
  const { info } = useWorkflowClient()
  const stage = typeof cellData === 'string' ? cellData : null
  const live = showsLiveNote(info.transitions, stage, {
    published: rowData?._status === 'published',
    changedSincePublished: rowData?._displayStatus === 'changed',
  })
  return (
    <span className="workflow-stage-cell">
      <StageBadge stage={stage} />
      {live ? <span className="workflow-stage-cell__live"> {liveNote}</span> : null}
    </span>
  )
}
