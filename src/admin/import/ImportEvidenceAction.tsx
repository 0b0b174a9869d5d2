'use client'
import { Drawer, useConfig, useDocumentInfo, useFormFields, useModal } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { ImportEvidencePanel } from './ImportEvidencePanel.js'

const drawerSlug = 'import-evidence'

/**
 * "Import evidence" next to a saved report's document controls: opens a drawer with the upload, the preview of
 * the rows (or their problems), the confirmation and a progress bar. Hidden until the report is saved; shown only
 * to whoever may import (decided on the server by ImportEvidenceButton).
 */
export const ImportEvidenceAction = () => {
  const { id } = useDocumentInfo()
  const slug = useFormFields(([fields]) => (typeof fields.slug?.initialValue === 'string' ? fields.slug.initialValue : ''))
  const { config } = useConfig()
  const { openModal } = useModal()
  const router = useRouter()
  if (id === undefined || id === null || !slug) return null
  const apiBase = `${config.serverURL ?? ''}${config.routes.api}`
  return (
    <>
      <button type="button" className="btn btn--style-secondary btn--size-medium import-evidence__open" onClick={() => openModal(drawerSlug)}>
        Import evidence
      </button>
      <Drawer slug={drawerSlug} title="Import evidence">
        <ImportEvidencePanel apiBase={apiBase} slug={slug} onImported={() => router.refresh()} />
      </Drawer>
    </>
  )
}
