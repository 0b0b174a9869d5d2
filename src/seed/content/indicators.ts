import { hctArticle, inferred } from './articles.js'
import type { GoalRef, ProvenanceSeed } from './types.js'

/** An indicator of the seed: what a metric can measure so that reports of different years compare. */
export type IndicatorSeed = {
  slug: string
  name: string
  definition: string
  unit: string
  direction: 'higher' | 'lower'
  goals: GoalRef[]
  provenance: ProvenanceSeed
}

/**
 * The reference articles give no figure with a period (HCT's article: "no dates and no figures for the activities it
 * lists"), so the seed has no metrics and no periods to migrate. It does define the one measure the articles
 * name a figure for, so that editors can attach later years' figures to it; defining it is editorial.
 */
export const indicators: IndicatorSeed[] = [
  {
    slug: 'people-served',
    name: 'People served',
    definition: 'People the organisation delivers services to in the period, each person counted once.',
    unit: 'people',
    direction: 'higher',
    goals: [],
    provenance: inferred(
      hctArticle,
      'The article gives the Trust’s reach as a figure without a period; defining it as a measure to compare across reports is editorial.',
      'It delivers community-based healthcare services to more than 1.2 million people in Hertfordshire and beyond',
    ),
  },
]
