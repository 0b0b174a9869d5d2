import { APIError, type CollectionConfig, type Endpoint, type PayloadRequest } from 'payload'
import { slugs } from '../../collections/slugs.js'
import { wantsDraft } from './assembleReport.js'
import { matchesIfNoneMatch } from './etag.js'
import { withDeliveryInvalidation } from './invalidate.js'
import { renderReport } from './render.js'

/** Shared caches may keep the public view briefly; previews and signed-in views are never stored. */
export const cacheControl = {
  public: 'public, max-age=60, stale-while-revalidate=600',
  private: 'private, no-store',
} as const

/** A 404 with the slug in its message; named `NotFound` so it is logged at Payload's level for those (info), not as an error. */
export class ReportNotFound extends APIError {
  constructor(slug: string) {
    super(`No report with the slug "${slug}".`, 404, null, true)
    this.name = 'NotFound'
  }
}

const isTrue = (value: string | null): boolean => value === 'true' || value === '1'

/** `GET /api/reports/{slug}/assembled[?draft=true]`: parse → assemble as the caller → respond with ETag and caching. */
export const assembledReportEndpoint: Endpoint = {
  path: '/:slug/assembled',
  method: 'get',
  handler: async (req: PayloadRequest) => {
    const slug = String(req.routeParams?.slug ?? '')
    const draft = wantsDraft(req, isTrue(req.searchParams.get('draft')))
    const rendered = await renderReport(req, { slug, draft })
    if (!rendered) throw new ReportNotFound(slug)

    const { body, etag } = rendered
    const headers = new Headers({
      ETag: etag,
      'Cache-Control': req.user ? cacheControl.private : cacheControl.public,
      // the same URL answers differently for signed-in callers: shared caches must key on their credentials
      Vary: 'Authorization, Cookie',
    })
    if (matchesIfNoneMatch(req.headers.get('if-none-match'), etag)) return new Response(null, { status: 304, headers })
    headers.set('Content-Type', 'application/json; charset=utf-8')
    return new Response(body, { status: 200, headers })
  },
}

/**
 * The collections with delivery added: the assembled endpoint on reports (a collection endpoint, so it lives
 * under /api/reports) and, on every collection the view reads, hooks that empty the public view cache.
 */
export const withDelivery = (collections: CollectionConfig[]): CollectionConfig[] =>
  collections
    .map(withDeliveryInvalidation)
    .map((c) =>
      c.slug === slugs.reports && c.endpoints !== false ? { ...c, endpoints: [assembledReportEndpoint, ...(c.endpoints ?? [])] } : c,
    )
