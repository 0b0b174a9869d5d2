import type { PayloadRequest } from 'payload'
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
