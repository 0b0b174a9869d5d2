import type { AssembledReport } from '../delivery/types.js'

/** A goal of the report's framework edition as the export's content index lists it. */
export type IndexGoal = { id: string; number: number; title: string }

export type IndexEntry = IndexGoal & {
  /** Evidence items of this report for the goal (0: not covered). */
  evidenceCount: number
  /** Why the goal has no evidence: the report's declared reason, or the default sentence. */
  reason: string | null
}

export const noEvidenceReason = 'No evidence in this report'

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)
const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value.trim() : null)

const statusLabels: Record<string, string> = {
  covered: 'Covered',
  'not-applicable': 'Not applicable',
  planned: 'Planned',
  'not-reported': 'Not reported',
}

/** The `coverage.goals` entries of the assembled report, when it has them (older documents have none). */
const coverageEntries = (doc: AssembledReport): Record<string, unknown>[] => {
  const coverage: unknown = (doc as AssembledReport & { coverage?: unknown }).coverage
  const entries: unknown = isRecord(coverage) ? coverage.goals : undefined
  return Array.isArray(entries) ? entries.filter(isRecord) : []
}

/** Every goal of the edition as the assembled report's coverage block lists them (empty without one). */
export const coverageGoals = (doc: AssembledReport): IndexGoal[] =>
  coverageEntries(doc).flatMap((entry) => {
    const goal = isRecord(entry.goal) ? entry.goal : undefined
    return goal && typeof goal.id === 'string' && typeof goal.number === 'number' && typeof goal.title === 'string'
      ? [{ id: goal.id, number: goal.number, title: goal.title }]
      : []
  })

/**
 * The report's declaration for each goal it declares (`coverage.goals[].declaration`), as the index states it:
 * "Not applicable: <reason>". Read defensively: an entry without a goal or a declaration adds nothing.
 */
export const declaredReasons = (doc: AssembledReport): Map<string, string> => {
  const reasons = new Map<string, string>()
  for (const entry of coverageEntries(doc)) {
    const goalId = isRecord(entry.goal) ? text(entry.goal.id) : null
    const declaration = isRecord(entry.declaration) ? entry.declaration : undefined
    const status = typeof declaration?.status === 'string' ? (statusLabels[declaration.status] ?? declaration.status) : null
    const reason = text(declaration?.reason)
    if (goalId && (status || reason)) reasons.set(goalId, [status, reason].filter(Boolean).join(': '))
  }
  return reasons
}

/**
 * Every goal of the edition in number order (plus any goal the report cites that the edition list lacks), each
 * with its evidence count, or the reason it is not covered.
 */
export const contentIndex = (doc: AssembledReport, editionGoals: IndexGoal[]): IndexEntry[] => {
  const reasons = declaredReasons(doc)
  const evidenceCount = new Map(doc.goals.map((g) => [g.id, g.evidence.length]))
  const goals = new Map<string, IndexGoal>()
  for (const g of [...editionGoals, ...doc.goals]) if (!goals.has(g.id)) goals.set(g.id, { id: g.id, number: g.number, title: g.title })
  return [...goals.values()]
    .sort((a, b) => a.number - b.number)
    .map((g) => {
      const count = evidenceCount.get(g.id) ?? 0
      return { ...g, evidenceCount: count, reason: count > 0 ? null : (reasons.get(g.id) ?? noEvidenceReason) }
    })
}
