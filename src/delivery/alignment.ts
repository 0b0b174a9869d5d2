import { refId, type Ref } from '../refs.js'
import type { AlignedGoal, AssembledAlignment, MappingBasis } from './coverageTypes.js'

/** A row of `goals.mappings` as stored (depth 0 or populated). */
export type MappingRow = { goal?: Ref | null; basis?: string | null; note?: string | null }
export type AlignmentGoalInput = { id: string; number: number; title: string; framework: Ref; mappings?: MappingRow[] | null }
export type AlignmentFrameworkInput = { id: string; slug?: string | null; name: string; edition: string }
export type AlignmentEvidenceInput = { id: string; goal?: Ref | null }

type Edge = { target: string; basis: MappingBasis; note: string | null }

const basisOf = (row: MappingRow): MappingBasis => (row.basis === 'official' ? 'official' : 'inferred')

/**
 * Mappings are stored on one side (Purpose Goal 8 → SDG 3) and read both ways: every goal's edges to the goals
 * it maps to, and to the goals that map to it.
 */
const edgesByGoal = (goals: AlignmentGoalInput[]): Map<string, Edge[]> => {
  const edges = new Map<string, Edge[]>()
  const add = (from: string, edge: Edge) => {
    const list = edges.get(from) ?? []
    if (!list.some((e) => e.target === edge.target)) edges.set(from, [...list, edge])
  }
  for (const goal of goals) {
    for (const row of goal.mappings ?? []) {
      const other = refId(row.goal)
      if (!other || other === goal.id) continue
      const edge = { basis: basisOf(row), note: row.note?.trim() || null }
      add(goal.id, { ...edge, target: other })
      add(other, { ...edge, target: goal.id })
    }
  }
  return edges
}

/**
 * The report's evidence rolled up to every other framework its goals are mapped to: per framework the goals
 * reached, with the evidence that reaches them and how (basis, note). Only goals reached by at least one item
 * appear. Pure: `goals` must hold the evidence's goals, the goals they map to and the goals mapping to them.
 */
export const buildAlignment = (input: {
  reportFramework: string | undefined
  evidence: AlignmentEvidenceInput[]
  goals: AlignmentGoalInput[]
  frameworks: AlignmentFrameworkInput[]
}): AssembledAlignment[] => {
  const goalById = new Map(input.goals.map((g) => [g.id, g]))
  const frameworkById = new Map(input.frameworks.map((f) => [f.id, f]))
  const edges = edgesByGoal(input.goals)
  type Reached = { goal: AlignmentGoalInput; evidence: string[]; via: Map<string, AlignedGoal['via'][number]> }
  const reached = new Map<string, Reached>()

  for (const item of input.evidence) {
    const source = goalById.get(refId(item.goal) ?? '')
    if (!source) continue
    for (const edge of edges.get(source.id) ?? []) {
      const target = goalById.get(edge.target)
      if (!target || refId(target.framework) === input.reportFramework) continue
      const entry: Reached = reached.get(target.id) ?? { goal: target, evidence: [], via: new Map() }
      if (!entry.evidence.includes(item.id)) entry.evidence.push(item.id)
      entry.via.set(source.id, { number: source.number, title: source.title, basis: edge.basis, note: edge.note })
      reached.set(target.id, entry)
    }
  }

  const byFramework = new Map<string, Reached[]>()
  for (const entry of reached.values()) {
    const framework = refId(entry.goal.framework) ?? ''
    byFramework.set(framework, [...(byFramework.get(framework) ?? []), entry])
  }
  return [...byFramework]
    .map(([frameworkId, entries]): AssembledAlignment | null => {
      const framework = frameworkById.get(frameworkId)
      if (!framework) return null
      const goals = entries
        .sort((a, b) => a.goal.number - b.goal.number)
        .map(({ goal, evidence, via }): AlignedGoal => {
          const paths = [...via.values()].sort((a, b) => a.number - b.number)
          return {
            id: goal.id,
            number: goal.number,
            title: goal.title,
            evidenceCount: evidence.length,
            evidence,
            basis: paths.every((p) => p.basis === 'official') ? 'official' : 'inferred',
            via: paths,
          }
        })
      return {
        framework: { id: framework.id, slug: framework.slug ?? null, name: framework.name, edition: framework.edition },
        evidenceCount: new Set(goals.flatMap((g) => g.evidence)).size,
        goals,
      }
    })
    .filter((a): a is AssembledAlignment => a !== null)
    .sort((a, b) => a.framework.name.localeCompare(b.framework.name) || a.framework.edition.localeCompare(b.framework.edition))
}
