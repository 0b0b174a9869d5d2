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

/**
 * Declared reasons by goal ID from the assembled report's `coverage` block, when the report has one
 * (coverage declarations: per goal a status and the reason it is not covered). Read defensively: older
 * assembled documents have no block, and an entry without a goal or a reason adds nothing.
 */
export const declaredReasons = (doc: AssembledReport): Map<string, string> => {
  const reasons = new Map<string, string>()
  const coverage: unknown = (doc as AssembledReport & { coverage?: unknown }).coverage
  const entries: unknown = isRecord(coverage) ? coverage.goals : coverage
  if (!Array.isArray(entries)) return reasons
  for (const entry of entries) {
    if (!isRecord(entry)) continue
    const goal = isRecord(entry.goal) ? entry.goal : undefined
    const goalId = text(goal?.id) ?? text(entry.goalId) ?? (typeof entry.goal === 'string' ? entry.goal : null)
    const declaration = isRecord(entry.declaration) ? entry.declaration : isRecord(entry.declared) ? entry.declared : undefined
    const reason = text(entry.reason) ?? text(declaration?.reason)
    if (goalId && reason) reasons.set(goalId, reason)
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
