import type { PayloadRequest } from 'payload'
import type { DocumentID } from '../types.js'
import { localAPI } from './localApi.js'

/** The email addresses of the given users, in one query, read without access control (the system is writing). */
export const emailsOfUsers = async (req: PayloadRequest, usersSlug: string, ids: (DocumentID | null | undefined)[]): Promise<string[]> => {
  const wanted = [...new Set(ids.filter((id): id is DocumentID => id !== null && id !== undefined).map(String))]
  if (!wanted.length) return []
  const { docs } = await localAPI(req).find({
    collection: usersSlug,
    where: { id: { in: wanted } },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return docs.map((user) => user.email).filter((email): email is string => typeof email === 'string' && email !== '')
}
