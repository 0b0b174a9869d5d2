'use client'
import { useConfig, useListRelationships, useTranslation } from '@payloadcms/ui'
import { formatDocTitle } from '@payloadcms/ui/shared'
import type { DefaultCellComponentProps } from 'payload'
import { Fragment, useEffect, useMemo } from 'react'

/** How many related documents a cell names before "and N more", as Payload's own cell does. */
const shown = 3

type Related = { id: string; doc?: Record<string, unknown> & { id: string } }

/** The ids in a cell's value: ids at depth 0, documents when the row came populated (join tables may). */
const relatedIn = (cellData: unknown): Related[] =>
  (Array.isArray(cellData) ? cellData : [cellData]).flatMap((value): Related[] => {
    if (typeof value === 'string' || typeof value === 'number') return [{ id: String(value) }]
    if (value !== null && typeof value === 'object' && 'id' in value && (typeof value.id === 'string' || typeof value.id === 'number')) {
      return [{ id: String(value.id), doc: { ...value, id: String(value.id) } }]
    }
    return []
  })

/**
 * List and join-table cell of a single-collection relationship that names its documents as soon as it renders.
 * Payload's own cell asks for titles only once its row has been inside the viewport and shows "<No Goal>" until
 * then, so every row below the fold of a 50-row list, or of a join table lower in an edit view, read as empty.
 * The titles still come from Payload's list relationship provider, which batches them into one query per
 * collection.
 */
export const RelationshipTitlesCell = ({ cellData, field }: DefaultCellComponentProps) => {
  const relationTo = 'relationTo' in field && typeof field.relationTo === 'string' ? field.relationTo : undefined
  const { config, getEntityConfig } = useConfig()
  const { i18n, t } = useTranslation()
  // outside a list or join table (no relationship provider) there is nothing to ask: the cell says "Loading"
  const { documents = {}, getRelationships } = useListRelationships()
  const related = useMemo(() => relatedIn(cellData), [cellData])
  const toLoad = related.slice(0, shown).filter((item) => !item.doc)
  const idsKey = toLoad.map((item) => item.id).join(',')

  useEffect(() => {
    if (relationTo && idsKey && getRelationships) getRelationships(idsKey.split(',').map((value) => ({ relationTo, value })))
  }, [getRelationships, idsKey, relationTo])

  if (!relationTo || related.length === 0) return <span className="relationship-cell">—</span>
  const collectionConfig = getEntityConfig({ collectionSlug: relationTo })
  const loaded = documents[relationTo] ?? {}

  return (
    <span className="relationship-cell">
      {related.slice(0, shown).map(({ id, doc }, index) => {
        const found = doc ?? loaded[id]
        const untitled = `${t('general:untitled')} - ID: ${id}`
        const label =
          found === undefined || found === null
            ? `${t('general:loading')}...`
            : found === false
              ? untitled
              : formatDocTitle({ collectionConfig, data: found, dateFormat: config.admin.dateFormat, fallback: untitled, i18n })
        return (
          <Fragment key={id}>
            {index > 0 && ', '}
            {label}
          </Fragment>
        )
      })}
      {related.length > shown && ` ${t('fields:itemsAndMore', { count: related.length - shown, items: '' })}`}
    </span>
  )
}
