import type { WorkflowPluginOptions } from '../../plugins/workflow/index.js'
import { draftSlugs, reportChildSlugs, slugs } from '../../collections/slugs.js'
import { assuranceDroppedEvent } from '../../collections/hooks/metricAssuranceDrop.js'
import { coveragePublishCheck } from '../delivery/coveragePublishCheck.js'
import { notificationRecipients } from './notificationRecipients.js'
import { queueStages, readDocumentHistory, readWorkflowRecords, transitionPermissions } from './permissions.js'
import { webhookEnv, type Env } from './webhookEnv.js'
import { describeForFrontends } from './webhookPayload.js'

/** How impact-cms uses the workflow plugin: reports and their children, published as one bundle. */
export const impactWorkflowOptions = (env: Env = process.env): WorkflowPluginOptions => ({
  collections: [...draftSlugs],
  bundles: [{ collection: slugs.reports, children: reportChildSlugs.map((collection) => ({ collection, field: 'report' })) }],
  access: { transitions: transitionPermissions, queueStages, readEvents: readWorkflowRecords, readHistory: readDocumentHistory },
  // WORKFLOW_FOUR_EYES=false turns the rule off for a one-person team; it is on unless said otherwise
  fourEyes: env.WORKFLOW_FOUR_EYES !== 'false',
  webhooks: { ...webhookEnv(env), describe: describeForFrontends },
  // submissions to the reviewers (or the assignee), answers to the submitter, publishing to who wrote the item
  notifications: { recipients: notificationRecipients },
  // a report goes live only when every goal of its edition is covered or explained (issue 11)
  beforePublish: coveragePublishCheck,
  // actions this project records itself (recordWorkflowEvent), in words in the admin's history
  eventLabels: { [assuranceDroppedEvent]: 'Assurance dropped: figure changed' },
})
