import type { Access, CollectionConfig, CollectionSlug, Field, FieldAccess, PayloadRequest } from 'payload'

/** A document ID as Payload hands it out: a string on MongoDB and `idType: 'uuid'`, a number on serial SQL IDs. */
export type DocumentID = number | string

/** A document as the workflow reads it: any collection, any shape, with the `workflow` group possibly present. */
export type WorkflowDocument = { [key: string]: unknown; id: DocumentID }

export type WorkflowAccessArgs = {
  /** The collection slug of `doc`. */
  collection: string
  /** The latest version of the document (draft included), depth 0, read without access control. */
  doc: WorkflowDocument
  req: PayloadRequest
}

/** Decides whether `req.user` may perform one transition on one document. */
export type TransitionPermission = (args: WorkflowAccessArgs) => boolean | Promise<boolean>

/** Decides whether `req.user` may read one document's history (events with their comments, pending schedules). */
export type HistoryPermission = (args: WorkflowAccessArgs) => boolean | Promise<boolean>

export type StageDefinition = {
  label: string
  value: string
}

export type TransitionDefinition = {
  /** Stages the transition may start from. */
  from: string[]
  label: string
  /**
   * What the transition records about the actor: `submitter` sets `workflow.submittedBy`, `approver` sets
   * `workflow.approvedBy` and `workflow.approvedVersion` (and is subject to the four-eyes rule).
   */
  records?: 'approver' | 'submitter'
  /** Clears `approvedBy` and `approvedVersion`, e.g. when content goes back for another review. */
  clearsApproval?: boolean
  /**
   * `publish` writes the published version (`_status: 'published'`), `unpublish` takes it down (`_status: 'draft'`).
   * Any other transition writes a new draft version, so published content stays live meanwhile.
   */
  status?: 'publish' | 'unpublish'
  to: string
  /**
   * Also allowed from any stage while a published version is live: a page whose next draft is still in
   * review can be taken down without first publishing that draft.
   * @default false
   */
  fromLive?: boolean
}

/** What happens to the stage when a user changes the content of a document in `stage`. */
export type EditRule = {
  clearsApproval?: boolean
  /** `submitter` records the editor as the submitter, so four-eyes keeps them from approving their own change. */
  records?: 'submitter'
  to: string
  /** The name the audit trail records for this automatic change, e.g. `reapproval`. */
  transition: string
}

export type BundleDefinition = {
  /** Collections whose documents belong to a parent through a relationship field. */
  children: { collection: string; field: string }[]
  /** The parent collection, e.g. `reports`. */
  collection: string
}

export type EmailMessage = { subject: string; text: string }

export type EmailMessageArgs = {
  actorName: string
  collection: string
  comment?: null | string
  doc: WorkflowDocument
  from: string
  fromLabel: string
  title: string
  to: string
  toLabel: string
  transition: string
  transitionLabel: string
  /** Admin URL of the document, when `serverURL` is configured. */
  url?: string
}

export type NotificationRecipientsArgs = {
  collection: string
  /** The document as the transition wrote it (depth 0). */
  doc: WorkflowDocument
  from: string
  /** Inside the transition's request, after its commit. */
  req: PayloadRequest
  /** The workflow group after the transition (stage, assignee, submitter…). */
  state: WorkflowState
  transition: string
}

/** Email addresses to tell about one transition. The actor's own address is always left out. */
export type NotificationRecipients = (args: NotificationRecipientsArgs) => Promise<string[]> | string[]

export type PublishCheckArgs = {
  /** The collection slug of `doc`. */
  collection: string
  /** The latest version of the document about to go live (depth 0), read without access control. */
  doc: WorkflowDocument
  /** Inside the transition's transaction, before anything is written. */
  req: PayloadRequest
  /** The transition's name, e.g. `publish` (any transition with `status: 'publish'`). */
  transition: string
}

/**
 * A host's own rule for publishing: the reasons `doc` may not go live, or nothing when it may. Any reason refuses
 * the transition with 409, naming the document and the reasons.
 */
export type PublishCheck = (args: PublishCheckArgs) => Promise<string[] | undefined | void> | string[] | undefined | void

/** Lets a host change a collection the plugin generates, keeping the plugin's own fields unless it drops them. */
export type CollectionOverride = Partial<Omit<CollectionConfig, 'fields' | 'slug'>> & {
  fields?: (args: { defaultFields: Field[] }) => Field[]
}

export type WorkflowPluginOptions = {
  /**
   * Who may do what. Every callback receives `{ req, doc, collection }`.
   */
  access?: {
    /**
     * Stages whose items wait on the signed-in user, for the review queue (items assigned to them always do).
     * @default every stage a transition starts from that the user may perform somewhere: signed-in users get `in_review`
     */
    queueStages?: (args: { req: PayloadRequest }) => Promise<string[]> | string[]
    /**
     * Who may read the audit trail, schedules and webhook deliveries.
     * @default any signed-in user of the users collection
     */
    readEvents?: Access
    /**
     * Who may read the history of one document (its events with their comments, and its pending schedules) through
     * `GET /api/{collection}/{id}/workflow` and GraphQL `workflowDocument`. Asked only once the caller can read the
     * document itself; when it returns false the answer keeps the stage and the caller's transitions, with empty
     * `events` and `schedules`. Hosts whose documents belong to teams or tenants should narrow it to them.
     * @default whoever `readEvents` grants as a whole (returns `true`, not a query): the audit trail's readers
     */
    readHistory?: HistoryPermission
    /**
     * Who may read the `workflow` group of documents (assignee, submitter…).
     * @default any signed-in user
     */
    readWorkflow?: FieldAccess
    /**
     * Per transition name.
     * @default any signed-in user of the users collection
     */
    transitions?: Record<string, TransitionPermission>
  }
  /**
   * A host check run for every document a publishing transition would put live (a bundle's parent and each child
   * that moves with it), through every path: REST, GraphQL, the Local API and scheduled transitions. Reasons it
   * returns refuse the whole transition with 409 `{ data: { refused: [{ collection, id, title, reasons }] } }`;
   * nothing is written.
   * @default no check
   */
  beforePublish?: PublishCheck
  /**
   * Parents published with their children in one transaction, e.g.
   * `[{ collection: 'reports', children: [{ collection: 'evidence', field: 'report' }] }]`.
   * @default []
   */
  bundles?: BundleDefinition[]
  /**
   * Words for the host's own audit-trail actions (written with `recordWorkflowEvent`), shown in the admin's history
   * instead of the raw name, e.g. `{ 'assurance-dropped': 'Assurance dropped' }`. The plugin's own names keep theirs.
   * @default {}
   */
  eventLabels?: Record<string, string>
  /** Slugs of the collections that get the workflow. Each needs `versions.drafts`. */
  collections: string[]
  /**
   * Keep the schema (fields and collections) but add no behaviour: no hooks, endpoints, GraphQL or jobs.
   * @default true
   */
  enabled?: boolean
  /**
   * Stage changes caused by a user editing content, keyed by the stage the document is in.
   * @default { approved: reapproval → in_review (clears approval), published: edit → draft }
   */
  editRules?: Record<string, EditRule>
  /**
   * Nobody who wrote the content under review may approve it, whatever their role: the submitter and whoever
   * changed the content since the last submission (edits after submission are recorded as `edit` events).
   * @default true
   */
  fourEyes?: boolean
  /**
   * The stage new documents start in.
   * @default 'draft'
   */
  initialStage?: string
  /** Payload jobs the plugin queues (scheduled transitions, webhook deliveries). */
  jobs?: {
    /**
     * @default 'workflow'
     */
    queue?: string
  }
  notifications?: {
    /**
     * Emails to the assignee and the submitter on every transition, through Payload's email adapter.
     * `false` turns them off; `message` writes them.
     * @default { message: a plain-text summary }
     */
    email?: false | { message?: (args: EmailMessageArgs) => EmailMessage }
    /**
     * Who is emailed about a transition, e.g. the reviewers of the collection on submit and the submitter on
     * approve. The actor is never emailed about their own action.
     * @default the assignee and the submitter
     */
    recipients?: NotificationRecipients
  }
  /** Changes to the collections the plugin adds. */
  overrides?: {
    deliveries?: CollectionOverride
    events?: CollectionOverride
    schedules?: CollectionOverride
  }
  /**
   * The stage documents published by a system write (no user, e.g. a seed script) are put in.
   * @default 'published'
   */
  publishedStage?: string
  /** Slugs of the collections the plugin adds. */
  slugs?: {
    /** @default 'workflow-webhook-deliveries' */
    deliveries?: string
    /** @default 'workflow-events' */
    events?: string
    /** @default 'workflow-schedules' */
    schedules?: string
  }
  /**
   * @default draft, in_review, changes_requested, approved, published, unpublished
   */
  stages?: StageDefinition[]
  /**
   * Keyed by the name used in URLs (`POST /api/{collection}/{id}/workflow/{name}`).
   * @default submit, request-changes, approve, publish, unpublish, withdraw
   */
  transitions?: Record<string, TransitionDefinition>
  /** Signed HTTP callbacks when content goes live or comes down, e.g. for frontends to revalidate. */
  webhooks?: {
    /**
     * Delay before the first retry; later ones double it.
     * @default 2000
     */
    backoffMs?: number
    /**
     * @default 5
     */
    retries?: number
    /**
     * Signs every delivery the Standard Webhooks way: `webhook-signature: v1,<base64 HMAC-SHA256 of
     * "{webhook-id}.{webhook-timestamp}.{body}">`. A `whsec_<base64>` secret is keyed by its decoded bytes, any other
     * string by its UTF-8 bytes. Required with `urls`.
     */
    secret?: string
    /**
     * @default 10000
     */
    timeoutMs?: number
    /**
     * Transitions that fire webhooks.
     * @default every transition with `status: 'publish' | 'unpublish'`
     */
    transitions?: string[]
    /** @default [] */
    urls?: string[]
    /**
     * Extra fields for the webhook body, e.g. the pages a frontend should revalidate. Called inside the
     * transition's transaction with its `req`; the result is merged into the body (it cannot replace
     * `event`, `collection`, `id`, `stage`, `timestamp`).
     */
    describe?: WebhookDescriber
  }
}

export type WebhookDescriber = (args: {
  collection: string
  doc: WorkflowDocument
  req: PayloadRequest
}) => Promise<Record<string, unknown>> | Record<string, unknown>

export type SanitizedWorkflowOptions = {
  access: {
    queueStages: (args: { req: PayloadRequest }) => Promise<string[]> | string[]
    readEvents: Access
    readHistory: HistoryPermission
    readWorkflow: FieldAccess
    transitions: Record<string, TransitionPermission>
  }
  beforePublish?: PublishCheck
  bundles: BundleDefinition[]
  collections: string[]
  editRules: Record<string, EditRule>
  eventLabels?: Record<string, string>
  email: false | { message: (args: EmailMessageArgs) => EmailMessage; recipients: NotificationRecipients }
  enabled: boolean
  fourEyes: boolean
  initialStage: string
  overrides: NonNullable<WorkflowPluginOptions['overrides']>
  publishedStage: string
  queue: string
  slugs: { deliveries: string; events: string; schedules: string }
  stages: StageDefinition[]
  transitions: Record<string, TransitionDefinition>
  /** The auth collection whose users act in the workflow (`config.admin.user`). */
  usersSlug: CollectionSlug
  webhooks: {
    backoffMs: number
    describe?: WebhookDescriber
    retries: number
    secret: string
    timeoutMs: number
    transitions: string[]
    urls: string[]
  }
}

/** The `workflow` group of a document. Relationship values are IDs (depth 0). */
export type WorkflowState = {
  approvedBy: DocumentID | null
  approvedVersion: null | string
  assignee: DocumentID | null
  stage: string
  submittedBy: DocumentID | null
}

/** A row of the audit trail as services and API responses use it. */
export type WorkflowEventRecord = {
  collection: string
  comment: null | string
  createdAt: string
  docId: string
  from: string
  id: DocumentID
  to: string
  transition: string
  user: DocumentID | null
  versionId: null | string
}
