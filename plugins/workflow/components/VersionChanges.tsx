'use client'
import { useWorkflowClient } from './workflowClient.js'

/** The labels of the transitions or edits that wrote a version; "Saved" for a plain save the trail did not record. */
export const VersionChanges = ({ transitions }: { transitions: string[] }) => {
  const { eventLabel } = useWorkflowClient()
  return <span>{transitions.length ? transitions.map(eventLabel).join(', ') : 'Saved'}</span>
}
