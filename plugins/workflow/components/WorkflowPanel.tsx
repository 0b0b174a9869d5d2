'use client'
import { Button, toast, useAuth, useDocumentInfo } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useCallback, useEffect, useState } from 'react'
import { StageBadge } from './StageBadge.js'
import {
  errorMessageOf,
  useWorkflowClient,
  workflowChangedEvent,
  type DocumentWorkflowResponse,
  type WorkflowChangedDetail,
} from './workflowClient.js'

export type WorkflowPanelProps = {
  /** Display names of the people in this document's history, resolved on the server (users may not read each other). */
  userNames?: Record<string, string>
}

const formatDate = (iso: string) => {
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString()
}

/**
 * The sidebar panel of a workflow document: its stage, the transitions the signed-in user may perform now
 * (with a comment), and its history. Transitions go through `POST /api/{collection}/{id}/workflow/{name}`.
 */
export const WorkflowPanel = ({ userNames = {} }: WorkflowPanelProps) => {
  const { id, collectionSlug, lastUpdateTime, hasPublishedDoc, setHasPublishedDoc, setUnpublishedVersionCount } = useDocumentInfo()
  const { user } = useAuth()
  const router = useRouter()
  const { apiBase, info, stageLabel, transitionLabel } = useWorkflowClient()
  const [workflow, setWorkflow] = useState<DocumentWorkflowResponse | null>(null)
  const [loadError, setLoadError] = useState<null | string>(null)
  const [comment, setComment] = useState('')
  const [pending, setPending] = useState<null | string>(null)

  const url = id ? `${apiBase}/${collectionSlug}/${encodeURIComponent(String(id))}/workflow` : null

  const load = useCallback(async () => {
    if (!url) return
    const response = await fetch(url, { credentials: 'include', cache: 'no-store' })
    if (!response.ok) {
      setLoadError(await errorMessageOf(response))
      return
    }
    setLoadError(null)
    setWorkflow((await response.json()) as DocumentWorkflowResponse)
  }, [url])

  // again after every save: editing approved or published content moves the stage
  useEffect(() => {
    load().catch((error: unknown) => setLoadError(error instanceof Error ? error.message : String(error)))
  }, [load, lastUpdateTime])

  const perform = async (transition: string) => {
    if (!url) return
    setPending(transition)
    try {
      const response = await fetch(`${url}/${transition}`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(comment.trim() ? { comment: comment.trim() } : {}),
      })
      if (!response.ok) {
        toast.error(`${transitionLabel(transition)} failed: ${await errorMessageOf(response)}`)
        return
      }
      const result = (await response.json()) as { state: { stage: string } }
      toast.success(`${transitionLabel(transition)}: now ${stageLabel(result.state.stage)}`)
      setComment('')
      // Payload's own "Status: Draft / Published / Changed" in the controls bar
      const writes = info.transitions[transition]?.status
      if (writes === 'publish') {
        setHasPublishedDoc(true)
        setUnpublishedVersionCount(0)
      } else if (writes === 'unpublish') {
        setHasPublishedDoc(false)
        setUnpublishedVersionCount(0)
      } else if (hasPublishedDoc) {
        // other transitions write a draft version next to the live one
        setUnpublishedVersionCount((count) => count + 1)
      }
      const detail: WorkflowChangedDetail = { collection: collectionSlug ?? '', id: id as number | string, stage: result.state.stage }
      window.dispatchEvent(new CustomEvent(workflowChangedEvent, { detail }))
      await load()
      // the form, version status and sidebar fields come from the server
      router.refresh()
    } catch (error) {
      toast.error(`${transitionLabel(transition)} failed: ${error instanceof Error ? error.message : String(error)}`)
    } finally {
      setPending(null)
    }
  }

  const who = (userId: null | number | string) => {
    if (userId === null || userId === undefined) return 'System'
    if (user && String(user.id) === String(userId)) return `${(user as { name?: string }).name || 'You'} (you)`
    return userNames[String(userId)] ?? `User ${String(userId)}`
  }

  if (!id) {
    return (
      <div className="workflow-panel">
        <h4 className="workflow-panel__title">Workflow</h4>
        <p className="workflow-panel__hint">Save a draft to start the workflow.</p>
      </div>
    )
  }

  return (
    <div className="workflow-panel" data-collection={collectionSlug} data-id={String(id)}>
      <div className="workflow-panel__header">
        <h4 className="workflow-panel__title">Workflow</h4>
        {workflow && <StageBadge stage={workflow.state.stage} />}
      </div>
      {loadError && <p className="workflow-panel__error">{loadError}</p>}
      {workflow && workflow.transitions.length > 0 && (
        <div className="workflow-panel__actions">
          <label className="workflow-panel__label" htmlFor="workflow-comment">
            Comment (optional)
          </label>
          <textarea
            id="workflow-comment"
            className="workflow-panel__comment"
            rows={3}
            value={comment}
            disabled={pending !== null}
            onChange={(event) => setComment(event.target.value)}
            placeholder="What the next person should know"
          />
          <div className="workflow-panel__buttons">
            {workflow.transitions.map((name, index) => (
              <Button
                key={name}
                id={`workflow-transition-${name}`}
                buttonStyle={index === 0 ? 'primary' : 'secondary'}
                size="small"
                disabled={pending !== null}
                onClick={() => void perform(name)}
              >
                {pending === name ? `${transitionLabel(name)}…` : transitionLabel(name)}
              </Button>
            ))}
          </div>
        </div>
      )}
      {workflow && workflow.transitions.length === 0 && (
        <p className="workflow-panel__hint">Nothing for you to do at this stage.</p>
      )}
      {workflow && (
        <div className="workflow-panel__history">
          <h5 className="workflow-panel__subtitle">History</h5>
          {workflow.events.length === 0 ? (
            <p className="workflow-panel__hint">No workflow events yet.</p>
          ) : (
            <ol className="workflow-history">
              {workflow.events.map((event) => (
                <li key={String(event.id)} className="workflow-history__event" data-transition={event.transition}>
                  <div className="workflow-history__what">
                    <strong>{transitionLabel(event.transition)}</strong>{' '}
                    <span className="workflow-history__stages">
                      {stageLabel(event.from)} → {stageLabel(event.to)}
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
      )}
    </div>
  )
}
