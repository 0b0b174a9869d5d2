import type { CollectionSlug, Config, SanitizedConfig } from 'payload'
import { slugs } from '../../collections/slugs.js'
import { defaultGraphqlGuardLimits } from './graphql/guardLimits.js'

/** What `deliveryPlugin(options)` accepts; every option has a default. */
export type DeliveryPluginOptions = {
  /**
   * The collection that gets `GET /api/{reports}/{slug}/assembled`.
   * @default 'reports'
   */
  reportsCollection?: CollectionSlug
  /**
   * Collections whose writes empty the cache of public views (every collection an assembled report reads).
   * @default reports, evidence, quotes, recommendations, organisations, frameworks, goals, media, indicators, quote-sign-offs
   */
  invalidateOn?: CollectionSlug[]
  /**
   * Lifetime in ms of the in-process cache of anonymous (published) views; `0` turns it off.
   * @default `DELIVERY_CACHE_TTL_MS`, read on every use (so a running process can change it), else 5000
   */
  cacheTtlMs?: number
  /** `Cache-Control` of anonymous (shared) and signed-in (private) answers. */
  cacheControl?: { public?: string; private?: string }
  /**
   * Add `impactReport` / `impactReports` to Payload's GraphQL and the depth rule to its validation.
   * @default { maxDepth: 5 } (defaultGraphqlGuardLimits.maxDepth)
   */
  graphQL?: false | { maxDepth?: number }
}

export type SanitizedDeliveryOptions = {
  reportsCollection: string
  invalidateOn: readonly string[]
  /** A function so a running process may change `DELIVERY_CACHE_TTL_MS` (the bench turns the cache off). */
  cacheTtlMs: () => number
  cacheControl: { public: string; private: string }
  graphQL: false | { maxDepth: number }
}

/** Shared caches may keep the public view briefly; previews and signed-in views are never stored. */
export const defaultCacheControl = {
  public: 'public, max-age=60, stale-while-revalidate=600',
  private: 'private, no-store',
} as const

export const defaultInvalidateOn: readonly CollectionSlug[] = [
  slugs.reports,
  slugs.evidence,
  slugs.quotes,
  slugs.recommendations,
  slugs.organisations,
  slugs.frameworks,
  slugs.goals,
  slugs.media,
  // delivered metrics name their indicator
  slugs.indicators,
  // delivered quotes carry the speaker's decision (`signOff`, `speakerApproved`): the server writes these records
  // through the Local API, so the hooks run when a speaker approves or declines, or a sign-off is revoked
  slugs.quoteSignOffs,
]

const ttlFromEnv = (): number => {
  const value = Number(process.env.DELIVERY_CACHE_TTL_MS ?? 5_000)
  return Number.isFinite(value) && value >= 0 ? value : 5_000
}

const fail = (message: string): never => {
  throw new Error(`deliveryPlugin: ${message}`)
}

/** Defaults applied once; options checked against the config so a mistake fails at startup. */
export const sanitizeDeliveryOptions = (options: DeliveryPluginOptions = {}, config?: Config): SanitizedDeliveryOptions => {
  const reportsCollection = options.reportsCollection ?? slugs.reports
  const known = config?.collections ? new Set(config.collections.map((c) => c.slug)) : undefined
  const invalidateOn = options.invalidateOn ?? defaultInvalidateOn
  if (known) {
    for (const slug of [reportsCollection, ...invalidateOn]) if (!known.has(slug)) fail(`the config has no collection "${slug}".`)
  }
  const ttl = options.cacheTtlMs
  if (ttl !== undefined && !(Number.isFinite(ttl) && ttl >= 0)) fail(`cacheTtlMs must be a number ≥ 0 (got ${ttl}).`)
  const maxDepth = options.graphQL === false ? undefined : (options.graphQL?.maxDepth ?? defaultGraphqlGuardLimits.maxDepth)
  if (maxDepth !== undefined && !(Number.isInteger(maxDepth) && maxDepth > 0)) fail(`graphQL.maxDepth must be a whole number > 0 (got ${maxDepth}).`)
  return {
    reportsCollection,
    invalidateOn: [...invalidateOn],
    cacheTtlMs: ttl === undefined ? ttlFromEnv : () => ttl,
    cacheControl: { ...defaultCacheControl, ...options.cacheControl },
    graphQL: maxDepth === undefined ? false : { maxDepth },
  }
}

const defaults = sanitizeDeliveryOptions()

/** The options the plugin stored in `config.custom.delivery` (defaults when the plugin is not installed). */
export const deliveryOptionsOf = (config: Pick<SanitizedConfig, 'custom'> | Config): SanitizedDeliveryOptions =>
  (config.custom?.delivery as SanitizedDeliveryOptions | undefined) ?? defaults
