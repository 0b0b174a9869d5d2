import type { GoalRef, GoalSeed } from './types.js'

const sdg = (...numbers: number[]): GoalRef[] => numbers.map((number) => ({ framework: 'un-sdgs', number }))

/**
 * The 14 Purpose Goals as first published. Groups follow the articles only: the goals "cover key life
 * stages, from early years to positive destinations post-16+ as well as the barriers that can prevent
 * people from accessing opportunity, such as the digital divide and infrastructure". Other goals are
 * left ungrouped rather than guessed. SDG mappings only where the correspondence is plain.
 */
export const purposeGoals2021: GoalSeed[] = [
  { number: 1, title: 'Strong foundations in Early Years', group: 'life-stage', mappings: sdg(4) },
  { number: 2, title: 'Successful school years', group: 'life-stage', mappings: sdg(4) },
  { number: 3, title: 'Positive destinations post-16+', group: 'life-stage' },
  { number: 4, title: 'Right advice and experiences' },
  { number: 5, title: 'Open recruitment', mappings: sdg(8) },
  { number: 6, title: 'Fair career progression', mappings: sdg(8) },
  { number: 7, title: 'Personal financial security', mappings: sdg(1) },
  { number: 8, title: 'Good health and wellbeing', mappings: sdg(3) },
  { number: 9, title: 'Extending enterprise', mappings: sdg(8) },
  { number: 10, title: 'Closing the digital divide', group: 'barrier' },
  { number: 11, title: 'Infrastructure for opportunity', group: 'barrier', mappings: sdg(9) },
  { number: 12, title: 'Building homes & sustainable communities', mappings: sdg(11) },
  { number: 13, title: 'Harness the energy transition', mappings: sdg(7, 13) },
  { number: 14, title: 'Achieve equality, through diversity & inclusion', mappings: sdg(5, 10) },
]

/** The current edition: Goal 10 widened to the AI divide, Goal 15 added. */
export const purposeGoalsCurrent: GoalSeed[] = [
  ...purposeGoals2021.map((goal) => (goal.number === 10 ? { ...goal, title: 'Closing the digital and AI divide' } : goal)),
  { number: 15, title: 'Working in Partnership', mappings: sdg(17) },
]
