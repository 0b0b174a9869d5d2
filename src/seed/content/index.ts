import { frameworks } from './frameworks.js'
import { organisations } from './organisations.js'
import { people } from './people.js'
import { purposeGoals2021, purposeGoalsCurrent } from './purposeGoals.js'
import { hctReport } from './reports/hct.js'
import { swftReport } from './reports/swft.js'
import { sdgs } from './sdgs.js'
import type { FrameworkSlug, GoalSeed, ReportSeed } from './types.js'

export type * from './types.js'
export { frameworks, organisations, people }

/** Goals of each framework edition, written in this order so that the goals they map to exist first. */
export const goalsByFramework: [FrameworkSlug, GoalSeed[]][] = [
  ['un-sdgs', sdgs],
  ['purpose-goals-2021', purposeGoals2021],
  ['purpose-goals-current', purposeGoalsCurrent],
]

export const reports: ReportSeed[] = [hctReport, swftReport]
