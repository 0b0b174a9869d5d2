import type { RenderedReport } from '../cache.js'

/**
 * What the delivery queries of one GraphQL request read, recorded in its context by the resolvers (queries.ts):
 * the rendered report each `impactReport` got, by slug, and whether anything was read that no cache tracks
 * (`impactReports` lists). The fast path keeps an anonymous answer only while every report it read is still the
 * one the public view cache holds (see responseCache.ts).
 */
export type DeliveryReadLog = {
  reports: { slug: string; rendered: RenderedReport | null }[]
  untracked: boolean
}

export const newDeliveryReadLog = (): DeliveryReadLog => ({ reports: [], untracked: false })
