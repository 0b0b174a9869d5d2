'use client'
import { useForm } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import type { FormState } from 'payload'
import { useCallback, useEffect, useRef, useState, useTransition } from 'react'
import { editsSince } from './editsSince.js'

/**
 * After a transition the page is refreshed from the server (router.refresh) so that the form, the version Payload
 * compares edits against and the sidebar are the stored ones. When that refresh lands, Payload's form swaps its whole
 * state for the server's, so anything typed since the transition would silently vanish. `refresh(before)` remembers the
 * form as the transition found it; once the refresh has landed, every field the user changed since is put back (and
 * the form stays "modified", so the next save or transition carries it).
 */
export const useRefreshKeepingEdits = () => {
  const router = useRouter()
  const { dispatchFields, getFields, setModified } = useForm()
  // pending stays true until the refreshed page has been rendered, new form state included
  const [pending, startRefresh] = useTransition()
  const before = useRef<FormState | null>(null)
  // how many refreshes have landed with the user's edits back in place (the panel shows it: tests wait on it)
  const [landed, setLanded] = useState(0)

  const refresh = useCallback(
    (formBefore: FormState) => {
      before.current = formBefore
      startRefresh(() => router.refresh())
    },
    [router],
  )

  useEffect(() => {
    if (pending || !before.current) return
    // this runs in the commit that brought the server's form state, before the form's own effect replaces its fields
    // (a child's effects run before its parent's): what the user typed is still readable here, and is put back by a
    // task queued after that replacement
    const typed = editsSince(before.current, getFields())
    before.current = null
    if (!typed.length) {
      setLanded((count) => count + 1)
      return
    }
    setTimeout(() => {
      for (const { path, value } of typed) dispatchFields({ type: 'UPDATE', path, value })
      setModified(true)
      setLanded((count) => count + 1)
    }, 0)
  }, [dispatchFields, getFields, pending, setModified])

  return { landed, refresh, refreshing: pending }
}
