'use client'
import { evidenceListHref, type CoverageMatrix } from './coverageTypes.js'

/** Heat steps by evidence count: 0 is a gap, 3 or more is well covered. */
const heat = (count: number) => Math.min(count, 3)

/** Goals (rows) × reports (columns): evidence per cell, published and in progress, each cell linked to that evidence. */
export const CoverageHeatmap = ({ adminBase, matrix }: { adminBase: string; matrix: CoverageMatrix }) => {
  const cells = new Map(matrix.cells.map((c) => [`${c.goal}:${c.report}`, c]))
  if (!matrix.reports.length) return <p className="impact-dashboard__hint">No report of this edition to show.</p>
  return (
    <div className="impact-dashboard__heatmap-wrap">
      <table className="impact-heatmap" aria-describedby="coverage-legend">
        <caption className="impact-heatmap__caption">Evidence per goal and report</caption>
        <thead>
          <tr>
            <th scope="col">Goal</th>
            {matrix.reports.map((r) => (
              <th key={r.id} scope="col" className="impact-heatmap__report">
                <a href={`${adminBase}/collections/reports/${encodeURIComponent(r.id)}`}>{r.title}</a>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {matrix.goals.map((goal) => (
            <tr key={goal.id}>
              <th scope="row" className="impact-heatmap__goal">
                {typeof goal.number === 'number' ? `${goal.number}. ` : ''}
                {goal.title}
              </th>
              {matrix.reports.map((report) => {
                const cell = cells.get(`${goal.id}:${report.id}`)
                const total = cell ? cell.published + cell.inProgress : 0
                const label = cell ? `${cell.published} published, ${cell.inProgress} in progress` : 'no evidence'
                return (
                  <td key={report.id} className={`impact-heatmap__cell impact-heatmap__cell--${heat(total)}`} data-goal={goal.id} data-report={report.id} data-count={total}>
                    {cell ? (
                      <a href={evidenceListHref(adminBase, report.id, goal.id)} title={label} aria-label={`${goal.title} in ${report.title}: ${label}`}>
                        <span className="impact-heatmap__published">{cell.published}</span>
                        {cell.inProgress > 0 && <span className="impact-heatmap__in-progress"> +{cell.inProgress}</span>}
                      </a>
                    ) : (
                      <span className="impact-heatmap__gap" title={label}>
                        –<span className="impact-visually-hidden"> no evidence</span>
                      </span>
                    )}
                  </td>
                )
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <p id="coverage-legend" className="impact-dashboard__hint">
        Each cell: published evidence, + evidence in progress; – is a gap. Click a cell for that evidence.
      </p>
    </div>
  )
}
