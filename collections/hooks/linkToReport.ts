import { ValidationError, type CollectionBeforeChangeHook } from 'payload'
import { refId } from '../../src/access/index.js'
import { slugs } from '../slugs.js'
import { goalsOutsideFramework, type FieldError } from './goalsInFramework.js'

/**
 * A report's child inherits the report's organisation (so access rules can filter on it) and may only
 * reference goals of the framework edition the report uses.
 */
export const linkToReport =
  (options: { goalFields: string[] }): CollectionBeforeChangeHook =>
  async ({ data, originalDoc, req, collection }) => {
    const reportId = refId(data.report ?? originalDoc?.report)
    const report = reportId
      ? await req.payload.findByID({
          collection: slugs.reports,
          id: reportId,
          depth: 0,
          draft: true,
          disableErrors: true,
          req,
        })
      : null
    if (!report) {
      throw new ValidationError(
        { collection: collection.slug, errors: [{ path: 'report', message: 'Choose an existing report.' }] },
        req.t,
      )
    }

    const errors: FieldError[] = []
    for (const field of options.goalFields) {
      const value = field in data ? data[field] : originalDoc?.[field]
      const error = await goalsOutsideFramework(req, field, value, refId(report.framework))
      if (error) errors.push(error)
    }
    if (errors.length) throw new ValidationError({ collection: collection.slug, errors }, req.t)

    return { ...data, organisation: refId(report.organisation) }
  }
