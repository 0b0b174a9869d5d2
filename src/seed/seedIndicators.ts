import type { PayloadRequest } from 'payload'
import type { Indicator } from '../../payload-types.js'
import { slugs } from '../../collections/slugs.js'
import type { IndicatorSeed } from './content/indicators.js'
import type { GoalRef } from './content/index.js'

type IndicatorData = Omit<IndicatorSeed, 'goals'> & { goals: string[] }

const text = (value: unknown): string => (value === null || value === undefined ? '' : String(value))

/** Whether the stored indicator already says what the seed says (so a re-run writes nothing). */
const same = (desired: IndicatorData, stored: Indicator): boolean =>
  (['name', 'slug', 'definition', 'unit', 'direction'] as const).every((key) => text(desired[key]) === text(stored[key])) &&
  JSON.stringify(desired.goals) === JSON.stringify((stored.goals ?? []).map(String)) &&
  (['source', 'reference', 'asWritten', 'basis', 'note'] as const).every((key) => text(desired.provenance[key]) === text(stored.provenance?.[key]))

/**
 * Writes the seed's indicators (src/seed/content/indicators.ts) in the seed's transaction (`req`), matched by slug:
 * created when missing, updated when different, otherwise untouched. Returns how many it created.
 */
export const seedIndicators = async (req: PayloadRequest, seeds: IndicatorSeed[], goalId: (ref: GoalRef) => string): Promise<number> => {
  let created = 0
  for (const { goals, ...seed } of seeds) {
    const data: IndicatorData = { ...seed, goals: goals.map(goalId) }
    const [existing] = (await req.payload.find({ collection: slugs.indicators, where: { slug: { equals: seed.slug } }, depth: 0, limit: 1, req })).docs
    if (!existing) {
      await req.payload.create({ collection: slugs.indicators, data, depth: 0, req })
      created++
    } else if (!same(data, existing)) {
      req.payload.logger.info(`Seed: updating indicators ${existing.id} to the reference content`)
      await req.payload.update({ collection: slugs.indicators, id: existing.id, data, depth: 0, req })
    }
  }
  return created
}
