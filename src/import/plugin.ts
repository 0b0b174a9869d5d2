import type { Config } from 'payload'
import { slugs } from '../../collections/slugs.js'
import { importEvidenceEndpoint } from './endpoint.js'

/**
 * Evidence import on reports: `POST /api/reports/{slug}/import` and the admin's "Import evidence" action.
 * A function of config, like the project's other plugins: it returns a new config and leaves the rest alone.
 */
export const evidenceImport =
  () =>
  (config: Config): Config => ({
    ...config,
    collections: (config.collections ?? []).map((collection) => {
      if (collection.slug !== slugs.reports) return collection
      return { ...collection, endpoints: [...(collection.endpoints || []), importEvidenceEndpoint] }
    }),
  })
