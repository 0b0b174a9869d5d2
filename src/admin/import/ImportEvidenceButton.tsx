import { createLocalReq, type BeforeDocumentControlsServerProps } from 'payload'
import { slugs } from '../../../collections/slugs.js'
import { mayImport } from '../../import/importTarget.js'
import { refId } from '../../refs.js'
import { ImportEvidenceAction } from './ImportEvidenceAction.js'

/**
 * "Import evidence" on a report, for those the import endpoint accepts only: the endpoint's own rule (`mayImport`:
 * editors, admins, contributors of the report's organisation) decides, so a reviewer is not offered a button that
 * answers 403. Nothing before the report is saved.
 */
export const ImportEvidenceButton = async ({ id, payload, user }: BeforeDocumentControlsServerProps) => {
  if (id === undefined || id === null || !user) return null
  const req = await createLocalReq({ user }, payload)
  // the latest draft, as the caller may read it: someone who cannot read the report cannot import into it either
  const report = await payload.findByID({
    collection: slugs.reports,
    id,
    draft: true,
    depth: 0,
    select: { organisation: true },
    overrideAccess: false,
    disableErrors: true,
    req,
  })
  const organisation = refId(report?.organisation)
  if (!organisation || !mayImport(req, organisation)) return null
  return <ImportEvidenceAction />
}
