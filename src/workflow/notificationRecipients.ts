import type { PayloadRequest, Where } from 'payload'
import type { NotificationRecipients, WorkflowState } from '../../plugins/workflow/index.js'
import { slugs } from '../../collections/slugs.js'
import { refId, type Ref } from '../refs.js'
import { approverRoles } from './permissions.js'

/** Audit-trail entries whose actor wrote the content: submissions and edits (also those that reopened a review). */
const authoringTransitions = ['submit', 'edit', 'reapproval']

/** Email addresses of the users matching `where` (read as the system: notifications are not the actor's query). */
const emailsWhere = async (req: PayloadRequest, where: Where): Promise<string[]> => {
  const { docs } = await req.payload.find({
    collection: slugs.users,
    where,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { email: true },
    req,
  })
  return docs.map((user) => user.email)
}

const emailsOf = async (req: PayloadRequest, ids: (null | string | undefined)[]): Promise<string[]> => {
  const wanted = [...new Set(ids.filter((id): id is string => Boolean(id)))]
  return wanted.length ? emailsWhere(req, { id: { in: wanted } }) : []
}

const idOf = (value: WorkflowState['assignee']): string | undefined => (value === null ? undefined : String(value))

/** Everyone who may approve the item: reviewers, editors and admins. */
const approvers = (req: PayloadRequest): Promise<string[]> => emailsWhere(req, { role: { in: approverRoles } })

/** Users who submitted or edited the document, from its audit trail. */
const authors = async (req: PayloadRequest, collection: string, docId: string): Promise<string[]> => {
  const { docs } = await req.payload.find({
    collection: 'workflow-events',
    where: { and: [{ collection: { equals: collection } }, { docId: { equals: docId } }, { transition: { in: authoringTransitions } }] },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { user: true },
    req,
  })
  return emailsOf(req, docs.map((event) => (event.user ? refId(event.user as Ref) : undefined)))
}

/**
 * Who hears of a transition: a submission goes to its assignee, else to everyone who may approve it; a review's
 * answer to the submitter (and the assignee); a withdrawal to the assignee; publishing and unpublishing to the
 * submitter and everyone who wrote the item. The plugin leaves out the actor.
 */
export const notificationRecipients: NotificationRecipients = async ({ req, collection, doc, state, transition }) => {
  const submitter = idOf(state.submittedBy)
  const assignee = idOf(state.assignee)
  switch (transition) {
    case 'submit':
      return assignee ? emailsOf(req, [assignee]) : approvers(req)
    case 'withdraw':
      return emailsOf(req, [assignee])
    case 'publish':
    case 'unpublish':
      return [...(await emailsOf(req, [submitter])), ...(await authors(req, collection, String(doc.id)))]
    default:
      return emailsOf(req, [submitter, assignee])
  }
}
