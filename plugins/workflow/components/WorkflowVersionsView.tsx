import { Gutter } from '@payloadcms/ui'
import type { DocumentViewServerProps } from 'payload'
import { versionHistory, type VersionHistoryRow } from '../services/versionHistory.js'
import { VersionChanges } from './VersionChanges.js'
import { StageBadge } from './StageBadge.js'

type WorkflowSlugs = { slugs?: { events?: string } }

/** Versions kept per document by this project's collections; the view shows them all. */
const maxVersions = 100

const formatTime = (iso: string): string => {
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }) + ' UTC'
}

/**
 * The versions tab of workflow documents: each version with the stage it stored, whether it went live, and the
 * transition or edit that wrote it with who did it (from the audit trail). Each links to Payload's comparison view.
 */
export const WorkflowVersionsView = async ({ initPageResult, payload }: DocumentViewServerProps) => {
  const { collectionConfig, docID, req } = initPageResult
  const eventsSlug = (payload.config.custom?.workflow as WorkflowSlugs | undefined)?.slugs?.events
  if (!collectionConfig || docID === undefined || !eventsSlug) return null
  let rows: VersionHistoryRow[] = []
  try {
    rows = await versionHistory(req, { events: eventsSlug, users: payload.config.admin.user }, { collection: collectionConfig.slug, id: docID, limit: maxVersions })
  } catch (error) {
    payload.logger.warn({ err: error, msg: 'workflow versions view: could not read the versions' })
  }
  const base = `${payload.config.routes.admin}/collections/${collectionConfig.slug}/${encodeURIComponent(String(docID))}/versions`
  return (
    <Gutter className="workflow-versions">
      <h2 className="workflow-versions__title">Versions</h2>
      <p className="workflow-versions__description">
        Each saved version with the workflow stage it was in and the change that produced it. Open one to compare it.
      </p>
      {rows.length === 0 ? (
        <p>No versions yet.</p>
      ) : (
        <div className="table">
          <table cellPadding="0" cellSpacing="0">
            <thead>
              <tr>
                <th>Saved</th>
                <th>Stage</th>
                <th>Change</th>
                <th>By</th>
                <th>Live</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id} className="workflow-versions__row" data-version-id={row.id}>
                  <td>
                    <a href={`${base}/${encodeURIComponent(row.id)}`}>{formatTime(row.updatedAt)}</a>
                  </td>
                  <td>
                    <StageBadge stage={row.stage} />
                  </td>
                  <td className="workflow-versions__change">
                    <VersionChanges transitions={row.changes.map((c) => c.transition)} />
                  </td>
                  <td className="workflow-versions__by">{row.changes.map((c) => c.by).filter(Boolean).join(', ') || '—'}</td>
                  <td>{row.status === 'published' ? 'published' : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Gutter>
  )
}
