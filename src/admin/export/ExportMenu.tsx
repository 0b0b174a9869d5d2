'use client'
import { PopupList, useConfig, useDocumentInfo } from '@payloadcms/ui'
import { exportChoices, exportUrl } from './exportLinks.js'

/**
 * "Export" in the report edit view's ⋯ menu: the saved report (its latest draft, for those who may preview it)
 * as PDF, print HTML, CSV or JSON. Plain links, not client navigation: they are files from the API.
 */
export const ExportMenu = () => {
  const { config } = useConfig()
  const { collectionSlug, savedDocumentData } = useDocumentInfo()
  const slug = typeof savedDocumentData?.slug === 'string' ? savedDocumentData.slug : null
  if (!slug || !collectionSlug) return null
  return (
    <>
      <PopupList.Divider />
      <PopupList.GroupLabel label="Export" />
      {exportChoices.map((choice) => (
        <a
          className="popup-button-list__button"
          data-export-format={choice.format}
          download={choice.download ? '' : undefined}
          href={exportUrl(config.routes.api, collectionSlug, slug, choice.format)}
          key={choice.format}
          rel="noopener"
          target={choice.download ? undefined : '_blank'}
        >
          {choice.label}
        </a>
      ))}
    </>
  )
}
