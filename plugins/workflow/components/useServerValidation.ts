'use client'
import { useDocumentInfo, useForm, useServerFunctions } from '@payloadcms/ui'
import { deepCopyObjectSimpleWithoutReactComponents } from 'payload/shared'
import { useCallback } from 'react'

/**
 * Validates the form's current values with the server's field validators (the ones a publish would run: required
 * fields, relationship filters), marks each invalid field with its message, and says whether all passed. Client
 * validators are not enough: relationship fields with `filterOptions` can only be checked on the server.
 */
export const useServerValidation = () => {
  const { id, collectionSlug, docPermissions, getDocPreferences } = useDocumentInfo()
  const { dispatchFields, getFields, setSubmitted } = useForm()
  const { getFormState } = useServerFunctions()

  return useCallback(async (): Promise<boolean> => {
    if (!collectionSlug) return true
    const { state } = await getFormState({
      id,
      collectionSlug,
      docPermissions,
      docPreferences: await getDocPreferences(),
      formState: deepCopyObjectSimpleWithoutReactComponents(getFields(), { excludeFiles: true }),
      operation: 'update',
      renderAllFields: false,
      schemaPath: collectionSlug,
      skipValidation: false,
    })
    const errors = Object.entries(state ?? {})
      .filter(([, field]) => field.valid === false)
      .map(([path, field]) => ({ path, message: field.errorMessage ?? 'This value is not valid.' }))
    if (!errors.length) return true
    dispatchFields({ type: 'ADD_SERVER_ERRORS', errors })
    // shows the fields' error messages
    setSubmitted(true)
    return false
  }, [collectionSlug, dispatchFields, docPermissions, getDocPreferences, getFields, getFormState, id, setSubmitted])
}
