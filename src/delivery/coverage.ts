import { refId, type Ref } from '../refs.js'
import type { AssembledCoverage, AssuranceCount, CoverageDeclaration, CoverageGoal, CoverageGoalStatus } from './coverageTypes.js'

/** A goal of the edition as the coverage reads it. */
export type CoverageGoalInput = { id: string; number: number; title: string }
/** An evidence item as the coverage reads it (`_status` of the version the reader sees). */
export type CoverageEvidenceInput = { goal?: Ref | null; assurance?: string | null; _status?: string | null }
/** A row of `reports.coverage` as stored (depth 0 or populated). */
export type DeclarationRow = { goal?: Ref | null; status?: string | null; reason?: string | null; reasonSource?: string | null }

const declaredStatuses = new Set(['covered', 'not-applicable', 'planned', 'not-reported'])
// most assured first, so a reader sees the strongest claims at the top; levels added later sort after these
const assuranceOrder = ['audited', 'verified', 'self-reported']

/** The stored declaration rows by goal ID (the first one wins; validation refuses duplicates). */
export const declarationsByGoal = (rows: DeclarationRow[] | null | undefined): Map<string, CoverageDeclaration> => {
  const byGoal = new Map<string, CoverageDeclaration>()
  for (const row of rows ?? []) {
    const goal = refId(row?.goal)
    if (!goal || byGoal.has(goal) || !declaredStatuses.has(String(row.status))) continue
    byGoal.set(goal, {
      status: row.status as CoverageDeclaration['status'],
      reason: row.reason?.trim() || null,
      reasonSource: row.reasonSource === 'source' || row.reasonSource === 'editorial' ? row.reasonSource : null,
    })
  }
  return byGoal
}

/**
 * The rule, in one place: a goal is covered when the report has live evidence for it or declares it covered;
 * otherwise it is explained by a `not-applicable`, `planned` or `not-reported` declaration (the field requires a
 * reason for those); otherwise it is `unexplained`.
 */
export const goalStatus = (hasLiveEvidence: boolean, declaration: CoverageDeclaration | undefined): Pick<CoverageGoal, 'status' | 'coveredBy'> => {
  if (hasLiveEvidence) return { status: 'covered', coveredBy: 'evidence' }
  if (declaration?.status === 'covered') return { status: 'covered', coveredBy: 'declaration' }
  if (declaration) return { status: declaration.status, coveredBy: null }
  return { status: 'unexplained', coveredBy: null }
}

const assuranceMix = (items: CoverageEvidenceInput[]): AssuranceCount[] => {
  const counts = new Map<string, number>()
  for (const item of items) {
    const level = item.assurance ?? 'self-reported'
    counts.set(level, (counts.get(level) ?? 0) + 1)
  }
  const rank = (level: string) => (assuranceOrder.includes(level) ? assuranceOrder.indexOf(level) : assuranceOrder.length)
  return [...counts].map(([level, count]) => ({ level, count })).sort((a, b) => rank(a.level) - rank(b.level) || a.level.localeCompare(b.level))
}

/**
 * The coverage block of one report from what the reader sees: the edition's goals, the report's declarations and
 * its evidence (published versions in the public view; latest versions in a preview, where items not published
 * count as in progress). Pure: no queries.
 */
export const buildCoverage = (input: {
  editionGoals: CoverageGoalInput[]
  declarations: DeclarationRow[] | null | undefined
  evidence: CoverageEvidenceInput[]
  /** A preview of latest versions: in-progress items are counted; the public view leaves them out (null). */
  draft: boolean
}): AssembledCoverage => {
  const declared = declarationsByGoal(input.declarations)
  const evidenceByGoal = new Map<string, CoverageEvidenceInput[]>()
  for (const item of input.evidence) {
    const goal = refId(item.goal)
    if (goal) evidenceByGoal.set(goal, [...(evidenceByGoal.get(goal) ?? []), item])
  }
  const goals = [...input.editionGoals]
    .sort((a, b) => a.number - b.number)
    .map((goal): CoverageGoal => {
      const items = evidenceByGoal.get(goal.id) ?? []
      const published = items.filter((item) => item._status === 'published')
      const declaration = declared.get(goal.id)
      return {
        goal: { id: goal.id, number: goal.number, title: goal.title },
        ...goalStatus(published.length > 0, declaration),
        declaration: declaration ?? null,
        evidence: { published: published.length, inProgress: input.draft ? items.length - published.length : null },
        assurance: assuranceMix(input.draft ? items : published),
      }
    })
  const count = (status: CoverageGoalStatus) => goals.filter((g) => g.status === status).length
  const totals = {
    goals: goals.length,
    covered: count('covered'),
    notApplicable: count('not-applicable'),
    planned: count('planned'),
    notReported: count('not-reported'),
    unexplained: count('unexplained'),
  }
  return { complete: totals.unexplained === 0, totals, goals }
}
