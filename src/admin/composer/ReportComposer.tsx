'use client'
import { toast, useConfig, useDocumentDrawer, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import { useCallback, useEffect, useMemo, useState } from 'react'
import { loadComposerData, type ComposerData, type ComposerEvidence } from './composerData.js'
import { GoalSection } from './GoalSection.js'
import { moved, orderPatches } from './reorder.js'

const evidenceSlug = 'evidence'

/** The relationship value of a form field as an ID (the form holds IDs, or `{ value }` for polymorphic ones). */
const idOfFieldValue = (value: unknown): null | string => {
  if (typeof value === 'string' || typeof value === 'number') return String(value)
  if (value && typeof value === 'object' && 'id' in value) return String((value as { id: unknown }).id)
  return null
}

/**
 * The report's "Composer" tab (issue 9, item 10): its framework edition's goals in order, each with its evidence
 * (stage, metrics), recommendations and an "add evidence" drawer pre-filled with report and goal; evidence is
 * reordered within a goal by dragging or with the up/down buttons, persisted as `order` PATCHes; goals without
 * evidence show as gaps. Everything is read over REST with the signed-in user's cookie, so it shows what they may see.
 */
export const ReportComposer = () => {
  const { id } = useDocumentInfo()
  const framework = useFormFields(([fields]) => idOfFieldValue(fields.framework?.value))
  const { config } = useConfig()
  const apiBase = `${config.serverURL ?? ''}${config.routes.api}`
  const adminBase = config.routes.admin
  const [data, setData] = useState<ComposerData | null>(null)
  const [error, setError] = useState<null | string>(null)
  const [reloads, setReloads] = useState(0)
  const [drawerGoal, setDrawerGoal] = useState<null | string>(null)
  const [EvidenceDrawer, , { openDrawer, closeDrawer }] = useDocumentDrawer({ collectionSlug: evidenceSlug })
  const report = id === undefined || id === null ? null : String(id)

  useEffect(() => {
    if (!report || !framework) return
    const controller = new AbortController()
    setError(null)
    loadComposerData(apiBase, report, framework, controller.signal)
      .then(setData)
      .catch((e: unknown) => !controller.signal.aborted && setError(e instanceof Error ? e.message : String(e)))
    return () => controller.abort()
  }, [apiBase, report, framework, reloads])

  const reload = useCallback(() => setReloads((n) => n + 1), [])

  const addEvidence = useCallback(
    (goal: string) => {
      setDrawerGoal(goal)
      openDrawer()
    },
    [openDrawer],
  )

  /** Moves one item within its goal and saves the `order` values that changed. */
  const reorder = useCallback(
    async (goalItems: ComposerEvidence[], from: number, to: number) => {
      const patches = orderPatches(moved(goalItems, from, to))
      if (!patches.length) return
      const newOrder = new Map(patches.map((p) => [p.id, p.order]))
      setData((current) =>
        current && { ...current, evidence: current.evidence.map((e) => (newOrder.has(e.id) ? { ...e, order: newOrder.get(e.id) } : e)) },
      )
      try {
        for (const patch of patches) {
          const response = await fetch(`${apiBase}/${evidenceSlug}/${encodeURIComponent(patch.id)}?draft=true&depth=0`, {
            method: 'PATCH',
            credentials: 'include',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ order: patch.order }),
          })
          if (!response.ok) {
            const body = (await response.json().catch(() => ({}))) as { errors?: { message?: string }[] }
            throw new Error(body.errors?.[0]?.message ?? `${response.status} ${response.statusText}`)
          }
        }
        toast.success('New order saved.')
      } catch (e) {
        toast.error(`The new order was not saved: ${e instanceof Error ? e.message : String(e)}`)
      } finally {
        reload()
      }
    },
    [apiBase, reload],
  )

  const evidenceByGoal = useMemo(() => {
    const groups = new Map<string, ComposerEvidence[]>()
    for (const item of data?.evidence ?? []) {
      const goal = item.goal ? String(item.goal) : ''
      groups.set(goal, [...(groups.get(goal) ?? []), item])
    }
    for (const items of groups.values()) items.sort((a, b) => (a.order ?? 0) - (b.order ?? 0))
    return groups
  }, [data])

  if (!report) return <p className="report-composer__hint">Save the report first: then compose it against its goals here.</p>
  if (!framework) return <p className="report-composer__hint">Choose the report&apos;s framework edition (Overview tab) to compose it against its goals.</p>

  const gaps = data ? data.goals.filter((g) => !evidenceByGoal.get(g.id)?.length).length : 0
  return (
    <section className="report-composer" aria-labelledby="report-composer-title" data-state={error ? 'error' : data ? 'loaded' : 'loading'}>
      <header className="report-composer__header">
        <h3 id="report-composer-title" className="report-composer__title">Goals and their evidence</h3>
        {data && (
          <p className="report-composer__summary">
            {data.goals.length - gaps} of {data.goals.length} goals have evidence · {data.evidence.length} evidence items ·{' '}
            {data.recommendations.length} recommendations · {data.quotes.length} quotes
          </p>
        )}
      </header>
      {error && <p className="report-composer__error" role="alert">Could not load the composer: {error}</p>}
      {!error && !data && <p className="report-composer__hint">Loading…</p>}
      {data && data.quotes.length > 0 && (
        <details className="report-composer__quotes">
          <summary>Quotes of the report ({data.quotes.length})</summary>
          <ul>
            {data.quotes.map((q) => (
              <li key={q.id}>
                <a href={`${adminBase}/collections/quotes/${encodeURIComponent(q.id)}`}>{q.speakerName || 'Quote'}</a>: “{q.text.slice(0, 140)}
                {q.text.length > 140 ? '…' : ''}”
              </li>
            ))}
          </ul>
        </details>
      )}
      {data && (
        <ol className="report-composer__goals">
          {data.goals.map((goal) => (
            <GoalSection
              key={goal.id}
              adminBase={adminBase}
              goal={goal}
              evidence={evidenceByGoal.get(goal.id) ?? []}
              recommendations={data.recommendations.filter((r) => (r.goals ?? []).map(String).includes(goal.id))}
              onAddEvidence={addEvidence}
              onReorder={reorder}
            />
          ))}
        </ol>
      )}
      <EvidenceDrawer
        initialData={drawerGoal ? { report, goal: drawerGoal } : { report }}
        onSave={() => {
          closeDrawer()
          reload()
        }}
      />
    </section>
  )
}
