'use client'
import { StageBadge } from '../../../plugins/workflow/components/StageBadge.js'
import type { CoverageReport, WaitingOn } from './coverageTypes.js'

const waitingOnLabel: Record<WaitingOn, string> = { authors: 'authors', reviewers: 'reviewers', editors: 'editors (publish)' }
const stageOrder = ['draft', 'changes_requested', 'in_review', 'approved', 'published', 'unpublished']

/** Per report not yet published: its stage, its items per stage and who must act next. */
export const ReportsInProgress = ({ adminBase, reports }: { adminBase: string; reports: CoverageReport[] }) => {
  const inProgress = reports.filter((r) => r.stage !== 'published')
  return (
    <div className="impact-dashboard__progress">
      <h3 id="reports-in-progress-title">Reports in progress</h3>
      {inProgress.length === 0 ? (
        <p className="impact-dashboard__hint">No report of this edition is in progress.</p>
      ) : (
        <table className="impact-dashboard__table" aria-labelledby="reports-in-progress-title">
          <thead>
            <tr>
              <th scope="col">Report</th>
              <th scope="col">Stage</th>
              <th scope="col">Items by stage</th>
              <th scope="col">Waiting on</th>
            </tr>
          </thead>
          <tbody>
            {inProgress.map((report) => (
              <tr key={report.id} data-report={report.id}>
                <th scope="row">
                  <a href={`${adminBase}/collections/reports/${encodeURIComponent(report.id)}`}>{report.title}</a>
                </th>
                <td>
                  <StageBadge stage={report.stage} />
                </td>
                <td className="impact-dashboard__stage-counts">
                  {Object.keys(report.stageCounts).length === 0
                    ? 'no items yet'
                    : Object.entries(report.stageCounts)
                        .sort(([a], [b]) => stageOrder.indexOf(a) - stageOrder.indexOf(b))
                        .map(([stage, count]) => (
                          <span key={stage} className="impact-dashboard__stage-count" data-stage={stage}>
                            {count} <StageBadge stage={stage} />
                          </span>
                        ))}
                </td>
                <td className="impact-dashboard__waiting-on">{report.waitingOn.map((w) => waitingOnLabel[w]).join(', ') || 'nobody'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  )
}
