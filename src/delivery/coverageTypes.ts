/**
 * What issue 11 (items 1 and 2) adds to the assembled report, GraphQL `impactReport` and
 * `GET /api/reports/{slug}/coverage`: per goal of the edition, what the report covers and why not; and its
 * evidence rolled up to the goals of every framework its goals are mapped to.
 */

/** The declared status of a goal; `unexplained` when there is neither live evidence nor a declaration. */
export type CoverageGoalStatus = 'covered' | 'not-applicable' | 'planned' | 'not-reported' | 'unexplained'

export type CoverageDeclaration = {
  status: 'covered' | 'not-applicable' | 'planned' | 'not-reported'
  reason: string | null
  /** `source`: the published report's own words; `editorial`: the editors of this site. */
  reasonSource: 'source' | 'editorial' | null
}

export type AssuranceCount = { level: string; count: number }

export type CoverageGoal = {
  goal: { id: string; number: number; title: string }
  /** `covered` when published evidence exists or the report declares it covered, else the declaration's status. */
  status: CoverageGoalStatus
  /** What makes it covered: published evidence first, else the declaration; null when not covered. */
  coveredBy: 'evidence' | 'declaration' | null
  declaration: CoverageDeclaration | null
  evidence: {
    published: number
    /** Items not (yet) published; null in the public view, which never counts drafts. */
    inProgress: number | null
  }
  /** Evidence-level assurance of the counted items (published ones in the public view), most assured first. */
  assurance: AssuranceCount[]
}

export type AssembledCoverage = {
  /** True when every goal of the edition is covered or explained: what publishing requires. */
  complete: boolean
  totals: { goals: number; covered: number; notApplicable: number; planned: number; notReported: number; unexplained: number }
  /** Every goal of the report's framework edition, by number. */
  goals: CoverageGoal[]
}

export type MappingBasis = 'official' | 'inferred'

export type AlignedGoal = {
  id: string
  number: number
  title: string
  /** Distinct evidence items of the report reaching this goal through a mapping. */
  evidenceCount: number
  /** Their IDs, in the report's order. */
  evidence: string[]
  /** `official` only when every mapping the evidence travels along is official. */
  basis: MappingBasis
  /** The report's goals this one is reached from, with each mapping's basis and note. */
  via: { number: number; title: string; basis: MappingBasis; note: string | null }[]
}

export type AssembledAlignment = {
  framework: { id: string; slug: string | null; name: string; edition: string }
  /** Distinct evidence items of the report that reach this framework. */
  evidenceCount: number
  goals: AlignedGoal[]
}
