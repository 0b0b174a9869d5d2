/** Who an item in a workflow stage waits on (src/workflow/permissions.ts: who may perform its next transitions). */
export type WaitingOn = 'authors' | 'reviewers' | 'editors'

const waitingOnByStage: Record<string, WaitingOn> = {
  draft: 'authors',
  changes_requested: 'authors',
  in_review: 'reviewers',
  approved: 'editors',
}

/** The distinct parties items in these stages wait on, in the order the workflow reaches them. */
export const waitingOnFor = (stages: string[]): WaitingOn[] => {
  const parties = new Set(stages.map((stage) => waitingOnByStage[stage]).filter(Boolean))
  return (['authors', 'reviewers', 'editors'] as const).filter((party) => parties.has(party))
}
