'use client'
import { useConfig } from '@payloadcms/ui'
import { useEffect, useState } from 'react'
import { fetchAllPages } from '../composer/fetchAllPages.js'
import { CoverageHeatmap } from './CoverageHeatmap.js'
import type { CoverageMatrix } from './coverageTypes.js'
import { ReportsInProgress } from './ReportsInProgress.js'

type Choice = { id: string; name?: string; edition?: string }
const frameworkLabel = (f: Choice) => [f.name, f.edition].filter(Boolean).join(' — ')

/**
 * The editors' dashboard (issue 9, item 11), above Payload's collection cards: for one framework edition and,
 * optionally, one organisation, the reports in progress (items per stage, who must act) and the goal-coverage
 * heatmap, both from one `GET /api/reports/coverage-matrix` answer read with the user's access.
 */
export const EditorsDashboard = () => {
  const { config } = useConfig()
  const apiBase = `${config.serverURL ?? ''}${config.routes.api}`
  const adminBase = config.routes.admin
  const [frameworks, setFrameworks] = useState<Choice[]>([])
  const [organisations, setOrganisations] = useState<Choice[]>([])
  const [framework, setFramework] = useState('')
  const [organisation, setOrganisation] = useState('')
  const [matrix, setMatrix] = useState<CoverageMatrix | null>(null)
  const [error, setError] = useState<null | string>(null)

  // the choices, and the edition of the most recently changed report the user can see as the first selection
  useEffect(() => {
    const controller = new AbortController()
    const { signal } = controller
    Promise.all([
      fetchAllPages<Choice>(`${apiBase}/frameworks`, 'depth=0&sort=name&select[name]=true&select[edition]=true', signal),
      fetchAllPages<Choice>(`${apiBase}/organisations`, 'depth=0&sort=name&select[name]=true', signal),
      fetch(`${apiBase}/reports?draft=true&depth=0&limit=1&sort=-updatedAt&select[framework]=true`, { credentials: 'include', signal }).then(
        (r) => (r.ok ? (r.json() as Promise<{ docs: { framework?: string }[] }>) : { docs: [] }),
      ),
    ])
      .then(([f, o, latest]) => {
        setFrameworks(f)
        setOrganisations(o)
        setFramework((current) => current || String(latest.docs[0]?.framework ?? f[0]?.id ?? ''))
      })
      .catch((e: unknown) => !signal.aborted && setError(e instanceof Error ? e.message : String(e)))
    return () => controller.abort()
  }, [apiBase])

  useEffect(() => {
    if (!framework) return
    const controller = new AbortController()
    const query = new URLSearchParams({ framework, ...(organisation ? { organisation } : {}) })
    setError(null)
    fetch(`${apiBase}/reports/coverage-matrix?${query.toString()}`, { credentials: 'include', cache: 'no-store', signal: controller.signal })
      .then(async (response) => {
        const body = (await response.json()) as CoverageMatrix & { errors?: { message: string }[] }
        if (!response.ok) throw new Error(body.errors?.[0]?.message ?? String(response.status))
        setMatrix(body)
      })
      .catch((e: unknown) => !controller.signal.aborted && setError(e instanceof Error ? e.message : String(e)))
    return () => controller.abort()
  }, [apiBase, framework, organisation])

  return (
    <section className="impact-dashboard" aria-labelledby="impact-dashboard-title" data-state={error ? 'error' : matrix ? 'loaded' : 'loading'}>
      <h2 id="impact-dashboard-title" className="impact-dashboard__title">Goal coverage</h2>
      <div className="impact-dashboard__filters">
        <label>
          Framework edition{' '}
          <select value={framework} onChange={(e) => setFramework(e.target.value)} name="coverage-framework">
            {frameworks.map((f) => (
              <option key={f.id} value={f.id}>
                {frameworkLabel(f)}
              </option>
            ))}
          </select>
        </label>
        <label>
          Organisation{' '}
          <select value={organisation} onChange={(e) => setOrganisation(e.target.value)} name="coverage-organisation">
            <option value="">All you can see</option>
            {organisations.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </label>
      </div>
      {error && <p className="impact-dashboard__error" role="alert">Could not load goal coverage: {error}</p>}
      {!error && !matrix && <p className="impact-dashboard__hint">Loading…</p>}
      {matrix && (
        <>
          <ReportsInProgress adminBase={adminBase} reports={matrix.reports} />
          <CoverageHeatmap adminBase={adminBase} matrix={matrix} />
        </>
      )}
    </section>
  )
}
