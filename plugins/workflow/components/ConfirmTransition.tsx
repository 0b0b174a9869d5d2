'use client'
import { ConfirmationModal } from '@payloadcms/ui'
import { useWorkflowClient } from './workflowClient.js'

export const confirmTransitionModalSlug = 'workflow-confirm-transition'

/** Transitions that change what the public sees (publish, unpublish) ask before they act. */
export const needsConfirmation = (status: string | undefined) => status === 'publish' || status === 'unpublish'

/** The question asked before `transition` runs; `onConfirm` performs it (the dialog waits for it). */
export const ConfirmTransition = ({ transition, onConfirm }: { onConfirm: () => Promise<void>; transition: null | string }) => {
  const { info, transitionLabel } = useWorkflowClient()
  const status = transition ? info.transitions[transition]?.status : undefined
  const label = transition ? transitionLabel(transition) : ''
  return (
    <ConfirmationModal
      modalSlug={confirmTransitionModalSlug}
      className="workflow-confirm"
      heading={`${label}?`}
      body={
        status === 'unpublish'
          ? 'The live version comes down: readers and frontends will no longer see it. You can publish it again after a new review.'
          : 'This version goes live: readers and frontends will see it (a report takes its ready items with it). Unsaved edits are saved first.'
      }
      confirmLabel={label}
      confirmingLabel={`${label}…`}
      onConfirm={onConfirm}
    />
  )
}
