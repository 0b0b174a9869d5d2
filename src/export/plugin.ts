import type { Config } from 'payload'
import { reportExportEndpoint } from './endpoint.js'

/** Adds `GET /api/reports/{slug}/export` to the reports collection (`reports` unless told otherwise). */
export const reportExportPlugin =
  (options: { reportsSlug?: string } = {}) =>
  (incomingConfig: Config): Config => ({
    ...incomingConfig,
    collections: (incomingConfig.collections ?? []).map((c) =>
      c.slug === (options.reportsSlug ?? 'reports') && c.endpoints !== false ? { ...c, endpoints: [...(c.endpoints ?? []), reportExportEndpoint] } : c,
    ),
  })
