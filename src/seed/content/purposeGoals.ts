import type { GoalMappingSeed, GoalSeed } from './types.js'

/**
 * Correspondences with the UN SDGs. Neither source article maps Purpose Goals to SDGs and we know of no mapping
 * published by the Purpose Coalition, so every one is `inferred`: matched by subject by the editors of this seed,
 * with the reasoning in the note.
 */
const sdg = (note: string, ...numbers: number[]): GoalMappingSeed[] =>
  numbers.map((number) => ({ framework: 'un-sdgs', number, basis: 'inferred', note: `Editorial: ${note}` }))

/**
 * The 14 Purpose Goals as first published. Groups follow the articles only: the goals "cover key life
 * stages, from early years to positive destinations post-16+ as well as the barriers that can prevent
 * people from accessing opportunity, such as the digital divide and infrastructure". Other goals are
 * left ungrouped rather than guessed. SDG mappings only where the correspondence is plain, each marked inferred.
 */
export const purposeGoals2021: GoalSeed[] = [
  { number: 1, title: 'Strong foundations in Early Years', group: 'life-stage', mappings: sdg('early years learning falls under SDG 4 (target 4.2, early childhood development).', 4) },
  { number: 2, title: 'Successful school years', group: 'life-stage', mappings: sdg('schooling is the subject of SDG 4, quality education.', 4) },
  { number: 3, title: 'Positive destinations post-16+', group: 'life-stage' },
  { number: 4, title: 'Right advice and experiences' },
  { number: 5, title: 'Open recruitment', mappings: sdg('access to work is part of SDG 8, decent work.', 8) },
  { number: 6, title: 'Fair career progression', mappings: sdg('progression at work is part of SDG 8, decent work.', 8) },
  { number: 7, title: 'Personal financial security', mappings: sdg('financial security is the other side of SDG 1, no poverty.', 1) },
  { number: 8, title: 'Good health and wellbeing', mappings: sdg('both goals are good health and wellbeing (SDG 3).', 3) },
  { number: 9, title: 'Extending enterprise', mappings: sdg('entrepreneurship is part of SDG 8 (target 8.3).', 8) },
  { number: 10, title: 'Closing the digital divide', group: 'barrier' },
  { number: 11, title: 'Infrastructure for opportunity', group: 'barrier', mappings: sdg('infrastructure is the subject of SDG 9.', 9) },
  { number: 12, title: 'Building homes & sustainable communities', mappings: sdg('housing and sustainable communities are the subject of SDG 11.', 11) },
  { number: 13, title: 'Harness the energy transition', mappings: sdg('the energy transition concerns clean energy (SDG 7) and climate action (SDG 13).', 7, 13) },
  { number: 14, title: 'Achieve equality, through diversity & inclusion', mappings: sdg('equality and inclusion concern gender equality (SDG 5) and reduced inequalities (SDG 10).', 5, 10) },
]

/** The current edition: Goal 10 widened to the AI divide, Goal 15 added. */
export const purposeGoalsCurrent: GoalSeed[] = [
  ...purposeGoals2021.map((goal) => (goal.number === 10 ? { ...goal, title: 'Closing the digital and AI divide' } : goal)),
  { number: 15, title: 'Working in Partnership', mappings: sdg('partnership is the subject of SDG 17.', 17) },
]
