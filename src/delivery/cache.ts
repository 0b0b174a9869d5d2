import type { AssembledReport } from './types.js'

/** One rendered public view: the document (for GraphQL), its JSON body and strong ETag (for REST). */
export type RenderedReport = { doc: AssembledReport; body: string; etag: string }

type Entry = { generation: number; expires: number; value: Promise<RenderedReport | null>; settled?: { report: RenderedReport | null } }

/** Defaults: 5 s, 500 slugs. `DELIVERY_CACHE_TTL_MS=0` turns the cache off. */
const ttlMs = (): number => {
  const value = Number(process.env.DELIVERY_CACHE_TTL_MS ?? 5_000)
  return Number.isFinite(value) && value >= 0 ? value : 5_000
}
const maxEntries = 500

/**
 * The anonymous (published) view of each report, kept in this process for a few seconds. Every write to a
 * collection the view reads bumps a generation that empties it (hooks in `withDelivery`); the TTL bounds what
 * the hooks cannot see: other processes, direct database writes, a read that lands between a hook and its
 * transaction's commit. Shared caches may keep the same view for longer anyway (Cache-Control max-age=60).
 * Concurrent misses for one slug share one assembly. Only anonymous views are kept: for them access is the same.
 */
export class PublicReportCache {
  private generation = 0
  private entries = new Map<string, Entry>()

  invalidate(): void {
    this.generation++
    this.entries.clear()
  }

  clear(): void {
    this.entries.clear()
  }

  /** The fresh, already assembled view of `slug` if there is one, without assembling (undefined: none). */
  peek(slug: string, ttl: number = ttlMs()): RenderedReport | null | undefined {
    const hit = this.entries.get(slug)
    if (!hit || hit.generation !== this.generation || hit.expires <= Date.now() || ttl === 0) return undefined
    return hit.settled?.report
  }

  get size(): number {
    return this.entries.size
  }

  /** `ttl`: the delivery plugin's `cacheTtlMs` (defaults to DELIVERY_CACHE_TTL_MS). */
  async get(slug: string, render: () => Promise<RenderedReport | null>, ttl: number = ttlMs()): Promise<RenderedReport | null> {
    if (ttl === 0) return render()
    const now = Date.now()
    const hit = this.entries.get(slug)
    if (hit && hit.generation === this.generation && hit.expires > now) return hit.value
    const generation = this.generation
    const value = render()
    const entry: Entry = { generation, expires: now + ttl, value }
    this.entries.delete(slug)
    if (this.entries.size >= maxEntries) this.entries.delete(this.entries.keys().next().value as string)
    this.entries.set(slug, entry)
    try {
      const result = await value
      entry.settled = { report: result }
      // a write during the assembly may or may not be in it: do not keep it
      if (this.generation !== generation && this.entries.get(slug) === entry) this.entries.delete(slug)
      return result
    } catch (error) {
      if (this.entries.get(slug) === entry) this.entries.delete(slug)
      throw error
    }
  }
}

export const publicReportCache = new PublicReportCache()
