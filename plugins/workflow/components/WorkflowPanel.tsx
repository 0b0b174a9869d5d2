'use client'
import { toast, useDocumentInfo, useForm, useModal } from '@payloadcms/ui'
import { useCallback, useEffect, useRef, useState } from 'react'
import { AssigneePicker, assigneeBody, type AssigneeChoice } from './AssigneePicker.js'
import { BlockedChildren } from './BlockedChildren.js'
import { ConfirmTransition, confirmTransitionModalSlug, needsConfirmation } from './ConfirmTransition.js'
import { StageBadge } from './StageBadge.js'
import { TransitionButtons } from './TransitionButtons.js'
import { useRefreshKeepingEdits } from './useRefreshKeepingEdits.js'
import { useSaveBeforeTransition } from './useSaveBeforeTransition.js'
import { WorkflowHistory } from './WorkflowHistory.js'
import { WorkflowSchedules } from './WorkflowSchedules.js'
import {
  refusalOf,
  useWorkflowClient,
  workflowChangedEvent,
  type BlockedChild,
  type DocumentWorkflowResponse,
  type WorkflowChangedDetail,
} from './workflowClient.js'

export type WorkflowPanelProps = {
  /** Display names of the people in this document's history, resolved on the server (users may not read each other). */
  userNames?: Record<string, string>
}

/**
 * The sidebar panel of a workflow document: its stage, the transitions the signed-in user may perform now (with
 * a comment and an assignee; refused ones disabled with the reason), scheduling, and its history. Transitions go
 * through `POST /api/{collection}/{id}/workflow/{name}`, after saving unsaved edits; publishing asks first.
 */
export const WorkflowPanel = ({ userNames = {} }: WorkflowPanelProps) => {
  const { id, collectionSlug, data, lastUpdateTime, hasPublishedDoc, setData, setHasPublishedDoc, setUnpublishedVersionCount } = useDocumentInfo()
  const { getFields } = useForm()
  // the document's data as saved last, not as it was when a transition began (the save before it changes it)
  const latestData = useRef(data)
  latestData.current = data
  const { landed, refresh, refreshing } = useRefreshKeepingEdits()
  const { openModal } = useModal()
  const { apiBase, info, stageLabel, transitionLabel } = useWorkflowClient()
  const saveBeforeTransition = useSaveBeforeTransition()
  const [workflow, setWorkflow] = useState<DocumentWorkflowResponse | null>(null)
  const [loadError, setLoadError] = useState<null | string>(null)
  // plain state: a refresh from the server renders the panel again without remounting it, so typed words stay (tested)
  const [comment, setComment] = useState('')
  const [assignee, setAssignee] = useState<AssigneeChoice>('')
  const [pending, setPending] = useState<null | string>(null)
  const [confirming, setConfirming] = useState<null | string>(null)
  const [blockedBundle, setBlockedBundle] = useState<null | { items: BlockedChild[]; transition: string }>(null)

  const url = id ? `${apiBase}/${collectionSlug}/${encodeURIComponent(String(id))}/workflow` : null

  const load = useCallback(async () => {
    if (!url) return
    const response = await fetch(url, { credentials: 'include', cache: 'no-store' })
    if (!response.ok) {
      setLoadError((await refusalOf(response)).message)
      return
    }
    setLoadError(null)
    setWorkflow((await response.json()) as DocumentWorkflowResponse)
  }, [url])

  // again after every save: editing approved or published content moves the stage
  useEffect(() => {
    load().catch((error: unknown) => setLoadError(error instanceof Error ? error.message : String(error)))
  }, [load, lastUpdateTime])

  /**
   * The stored version's `updatedAt` into the document's data at once: Payload checks the first edit against it, and
   * an edit typed before the refresh lands would otherwise be taken for someone else's change ("Document modified").
   */
  const followUpdatedAt = async () => {
    if (!id || !collectionSlug) return
    const response = await fetch(`${apiBase}/${collectionSlug}/${encodeURIComponent(String(id))}?draft=true&depth=0&select[updatedAt]=true`, {
      credentials: 'include',
      cache: 'no-store',
    })
    if (!response.ok) return
    const { updatedAt } = (await response.json()) as { updatedAt?: unknown }
    if (typeof updatedAt === 'string') setData({ ...latestData.current, updatedAt })
  }

  /** Payload's own "Status: Draft / Published / Changed" in the controls bar, after `transition`. */
  const followStatus = (transition: string) => {
    const writes = info.transitions[transition]?.status
    if (writes === 'publish' || writes === 'unpublish') {
      setHasPublishedDoc(writes === 'publish')
      setUnpublishedVersionCount(0)
    } else if (hasPublishedDoc) {
      // other transitions write a draft version next to the live one
      setUnpublishedVersionCount((count) => count + 1)
    }
  }

  const perform = async (transition: string, extra: { excludeUnapproved?: boolean } = {}) => {
    if (!url) return
    setPending(transition)
    try {
      // nothing typed is lost: unsaved edits are saved (validated) first, or the transition does not happen
      const saved = await saveBeforeTransition(transition)
      if (!saved.ok) return
      // the form as stored: whatever differs from it when the refresh lands was typed meanwhile, and is kept
      const formAsStored = getFields()
      const response = await fetch(`${url}/${transition}`, {
        method: 'POST',
        credentials: 'include',
        // the version this form has just saved: a change someone else made in between is refused (412), not carried along
        headers: { 'content-type': 'application/json', ...(saved.versionTag ? { 'If-Match': saved.versionTag } : {}) },
        body: JSON.stringify({ ...(comment.trim() ? { comment: comment.trim() } : {}), ...assigneeBody(assignee), ...extra }),
      })
      if (!response.ok) {
        const refusal = await refusalOf(response)
        if (response.status === 409 && refusal.blocked.length) setBlockedBundle({ transition, items: refusal.blocked })
        toast.error(`${transitionLabel(transition)} failed: ${refusal.message}`)
        return
      }
      const result = (await response.json()) as { bundle: { excluded: BlockedChild[] } | null; state: { stage: string } }
      const excluded = result.bundle?.excluded.length ?? 0
      toast.success(
        `${transitionLabel(transition)}: now ${stageLabel(result.state.stage)}${excluded ? ` (${excluded} item(s) not ready were left out)` : ''}`,
      )
      setComment('')
      setAssignee('')
      setBlockedBundle(null)
      followStatus(transition)
      const detail: WorkflowChangedDetail = { collection: collectionSlug ?? '', id: id as number | string, stage: result.state.stage }
      window.dispatchEvent(new CustomEvent(workflowChangedEvent, { detail }))
      await Promise.all([load(), followUpdatedAt()])
      // the form (and with it the version Payload compares edits against) and the sidebar come from the server,
      // keeping what the user has typed since
      refresh(formAsStored)
    } catch (error) {
      toast.error(`${transitionLabel(transition)} failed: ${error instanceof Error ? error.message : String(error)}`)
    } finally {
      setPending(null)
    }
  }

  const choose = (transition: string) => {
    if (needsConfirmation(info.transitions[transition]?.status)) {
      setConfirming(transition)
      openModal(confirmTransitionModalSlug)
      return
    }
    void perform(transition)
  }

  if (!id) {
    return (
      <div className="workflow-panel">
        <h4 className="workflow-panel__title">Workflow</h4>
        <p className="workflow-panel__hint">Save a draft to start the workflow.</p>
      </div>
    )
  }

  const blocked = workflow?.blocked ?? []
  const schedulable = (workflow?.transitions ?? []).filter((name) => needsConfirmation(info.transitions[name]?.status))
  return (
    <div
      className="workflow-panel"
      data-collection={collectionSlug}
      data-id={String(id)}
      data-refreshing={refreshing}
      data-refreshes-landed={landed}
    >
      <div className="workflow-panel__header">
        <h4 className="workflow-panel__title">Workflow</h4>
        {workflow && <StageBadge stage={workflow.state.stage} />}
      </div>
      {loadError && <p className="workflow-panel__error">{loadError}</p>}
      {workflow && (workflow.transitions.length > 0 || blocked.length > 0) && (
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
          {workflow.transitions.length > 0 && (
            <AssigneePicker current={workflow.state.assignee} disabled={pending !== null} onChange={setAssignee} value={assignee} />
          )}
          <TransitionButtons allowed={workflow.transitions} blocked={blocked} onChoose={choose} pending={pending} />
          {blockedBundle && (
            <BlockedChildren
              items={blockedBundle.items}
              transition={blockedBundle.transition}
              disabled={pending !== null}
              onPublishReadyOnly={() => void perform(blockedBundle.transition, { excludeUnapproved: true })}
            />
          )}
        </div>
      )}
      {workflow && workflow.transitions.length === 0 && blocked.length === 0 && (
        <p className="workflow-panel__hint">Nothing for you to do at this stage.</p>
      )}
      {workflow && url && (
        <WorkflowSchedules documentUrl={url} onChanged={load} schedulable={schedulable} schedules={workflow.schedules ?? []} />
      )}
      {workflow && <WorkflowHistory events={workflow.events} userNames={userNames} />}
      <ConfirmTransition transition={confirming} onConfirm={() => (confirming ? perform(confirming) : Promise.resolve())} />
    </div>
  )
}
