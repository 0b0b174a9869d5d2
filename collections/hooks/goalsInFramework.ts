import type { PayloadRequest } from 'payload'
import { relationship, type RelationshipFieldValidation } from 'payload/shared'
import { refIds } from '../../src/refs.js'
import { slugs } from '../slugs.js'

export type FieldError = { path: string; message: string }

/** An error for `path` when any of `value`'s goals is not in the framework edition, else null. */
export const goalsOutsideFramework = async (
  req: PayloadRequest,
  path: string,
  value: unknown,
  frameworkId: string | undefined,
): Promise<FieldError | null> => {
  const ids = refIds(value)
  if (!ids.length || !frameworkId) return null
  const { totalDocs } = await req.payload.count({
    collection: slugs.goals,
    where: { and: [{ id: { in: ids } }, { framework: { equals: frameworkId } }] },
    req,
  })
  return totalDocs === ids.length ? null : { path, message: 'Choose goals from the framework edition this report uses.' }
}

/** The framework edition of the report a child names (`data.report`), as far as the user may read it. */
export const frameworkOfReport = async (req: PayloadRequest, report: unknown): Promise<string | undefined> => {
  const [reportId] = refIds(report)
  if (!reportId) return undefined
  const found = await req.payload.findByID({
    collection: slugs.reports,
    id: reportId,
    depth: 0,
    draft: true,
    disableErrors: true,
    overrideAccess: false,
    user: req.user,
    req,
  })
  return refIds(found?.framework)[0]
}

/**
 * Validation of a report child's goal field(s): a goal outside the report's edition gets the clear message on
 * the field itself, so the admin marks the field (a hook's error only reaches it after a save), then Payload's
 * own relationship checks run.
 */
export const goalsOfTheReportsEditionOnly: RelationshipFieldValidation = async (value, options) => {
  const { data, path, req } = options
  const report = data !== null && typeof data === 'object' && 'report' in data ? data.report : undefined
  // the admin's form-state validation (getFormState) passes no `path`: the field's name stands in for it
  const fieldPath = Array.isArray(path) ? path.join('.') : options.name
  const error = await goalsOutsideFramework(req, fieldPath, value, await frameworkOfReport(req, report))
  return error ? error.message : relationship(value, options)
}
