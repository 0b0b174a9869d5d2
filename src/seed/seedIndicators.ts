import type { PayloadRequest } from 'payload'
import { slugs } from '../../collections/slugs.js'
import type { IndicatorSeed } from './content/indicators.js'
import type { GoalRef } from './content/index.js'

type IndicatorData = Omit<IndicatorSeed, 'goals'> & { goals: string[] }
type Stored = IndicatorData & { id: string }

/** The Local API for `indicators`, untyped until payload-types.ts is regenerated with the collection. */
type IndicatorsAPI = {
  find: (args: { collection: string; where: object; depth: 0; limit: number; req: PayloadRequest }) => Promise<{ docs: Stored[] }>
  create: (args: { collection: string; data: IndicatorData; depth: 0; req: PayloadRequest }) => Promise<Stored>
  update: (args: { collection: string; id: string; data: IndicatorData; depth: 0; req: PayloadRequest }) => Promise<Stored>
}

const text = (value: unknown): string => (value === null || value === undefined ? '' : String(value))

/** Whether the stored indicator already says what the seed says (so a re-run writes nothing). */
const same = (desired: IndicatorData, stored: Stored): boolean =>
  (['name', 'slug', 'definition', 'unit', 'direction'] as const).every((key) => text(desired[key]) === text(stored[key])) &&
  JSON.stringify(desired.goals) === JSON.stringify((stored.goals ?? []).map(String)) &&
  (['source', 'reference', 'asWritten', 'basis', 'note'] as const).every((key) => text(desired.provenance[key]) === text(stored.provenance?.[key]))

/**
 * Writes the seed's indicators (src/seed/content/indicators.ts) in the seed's transaction (`req`), matched by slug:
 * created when missing, updated when different, otherwise untouched. Returns how many it created.
 */
export const seedIndicators = async (req: PayloadRequest, seeds: IndicatorSeed[], goalId: (ref: GoalRef) => string): Promise<number> => {
  const api = req.payload as unknown as IndicatorsAPI
  let created = 0
  for (const { goals, ...seed } of seeds) {
    const data: IndicatorData = { ...seed, goals: goals.map(goalId) }
    const [existing] = (await api.find({ collection: slugs.indicators, where: { slug: { equals: seed.slug } }, depth: 0, limit: 1, req })).docs
    if (!existing) {
      await api.create({ collection: slugs.indicators, data, depth: 0, req })
      created++
    } else if (!same(data, existing)) {
      req.payload.logger.info(`Seed: updating indicators ${existing.id} to the reference content`)
      await api.update({ collection: slugs.indicators, id: existing.id, data, depth: 0, req })
    }
  }
  return created
}
