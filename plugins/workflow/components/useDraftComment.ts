'use client'
import { useCallback, useEffect, useState } from 'react'

/** Comments being written, by document: outlive the panel being rendered again (or anew) by a page refresh. */
const drafts = new Map<string, string>()

/**
 * The workflow comment the user is writing for one document (`key`, e.g. "evidence/42"). It is kept outside the
 * panel so that a refresh from the server, which may render the panel anew, never takes typed words away; only the
 * user (typing, or a transition that sent it) changes it.
 */
export const useDraftComment = (key: string): [string, (value: string) => void] => {
  const [comment, setState] = useState(() => drafts.get(key) ?? '')
  // another document in the same panel: its own draft
  useEffect(() => setState(drafts.get(key) ?? ''), [key])
  const setComment = useCallback(
    (value: string) => {
      if (value) drafts.set(key, value)
      else drafts.delete(key)
      setState(value)
    },
    [key],
  )
  return [comment, setComment]
}
