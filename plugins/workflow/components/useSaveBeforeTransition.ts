'use client'
import { toast, useDocumentInfo, useForm, useFormModified, useLocale } from '@payloadcms/ui'
import { useCallback } from 'react'
import { useServerValidation } from './useServerValidation.js'
import { useWorkflowClient } from './workflowClient.js'

/** The outcome of saving the form before a transition: go on (with the saved version's ETag, when the form was saved), or stop. */
export type SaveOutcome = { ok: false } | { ok: true; versionTag: null | string }

/**
 * A transition acts on the stored document, so unsaved edits in the form would be left behind (and the next
 * keystroke would meet Payload's "modified by another user" check). This saves them first, as a draft, the way
 * Payload's Save draft button does, but validated by the server first: invalid fields are marked and nothing is
 * saved or moved.
 */
export const useSaveBeforeTransition = () => {
  const { id, collectionSlug, hasSavePermission, setUnpublishedVersionCount } = useDocumentInfo()
  const { submit } = useForm()
  const validate = useServerValidation()
  const modified = useFormModified()
  const { code: locale } = useLocale()
  const { apiBase, transitionLabel } = useWorkflowClient()

  return useCallback(
    async (transition: string): Promise<SaveOutcome> => {
      // a read-only form (a reviewer) has nothing of theirs to save
      if (!modified || !hasSavePermission) return { ok: true, versionTag: null }
      if (!(await validate())) {
        toast.error(`Your unsaved changes have errors: fix the marked fields, then ${transitionLabel(transition).toLowerCase()} again. Nothing was saved.`)
        return { ok: false }
      }
      const search = new URLSearchParams({ depth: '0', draft: 'true', 'fallback-locale': 'null', ...(locale ? { locale } : {}) })
      const saved = await submit({
        action: `${apiBase}/${collectionSlug}/${encodeURIComponent(String(id))}?${search.toString()}`,
        method: 'PATCH',
        overrides: { _status: 'draft' },
        skipValidation: true,
        // the transition's own toast follows
        disableSuccessStatus: true,
      })
      // no answer: Payload has shown the refusal (field errors, a conflict) and kept the edits in the form
      if (!saved || !saved.res.ok) {
        toast.error(`Your changes could not be saved, so "${transitionLabel(transition)}" was not performed. Your edits are still in the form.`)
        return { ok: false }
      }
      setUnpublishedVersionCount((count) => count + 1)
      return { ok: true, versionTag: saved.res.headers.get('etag') }
    },
    [apiBase, collectionSlug, hasSavePermission, id, locale, modified, setUnpublishedVersionCount, submit, transitionLabel, validate],
  )
}
