'use client'
import { Link, useConfig } from '@payloadcms/ui'
import type { DefaultCellComponentProps } from 'payload'
import { useEffect, useState } from 'react'
import { loadDocumentTitle } from './documentTitles.js'
import { StageBadge } from './StageBadge.js'
import { useWorkflowClient } from './workflowClient.js'

/* Cells of the audit-trail list: labels instead of stored values (`in_review`, `request-changes`, slugs, IDs). */

const text = (value: unknown): string => (typeof value === 'string' ? value : '')

/** `request-changes` → "Request changes"; `edit` → "Edited". */
export const EventTransitionCell = ({ cellData }: DefaultCellComponentProps) => {
  const { eventLabel } = useWorkflowClient()
  return <span className="workflow-event-transition">{eventLabel(text(cellData))}</span>
}

/** `in_review` → the "In review" badge. */
export const EventStageCell = ({ cellData }: DefaultCellComponentProps) => <StageBadge stage={text(cellData) || null} />

/** `evidence` → "Evidence". */
export const EventCollectionCell = ({ cellData }: DefaultCellComponentProps) => {
  const { collectionLabel } = useWorkflowClient()
  return <span>{collectionLabel(text(cellData))}</span>
}

/** The document's title, linked to its edit view; the ID while loading or when it cannot be read. */
export const EventDocumentCell = ({ cellData, rowData }: DefaultCellComponentProps) => {
  const { config } = useConfig()
  const { apiBase, adminBase } = useWorkflowClient()
  const id = text(cellData) || String(cellData ?? '')
  const collection = text(rowData?.collection)
  const titleField = config.collections.find((c) => c.slug === collection)?.admin?.useAsTitle
  const [title, setTitle] = useState<null | string>(null)

  useEffect(() => {
    let current = true
    if (collection && titleField && titleField !== 'id' && id) {
      void loadDocumentTitle(apiBase, collection, titleField, id).then((loaded) => current && setTitle(loaded))
    }
    return () => {
      current = false
    }
  }, [apiBase, collection, titleField, id])

  if (!collection || !id) return <span>{id}</span>
  return (
    <Link className="workflow-event-document" href={`${adminBase}/collections/${collection}/${encodeURIComponent(id)}`} prefetch={false}>
      {title ?? id}
    </Link>
  )
}
