'use client'
import { useConfig, useDocumentInfo } from '@payloadcms/ui'
import { useEffect, useRef } from 'react'
import { versionTag } from '../versionTag.js'
import { conditionalFetch } from './conditionalFetch.js'

/**
 * Renders nothing. Payload's edit form does not submit the version it loaded (`updatedAt` is a hidden field,
 * left out of form state), so while an edit view is open its saves go through `conditionalFetch`: they carry
 * `If-Match`, and a save over someone else's newer version gets 412, which the form shows as an error toast
 * while keeping the editor's unsaved changes.
 */
export const SendLoadedVersion = () => {
  const { id, collectionSlug, initialData } = useDocumentInfo()
  const { config } = useConfig()
  // the version this view loaded; later re-renders (a refresh after someone else's save) must not move it
  const loadedUpdatedAt = useRef(initialData?.updatedAt)

  useEffect(() => {
    const updatedAt = loadedUpdatedAt.current
    if (id === undefined || id === null || !collectionSlug || typeof updatedAt !== 'string') return
    const original = window.fetch
    const wrapped = conditionalFetch(original.bind(window), {
      documentPath: `${config.routes.api}/${collectionSlug}/${id}`,
      tag: versionTag({ id, updatedAt }),
    })
    window.fetch = wrapped
    return () => {
      if (window.fetch === wrapped) window.fetch = original
    }
  }, [id, collectionSlug, config.routes.api])

  return null
}
