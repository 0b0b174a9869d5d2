'use client'
import { useAuth } from '@payloadcms/ui'
import type { WorkflowEventRecord } from '../types.js'
import { useWorkflowClient } from './workflowClient.js'

const formatDate = (iso: string) => {
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString()
}

/** The document's audit trail, newest first, in the plugin's labels ("Edited · Published → Draft", not `edit`). */
export const WorkflowHistory = ({ events, userNames }: { events: WorkflowEventRecord[]; userNames: Record<string, string> }) => {
  const { user } = useAuth()
  const { eventLabel, stageLabel } = useWorkflowClient()
  const who = (userId: null | number | string) => {
    if (userId === null || userId === undefined) return 'System'
    if (user && String(user.id) === String(userId)) return `${(user as { name?: string }).name || 'You'} (you)`
    return userNames[String(userId)] ?? `User ${String(userId)}`
  }
  return (
    <div className="workflow-panel__history">
      <h5 className="workflow-panel__subtitle">History</h5>
      {events.length === 0 ? (
        <p className="workflow-panel__hint">No workflow events yet.</p>
      ) : (
        <ol className="workflow-history">
          {events.map((event) => (
            <li key={String(event.id)} className="workflow-history__event" data-transition={event.transition}>
              <div className="workflow-history__what">
                <strong>{eventLabel(event.transition)}</strong>{' '}
                <span className="workflow-history__stages">
                  {event.from === event.to ? `(${stageLabel(event.to)})` : `${stageLabel(event.from)} → ${stageLabel(event.to)}`}
                </span>
              </div>
              <div className="workflow-history__meta">
                <span className="workflow-history__who">{who(event.user)}</span> ·{' '}
                <time dateTime={event.createdAt}>{formatDate(event.createdAt)}</time>
              </div>
              {event.comment && <blockquote className="workflow-history__comment">{event.comment}</blockquote>}
            </li>
          ))}
        </ol>
      )}
    </div>
  )
}
