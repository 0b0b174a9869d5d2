import type { PayloadRequest } from 'payload'
import { refId } from '../../src/access/index.js'
import { slugs } from '../slugs.js'

export type FieldError = { path: string; message: string }

/** IDs of a relationship value that may be one reference, many, or populated documents. */
export const idsOf = (value: unknown): string[] => {
  const list = Array.isArray(value) ? value : value == null ? [] : [value]
  return list.map((ref) => refId(ref as string)).filter((id): id is string => Boolean(id))
}

/** An error for `path` when any of `value`'s goals is not in the framework edition, else null. */
export const goalsOutsideFramework = async (
  req: PayloadRequest,
  path: string,
  value: unknown,
  frameworkId: string | undefined,
): Promise<FieldError | null> => {
  const ids = [...new Set(idsOf(value))]
  if (!ids.length || !frameworkId) return null
  const { totalDocs } = await req.payload.count({
    collection: slugs.goals,
    where: { and: [{ id: { in: ids } }, { framework: { equals: frameworkId } }] },
    req,
  })
  return totalDocs === ids.length ? null : { path, message: 'Choose goals from the framework edition this report uses.' }
}
