'use client'
import { Button } from '@payloadcms/ui'
import Link from 'next/link'
import { StageBadge } from './StageBadge.js'
import { useWorkflowClient, type BlockedChild } from './workflowClient.js'

/**
 * A bundle publish the server refused (409) because some children are not ready: each one linked to its edit
 * view, and a retry that publishes the parent with the ready items only (`excludeUnapproved`).
 */
export const BlockedChildren = ({
  items,
  disabled,
  onPublishReadyOnly,
  transition,
}: {
  items: BlockedChild[]
  disabled: boolean
  onPublishReadyOnly: () => void
  transition: string
}) => {
  const { adminBase, collectionLabel, transitionLabel } = useWorkflowClient()
  const label = transitionLabel(transition)
  return (
    <div className="workflow-panel__bundle-blocked" role="alert">
      <p className="workflow-panel__error">
        {label} needs {items.length === 1 ? 'this item' : `these ${items.length} items`} to be ready first:
      </p>
      <ul className="workflow-blocked-children">
        {items.map((child) => (
          <li key={`${child.collection}:${String(child.id)}`} className="workflow-blocked-children__item">
            <Link href={`${adminBase}/collections/${child.collection}/${encodeURIComponent(String(child.id))}`}>
              {child.title || `${collectionLabel(child.collection)} ${String(child.id)}`}
            </Link>{' '}
            <span className="workflow-blocked-children__collection">{collectionLabel(child.collection)}</span>{' '}
            <StageBadge stage={child.stage} />
          </li>
        ))}
      </ul>
      <Button id="workflow-publish-ready-only" buttonStyle="secondary" size="small" disabled={disabled} onClick={onPublishReadyOnly}>
        {label} the ready items only
      </Button>
      <p className="workflow-panel__hint">The items above stay unpublished until they are approved and published on their own.</p>
    </div>
  )
}
