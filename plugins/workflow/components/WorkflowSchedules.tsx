'use client'
import { Button, toast } from '@payloadcms/ui'
import { useState } from 'react'
import { errorMessageOf, useWorkflowClient, type ScheduleResponse } from './workflowClient.js'

const formatDate = (iso: string) => {
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString()
}

/**
 * The document's pending publish/unpublish schedules (each with Cancel) and a form to plan one, through
 * `POST`/`DELETE /api/{collection}/{id}/workflow/schedule`. `schedulable` are the timed transitions the user
 * may perform; the server checks again when the time comes.
 */
export const WorkflowSchedules = ({
  documentUrl,
  onChanged,
  schedulable,
  schedules,
}: {
  documentUrl: string
  onChanged: () => Promise<void>
  schedulable: string[]
  schedules: ScheduleResponse[]
}) => {
  const { transitionLabel } = useWorkflowClient()
  const [transition, setTransition] = useState('')
  const [at, setAt] = useState('')
  const [busy, setBusy] = useState(false)
  const chosen = transition || schedulable[0] || ''

  const send = async (request: () => Promise<Response>, success: string): Promise<boolean> => {
    setBusy(true)
    try {
      const response = await request()
      if (!response.ok) {
        toast.error(await errorMessageOf(response))
        return false
      }
      toast.success(success)
      await onChanged()
      return true
    } catch (error) {
      toast.error(error instanceof Error ? error.message : String(error))
      return false
    } finally {
      setBusy(false)
    }
  }

  const schedule = () => {
    const when = new Date(at)
    if (!at || Number.isNaN(when.getTime())) {
      toast.error('Choose the date and time first.')
      return
    }
    void send(
      () =>
        fetch(`${documentUrl}/schedule`, {
          method: 'POST',
          credentials: 'include',
          headers: { 'content-type': 'application/json' },
          // the picker's local time, sent as an instant
          body: JSON.stringify({ transition: chosen, at: when.toISOString() }),
        }),
      `${transitionLabel(chosen)} scheduled for ${when.toLocaleString()}`,
    ).then((done) => done && setAt(''))
  }

  const cancel = (name: string) =>
    send(
      () => fetch(`${documentUrl}/schedule?transition=${encodeURIComponent(name)}`, { method: 'DELETE', credentials: 'include' }),
      `Scheduled ${transitionLabel(name).toLowerCase()} cancelled`,
    )

  if (!schedules.length && !schedulable.length) return null
  return (
    <div className="workflow-panel__schedules">
      <h5 className="workflow-panel__subtitle">Scheduled</h5>
      {schedules.length === 0 ? (
        <p className="workflow-panel__hint">Nothing scheduled.</p>
      ) : (
        <ul className="workflow-schedules">
          {schedules.map((s) => (
            <li key={String(s.id)} className="workflow-schedules__item" data-transition={s.transition}>
              <span>
                <strong>{transitionLabel(s.transition)}</strong> at <time dateTime={s.at}>{formatDate(s.at)}</time>
              </span>
              <Button buttonStyle="secondary" size="small" disabled={busy} onClick={() => void cancel(s.transition)}>
                Cancel
              </Button>
            </li>
          ))}
        </ul>
      )}
      {schedulable.length > 0 && (
        <div className="workflow-panel__schedule-form">
          {schedulable.length > 1 && (
            <>
              <label className="workflow-panel__label" htmlFor="workflow-schedule-transition">
                Schedule
              </label>
              <select
                id="workflow-schedule-transition"
                className="workflow-panel__select"
                value={chosen}
                disabled={busy}
                onChange={(event) => setTransition(event.target.value)}
              >
                {schedulable.map((name) => (
                  <option key={name} value={name}>
                    {transitionLabel(name)}
                  </option>
                ))}
              </select>
            </>
          )}
          <label className="workflow-panel__label" htmlFor="workflow-schedule-at">
            {transitionLabel(chosen)} at (your local time)
          </label>
          <input
            id="workflow-schedule-at"
            className="workflow-panel__datetime"
            type="datetime-local"
            value={at}
            disabled={busy}
            onChange={(event) => setAt(event.target.value)}
          />
          <Button id="workflow-schedule-submit" buttonStyle="secondary" size="small" disabled={busy || !at} onClick={schedule}>
            Schedule {transitionLabel(chosen).toLowerCase()}
          </Button>
        </div>
      )}
    </div>
  )
}
