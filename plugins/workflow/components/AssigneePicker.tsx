'use client'
import { useAuth, useConfig } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

type UserOption = { id: number | string; label: string }

/** `''` keeps the assignee as it is, `'none'` clears it, anything else is a user ID. */
export type AssigneeChoice = string

/** The `assignee` of a transition request for a choice: absent (keep), `null` (clear) or the user's ID. */
export const assigneeBody = (choice: AssigneeChoice): { assignee?: null | string } =>
  choice === '' ? {} : { assignee: choice === 'none' ? null : choice }

const labelOf = (user: Record<string, unknown>, titleField: string): string => {
  for (const key of ['name', titleField, 'email']) {
    const value = user[key]
    if (typeof value === 'string' && value) return value
  }
  return `User ${String(user.id)}`
}

/**
 * "Assign to" for the next transition: the users the signed-in user may list (`GET /api/users` with their own
 * access). Someone who can read only their own account has nobody to choose, so the picker is not shown.
 */
export const AssigneePicker = ({
  current,
  disabled,
  onChange,
  value,
}: {
  current: null | number | string
  disabled: boolean
  onChange: (choice: AssigneeChoice) => void
  value: AssigneeChoice
}) => {
  const { config } = useConfig()
  const { user } = useAuth()
  const [users, setUsers] = useState<UserOption[]>([])
  const usersSlug = config.admin.user
  const titleField = config.collections.find((c) => c.slug === usersSlug)?.admin?.useAsTitle ?? 'email'

  useEffect(() => {
    let cancelled = false
    const load = async () => {
      const response = await fetch(`${config.serverURL ?? ''}${config.routes.api}/${usersSlug}?depth=0&limit=100&sort=${titleField}`, {
        credentials: 'include',
        cache: 'no-store',
      })
      if (!response.ok) return
      const body = (await response.json()) as { docs: Record<string, unknown>[] }
      if (!cancelled) setUsers(body.docs.map((doc) => ({ id: doc.id as number | string, label: labelOf(doc, titleField) })))
    }
    load().catch(() => !cancelled && setUsers([]))
    return () => {
      cancelled = true
    }
  }, [config.serverURL, config.routes.api, usersSlug, titleField])

  if (!users.some((u) => !user || String(u.id) !== String(user.id))) return null
  const currentLabel = current === null ? 'nobody' : (users.find((u) => String(u.id) === String(current))?.label ?? `User ${String(current)}`)
  return (
    <div className="workflow-panel__assignee">
      <label className="workflow-panel__label" htmlFor="workflow-assignee">
        Assign to (now: {currentLabel})
      </label>
      <select
        id="workflow-assignee"
        className="workflow-panel__select"
        value={value}
        disabled={disabled}
        onChange={(event) => onChange(event.target.value)}
      >
        <option value="">Keep as it is</option>
        <option value="none">Nobody</option>
        {users.map((u) => (
          <option key={String(u.id)} value={String(u.id)}>
            {u.label}
            {user && String(u.id) === String(user.id) ? ' (you)' : ''}
          </option>
        ))}
      </select>
    </div>
  )
}
