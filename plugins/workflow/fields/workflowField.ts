import type { GroupField } from 'payload'
import { workflowFieldName } from '../services/workflowState.js'
import type { SanitizedWorkflowOptions } from '../types.js'

/** Nobody writes the group through create/update: the plugin's hooks and transitions own it. */
const nobody = () => false

/**
 * The `workflow` group on each workflow collection. It is versioned with the content, so every version records
 * the stage it was in; the latest version (draft included) holds the document's current stage.
 */
export const workflowField = (options: SanitizedWorkflowOptions): GroupField => ({
  name: workflowFieldName,
  type: 'group',
  label: 'Workflow',
  access: { read: options.access.readWorkflow, create: nobody, update: nobody },
  admin: {
    position: 'sidebar',
    readOnly: true,
    description: 'Changed only by workflow transitions (submit, approve, publish…).',
  },
  fields: [
    {
      name: 'stage',
      type: 'select',
      options: options.stages.map(({ label, value }) => ({ label, value })),
      defaultValue: options.initialStage,
      index: true,
    },
    { name: 'assignee', type: 'relationship', relationTo: options.usersSlug, index: true },
    { name: 'submittedBy', type: 'relationship', relationTo: options.usersSlug },
    { name: 'approvedBy', type: 'relationship', relationTo: options.usersSlug },
    { name: 'approvedVersion', type: 'text', admin: { description: 'The version the approver reviewed.' } },
  ],
})
