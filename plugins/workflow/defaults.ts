import type { Access, FieldAccess, PayloadRequest } from 'payload'
import type {
  EditRule,
  EmailMessage,
  EmailMessageArgs,
  HistoryPermission,
  NotificationRecipients,
  StageDefinition,
  TransitionDefinition,
  TransitionPermission,
} from './types.js'
import { emailsOfUsers } from './services/userEmails.js'

export const defaultStages: StageDefinition[] = [
  { value: 'draft', label: 'Draft' },
  { value: 'in_review', label: 'In review' },
  { value: 'changes_requested', label: 'Changes requested' },
  { value: 'approved', label: 'Approved' },
  { value: 'published', label: 'Published' },
  { value: 'unpublished', label: 'Unpublished' },
]

export const defaultTransitions: Record<string, TransitionDefinition> = {
  submit: {
    label: 'Submit for review',
    from: ['draft', 'changes_requested', 'unpublished'],
    to: 'in_review',
    records: 'submitter',
    clearsApproval: true,
  },
  'request-changes': { label: 'Request changes', from: ['in_review'], to: 'changes_requested' },
  approve: { label: 'Approve', from: ['in_review'], to: 'approved', records: 'approver' },
  publish: { label: 'Publish', from: ['approved'], to: 'published', status: 'publish' },
  unpublish: { label: 'Unpublish', from: ['published'], fromLive: true, to: 'unpublished', status: 'unpublish' },
  withdraw: { label: 'Withdraw', from: ['in_review', 'approved'], to: 'draft', clearsApproval: true },
}

export const defaultEditRules: Record<string, EditRule> = {
  // approval covers the content the reviewer saw, so a change needs a new review
  approved: { to: 'in_review', transition: 'reapproval', clearsApproval: true, records: 'submitter' },
  // the live version stays published; the edit starts its next draft
  published: { to: 'draft', transition: 'edit' },
}

export const defaultInitialStage = 'draft'
export const defaultPublishedStage = 'published'
export const defaultQueue = 'workflow'

export const defaultSlugs = {
  events: 'workflow-events',
  deliveries: 'workflow-webhook-deliveries',
  schedules: 'workflow-schedules',
}

export const defaultWebhooks = { backoffMs: 2000, retries: 5, timeoutMs: 10_000 }

/** A signed-in user of the auth collection that acts in the workflow (not, say, an API-only client collection). */
export const isWorkflowUser = (req: PayloadRequest, usersSlug: string): boolean =>
  Boolean(req.user && req.user.collection === usersSlug)

export const defaultTransitionPermission =
  (usersSlug: string): TransitionPermission =>
  ({ req }) =>
    isWorkflowUser(req, usersSlug)

export const defaultReadEvents =
  (usersSlug: string): Access =>
  ({ req }) =>
    isWorkflowUser(req, usersSlug)

/** The history of one document is for whoever may read the whole audit trail: a query result is not enough. */
export const defaultReadHistory =
  (readEvents: Access): HistoryPermission =>
  async ({ req }) =>
    (await readEvents({ req })) === true

export const defaultReadWorkflow: FieldAccess = ({ req }) => Boolean(req.user)

export const defaultQueueStages =
  (usersSlug: string) =>
  ({ req }: { req: PayloadRequest }): string[] =>
    isWorkflowUser(req, usersSlug) ? ['in_review'] : []

export const defaultEmailMessage = (args: EmailMessageArgs): EmailMessage => ({
  subject: `${args.title}: ${args.transitionLabel} (${args.fromLabel} → ${args.toLabel})`,
  text: [
    `${args.actorName} moved "${args.title}" (${args.collection}) from ${args.fromLabel} to ${args.toLabel}.`,
    args.comment ? `\nComment: ${args.comment}` : '',
    args.url ? `\nOpen it: ${args.url}` : '',
  ].join(''),
})

/** Without a host rule: the document's assignee and its submitter. */
export const defaultRecipients =
  (usersSlug: string): NotificationRecipients =>
  ({ req, state }) =>
    emailsOfUsers(req, usersSlug, [state.assignee, state.submittedBy])
