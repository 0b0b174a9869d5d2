'use client'
import { Button, useConfig, useDocumentInfo } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'

/** What the panel reads of a sign-off record (`GET /api/quote-sign-offs`). */
type SignOffRow = {
  id: string
  source: 'link' | 'published-statement'
  note?: string | null
  requestedAt?: string | null
  expiresAt?: string | null
  usedAt?: string | null
  decision?: 'approved' | 'declined' | null
  decidedAt?: string | null
  comment?: string | null
  revokedAt?: string | null
  revokedReason?: string | null
}

const when = (iso: string | null | undefined): string => (iso ? new Date(iso).toLocaleString() : '')

/** One line per record, as a person says it. */
const describe = (row: SignOffRow): string => {
  const revoked = row.revokedAt ? ` — revoked ${when(row.revokedAt)}: ${row.revokedReason ?? ''}` : ''
  if (row.decision === 'approved') {
    const how = row.source === 'published-statement' ? `on record (${row.note ?? 'published statement'})` : `through the link, ${when(row.decidedAt)}`
    return `Approved ${how}${revoked}`
  }
  if (row.decision === 'declined') return `Declined ${when(row.decidedAt)}${row.comment ? `: “${row.comment}”` : ''}${revoked}`
  if (row.revokedAt) return `Request of ${when(row.requestedAt)} withdrawn: ${row.revokedReason ?? ''}`
  const expired = row.expiresAt && new Date(row.expiresAt) < new Date()
  return expired ? `Request of ${when(row.requestedAt)} expired unanswered` : `Requested ${when(row.requestedAt)}, waiting (link valid until ${when(row.expiresAt)})`
}

/**
 * Sidebar of a quote: the speaker's sign-off history and "Request sign-off", which emails them a link to
 * approve or decline the saved words. Save edits first: the request covers the saved text.
 */
export const SignOffPanel = () => {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const api = `${config.serverURL ?? ''}${config.routes.api}`
  const [rows, setRows] = useState<SignOffRow[]>([])
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string }>()
  const [busy, setBusy] = useState(false)

  const load = useCallback(async () => {
    if (!id) return
    const params = new URLSearchParams({ 'where[quote][equals]': String(id), sort: '-createdAt', limit: '5', depth: '0' })
    const response = await fetch(`${api}/quote-sign-offs?${params}`, { credentials: 'include' })
    if (response.ok) setRows(((await response.json()) as { docs: SignOffRow[] }).docs)
  }, [api, id])

  useEffect(() => {
    void load()
  }, [load])

  const request = async () => {
    setBusy(true)
    setMessage(undefined)
    try {
      const response = await fetch(`${api}/quotes/${id}/signoff/request`, { method: 'POST', credentials: 'include' })
      const body = (await response.json().catch(() => ({}))) as { message?: string; errors?: { message: string }[] }
      setMessage(response.ok ? { kind: 'ok', text: body.message ?? 'Sign-off requested.' } : { kind: 'error', text: body.errors?.[0]?.message ?? `Refused (${response.status}).` })
      await load()
    } finally {
      setBusy(false)
    }
  }

  if (!id) return <p className="field-description">Save the quote first, then request the speaker’s sign-off.</p>
  return (
    <div className="signoff-panel" data-testid="signoff-panel" style={{ marginBottom: 'var(--base)' }}>
      <h4>Speaker sign-off</h4>
      {rows.length === 0 ? <p>Not signed off yet.</p> : (
        <ul>
          {rows.map((row) => (
            <li key={row.id}>{describe(row)}</li>
          ))}
        </ul>
      )}
      <Button buttonStyle="secondary" disabled={busy} onClick={() => void request()} size="small">
        Request sign-off
      </Button>
      {message ? <p role={message.kind === 'error' ? 'alert' : 'status'}>{message.text}</p> : null}
      <p className="field-description">Emails the person quoted a link to approve or decline the saved words. Any later edit of the words revokes their sign-off.</p>
    </div>
  )
}
