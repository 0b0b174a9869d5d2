import type { Config } from 'payload'
import { slugs } from '../../collections/slugs.js'
import { importEvidenceEndpoint } from './endpoint.js'

/** The admin's "Import evidence" button, next to a report's document controls (src/admin/import). */
const importButton = '/src/admin/import/ImportEvidenceButton.js#ImportEvidenceButton'

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
      const edit = collection.admin?.components?.edit ?? {}
      return {
        ...collection,
        endpoints: [...(collection.endpoints || []), importEvidenceEndpoint],
        admin: {
          ...collection.admin,
          components: {
            ...collection.admin?.components,
            edit: { ...edit, beforeDocumentControls: [...(edit.beforeDocumentControls ?? []), importButton] },
          },
        },
      }
    }),
  })
