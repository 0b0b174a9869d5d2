'use client'
import { Button } from '@payloadcms/ui'
import { useWorkflowClient } from './workflowClient.js'

export type TransitionButtonsProps = {
  /** Transitions the user may perform now; the first is the primary action. */
  allowed: string[]
  /** Transitions their role permits that are refused here, shown disabled with the reason. */
  blocked: { name: string; reason: string }[]
  onChoose: (transition: string) => void
  /** The transition under way, if any: every button waits for it. */
  pending: null | string
}

/** The panel's transition buttons; a refused one stays visible, disabled, with why, instead of vanishing. */
export const TransitionButtons = ({ allowed, blocked, onChoose, pending }: TransitionButtonsProps) => {
  const { transitionLabel } = useWorkflowClient()
  return (
    <div className="workflow-panel__buttons">
      {allowed.map((name, index) => (
        <Button
          key={name}
          id={`workflow-transition-${name}`}
          buttonStyle={index === 0 ? 'primary' : 'secondary'}
          size="small"
          disabled={pending !== null}
          onClick={() => onChoose(name)}
        >
          {pending === name ? `${transitionLabel(name)}…` : transitionLabel(name)}
        </Button>
      ))}
      {blocked.map(({ name, reason }) => (
        <div key={name} className="workflow-panel__blocked" data-transition={name}>
          <Button
            id={`workflow-transition-${name}`}
            buttonStyle="secondary"
            size="small"
            disabled
            extraButtonProps={{ 'aria-describedby': `workflow-blocked-${name}` }}
          >
            {transitionLabel(name)}
          </Button>
          <p id={`workflow-blocked-${name}`} className="workflow-panel__blocked-reason">
            {reason}
          </p>
        </div>
      ))}
    </div>
  )
}
