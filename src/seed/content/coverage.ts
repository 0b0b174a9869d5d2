/**
 * Coverage declarations of the two seeded reports: for every Purpose Goal of the 2021 edition, covered, planned or
 * not reported, with a reason. `source` reasons quote the launch articles word for word; `editorial` reasons are
 * the seed editors' own words. The full reports were not available to the seed, so a goal an article is silent
 * about is "not reported", never guessed to be not applicable or planned.
 */
export type CoverageSeed = {
  /** Goal number in the report's framework edition. */
  goal: number
  status: 'covered' | 'not-applicable' | 'planned' | 'not-reported'
  reason: string
  reasonSource: 'source' | 'editorial'
}

const silent = (article: string): string =>
  `The ${article} launch article names no work towards this goal; the full report was not available to the seed's editors.`

const notReported = (article: string, ...goals: number[]): CoverageSeed[] =>
  goals.map((goal) => ({ goal, status: 'not-reported', reason: silent(article), reasonSource: 'editorial' }))

/** Hertfordshire Community NHS Trust, Levelling Up Impact Report: all 14 goals. */
const hct: CoverageSeed[] = [
  {
    goal: 1,
    status: 'covered',
    reason: 'The article names “its work to support vulnerable children”; the seed editors place it under early years (the article names no goal for it).',
    reasonSource: 'editorial',
  },
  {
    goal: 4,
    status: 'covered',
    reason: 'These include its outreach with local schools to promote career pathways in the NHS, as well as its work to support vulnerable children.',
    reasonSource: 'source',
  },
  {
    goal: 5,
    status: 'planned',
    reason:
      'The report also makes a number of recommendations where the Trust can build on its existing achievements, extending its outreach to more deprived areas, expanding its pre-employment support and ensuring that it attracts more underrepresented groups.',
    reasonSource: 'source',
  },
  {
    goal: 7,
    status: 'covered',
    reason:
      'The article puts “supporting its staff with the cost of living as well as with financial education” under good health and wellbeing; the seed editors read the financial education as personal financial security too.',
    reasonSource: 'editorial',
  },
  {
    goal: 8,
    status: 'covered',
    reason:
      'It has made it a priority to provide personalised healthcare for those communities who have acute needs and are most at risk from the impact of health inequalities, as evidenced in its Pulmonary Rehabilitation Service and its Special Care Dental Service.',
    reasonSource: 'source',
  },
  {
    goal: 13,
    status: 'covered',
    reason: 'Its Green Plan sets out its pathway to net zero, using its local footprint to introduce sustainable changes in a range of areas.',
    reasonSource: 'source',
  },
  {
    goal: 14,
    status: 'planned',
    reason:
      'The report also makes a number of recommendations where the Trust can build on its existing achievements, extending its outreach to more deprived areas, expanding its pre-employment support and ensuring that it attracts more underrepresented groups.',
    reasonSource: 'source',
  },
  ...notReported('HCT', 2, 3, 6, 9, 10, 11, 12),
]

/** South Warwickshire NHS Foundation Trust, Impact Report: all 14 goals. */
const swft: CoverageSeed[] = [
  {
    goal: 8,
    status: 'covered',
    reason: 'Under the goal of “good health and wellbeing”, the trust lays out some of their measurable impacts including two with a digital focus.',
    reasonSource: 'source',
  },
  {
    goal: 10,
    status: 'covered',
    reason: 'The “closing the digital divide” goal sets out the majority of the trust’s work on digital transformation.',
    reasonSource: 'source',
  },
  ...notReported('SWFT', 1, 2, 3, 4, 5, 6, 7, 9, 11, 12, 13, 14),
]

/** Declarations by report slug, sorted by goal number. */
export const coverageByReport: Record<string, CoverageSeed[]> = {
  'hertfordshire-community-nhs-trust-levelling-up-impact-report': [...hct].sort((a, b) => a.goal - b.goal),
  'south-warwickshire-nhs-foundation-trust-impact-report': [...swft].sort((a, b) => a.goal - b.goal),
}
