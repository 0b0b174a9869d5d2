'use client'
import Link from 'next/link'
import { useEffect, useState } from 'react'
import { StageBadge } from './StageBadge.js'
import { errorMessageOf, useWorkflowClient, type QueueItemResponse } from './workflowClient.js'

/** Dashboard block: what waits on the signed-in user (`GET /api/workflow/queue`), linked to the edit views. */
export const WaitingForYou = () => {
  const { apiBase, adminBase, collectionLabel, transitionLabel } = useWorkflowClient()
  const [items, setItems] = useState<null | QueueItemResponse[]>(null)
  const [total, setTotal] = useState(0)
  const [error, setError] = useState<null | string>(null)

  useEffect(() => {
    let cancelled = false
    const load = async () => {
      const response = await fetch(`${apiBase}/workflow/queue?limit=20`, { credentials: 'include', cache: 'no-store' })
      if (!response.ok) throw new Error(await errorMessageOf(response))
      const body = (await response.json()) as { docs: QueueItemResponse[]; totalDocs: number }
      if (!cancelled) {
        setItems(body.docs)
        setTotal(body.totalDocs)
      }
    }
    load().catch((e: unknown) => !cancelled && setError(e instanceof Error ? e.message : String(e)))
    return () => {
      cancelled = true
    }
  }, [apiBase])

  return (
    <section
      className="workflow-queue"
      aria-labelledby="workflow-queue-title"
      data-state={error ? 'error' : items === null ? 'loading' : 'loaded'}
    >
      <h2 id="workflow-queue-title" className="workflow-queue__title">
        Waiting for you{items && total > 0 ? ` (${total})` : ''}
      </h2>
      {error && <p className="workflow-queue__error">Could not load your queue: {error}</p>}
      {!error && items === null && <p className="workflow-queue__hint">Loading…</p>}
      {items && items.length === 0 && <p className="workflow-queue__hint">Nothing is waiting for you.</p>}
      {items && items.length > 0 && (
        <ul className="workflow-queue__list">
          {items.map((item) => (
            <li key={`${item.collection}:${String(item.id)}`} className="workflow-queue__item">
              <Link className="workflow-queue__link" href={`${adminBase}/collections/${item.collection}/${encodeURIComponent(String(item.id))}`}>
                {item.title || `${collectionLabel(item.collection)} ${String(item.id)}`}
              </Link>
              <span className="workflow-queue__collection">{collectionLabel(item.collection)}</span>
              <StageBadge stage={item.stage} />
              {item.reason === 'assigned' && <span className="workflow-queue__assigned">assigned to you</span>}
              {item.transitions.length > 0 && (
                <span className="workflow-queue__next">{item.transitions.map(transitionLabel).join(' · ')}</span>
              )}
              {item.lastComment && (
                <q className="workflow-queue__comment" title={`${transitionLabel(item.lastComment.transition)}, ${new Date(item.lastComment.createdAt).toLocaleString()}`}>
                  {item.lastComment.comment.length > 160 ? `${item.lastComment.comment.slice(0, 160)}…` : item.lastComment.comment}
                </q>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
