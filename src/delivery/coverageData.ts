import type { PayloadRequest } from 'payload'
import { slugs } from '../../collections/slugs.js'
import { refId, refIds, type Ref } from '../refs.js'
import { deliveryFind } from './leanRead.js'
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
 * The report's coverage and alignment blocks, read as the caller (goals and frameworks are public reference data).
 * One round whatever the number of items: the goals the edition and the mappings add (every goal of the edition,
 * the goals the evidence's goals map to and those mapping to them), and the framework editions unless given.
 * `goals` are the goal documents the assembly already read (those its evidence cites).
 */
export const loadCoverageAndAlignment = async (
  req: PayloadRequest,
  input: {
    report: { framework?: unknown; coverage?: unknown }
    evidence: EvidenceDoc[]
    goals: GoalDoc[]
    /** Every goal of every edition, when the caller has read them already (the assembly does): saves the network query. */
    everyGoal?: GoalDoc[]
    /** Every framework edition, when the caller has read them already (the assembly does): saves a query. */
    frameworks?: FrameworkDoc[]
    draft: boolean
  },
): Promise<CoverageAndAlignment> => {
  const frameworkId = refId(input.report.framework as Ref | null | undefined)
  const cited = refIds(input.evidence.map((e) => e.goal))
  const forward = refIds(input.goals.filter((g) => cited.includes(g.id)).flatMap((g) => mappingRows(g.mappings).map((row) => row.goal)))
  const common = { req, user: req.user, overrideAccess: false, depth: 0, pagination: false } as const
  const [network, frameworks] = await Promise.all([
    input.everyGoal ??
      // straight from the adapter when Payload's afterRead walk would change nothing (leanRead.ts): every goal of the edition
      deliveryFind(req, {
        collection: slugs.goals,
        where: {
          or: [
            ...(frameworkId ? [{ framework: { equals: frameworkId } }] : []),
            ...(forward.length ? [{ id: { in: forward } }] : []),
            ...(cited.length ? [{ 'mappings.goal': { in: cited } }] : []),
          ],
        },
        select: { number: true, title: true, framework: true, mappings: true },
        draft: false,
      }).then((docs) => docs as unknown as GoalDoc[]),
    input.frameworks ??
      req.payload
        .find({ ...common, collection: slugs.frameworks, joins: false, select: { name: true, edition: true, slug: true } })
        .then((r) => r.docs),
  ])
  const goals = new Map<string, GoalDoc>([...input.goals, ...network].map((g) => [g.id, g]))
  const editionGoals = [...goals.values()].filter((g) => refId(g.framework) === frameworkId)
  return {
    coverage: buildCoverage({
      editionGoals,
      declarations: input.report.coverage as DeclarationRow[] | null | undefined,
      evidence: input.evidence,
      draft: input.draft,
    }),
    alignment: buildAlignment({
      reportFramework: frameworkId,
      evidence: input.evidence,
      goals: [...goals.values()].map(asGoalInput),
      frameworks: frameworks.map((f) => ({ id: f.id, slug: f.slug ?? null, name: f.name, edition: f.edition })),
    }),
  }
}
