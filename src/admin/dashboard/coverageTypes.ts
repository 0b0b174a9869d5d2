// The answer of GET /api/reports/coverage-matrix, as the browser receives it (types only: no server code here).
export type { CoverageCell, CoverageGoal, CoverageMatrix, CoverageReport } from '../coverage/coverageMatrix.js'
export type { WaitingOn } from '../coverage/waitingOn.js'

/** The filtered evidence list of one report and goal, as Payload's list view reads its filter from the URL. */
export const evidenceListHref = (adminBase: string, report: string, goal: string) =>
  `${adminBase}/collections/evidence?${new URLSearchParams({
    'where[or][0][and][0][report][equals]': report,
    'where[or][0][and][1][goal][equals]': goal,
  }).toString()}`
