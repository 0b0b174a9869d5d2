import { refId, type Ref } from '../refs.js'
import { buildAlignment, type AlignmentGoalInput, type MappingRow } from './alignment.js'
import { buildCoverage, type CoverageEvidenceInput, type DeclarationRow } from './coverage.js'
import type { AssembledAlignment, AssembledCoverage } from './coverageTypes.js'

/** A goal as the assembly has it (depth 0); `mappings` is read as rows of goal, basis and note. */
type GoalDoc = { id: string; number: number; title: string; framework: Ref; mappings?: unknown }
type EvidenceDoc = CoverageEvidenceInput & { id: string }
type FrameworkDoc = { id: string; name: string; edition: string; slug?: string | null }

export type CoverageAndAlignment = { coverage: AssembledCoverage; alignment: AssembledAlignment[] }

const mappingRows = (value: unknown): MappingRow[] =>
  Array.isArray(value) ? value.filter((row): row is MappingRow => row !== null && typeof row === 'object' && 'goal' in row) : []

const asGoalInput = (doc: GoalDoc): AlignmentGoalInput => ({
  id: doc.id,
  number: doc.number,
  title: doc.title,
  framework: doc.framework,
  mappings: mappingRows(doc.mappings),
})

/**
 * The report's coverage and alignment blocks, from what the assembly has read: every goal of every edition (the
 * edition's goals for coverage; the evidence's goals, those they map to and those mapping to them for alignment)
 * and every framework edition. No query of its own.
 */
export const coverageAndAlignment = (input: {
  report: { framework?: unknown; coverage?: unknown }
  evidence: EvidenceDoc[]
  everyGoal: GoalDoc[]
  frameworks: FrameworkDoc[]
  draft: boolean
}): CoverageAndAlignment => {
  const frameworkId = refId(input.report.framework as Ref | null | undefined)
  return {
    coverage: buildCoverage({
      editionGoals: input.everyGoal.filter((g) => refId(g.framework) === frameworkId),
      declarations: input.report.coverage as DeclarationRow[] | null | undefined,
      evidence: input.evidence,
      draft: input.draft,
    }),
    alignment: buildAlignment({
      reportFramework: frameworkId,
      evidence: input.evidence,
      goals: input.everyGoal.map(asGoalInput),
      frameworks: input.frameworks.map((f) => ({ id: f.id, slug: f.slug ?? null, name: f.name, edition: f.edition })),
    }),
  }
}
