import type { CollectionConfig, Field } from 'payload'
import { beforeChangeEventsAppendOnly } from '../hooks/beforeChangeEventsAppendOnly.js'
import { beforeDeleteEventsAppendOnly } from '../hooks/beforeDeleteEventsAppendOnly.js'
import type { SanitizedWorkflowOptions } from '../types.js'
import { applyOverride } from './applyOverride.js'

const nobody = () => false

/** The audit trail: one row per stage change, written in the transaction of the change it records. */
export const workflowEventsCollection = (options: SanitizedWorkflowOptions): CollectionConfig => {
  const fields: Field[] = [
    { name: 'collection', label: 'Collection', type: 'text', required: true, index: true },
    { name: 'docId', label: 'Document', type: 'text', required: true, index: true },
    { name: 'versionId', label: 'Version ID', type: 'text', admin: { description: 'The version the change wrote.' } },
    { name: 'transition', label: 'Action', type: 'text', required: true },
    { name: 'from', type: 'text', required: true },
    { name: 'to', type: 'text', required: true },
    { name: 'user', label: 'By', type: 'relationship', relationTo: options.usersSlug, admin: { description: 'Empty for system writes.' } },
    { name: 'comment', type: 'textarea' },
  ]
  return applyOverride(
    {
      slug: options.slugs.events,
      labels: { singular: 'Workflow event', plural: 'Workflow events' },
      admin: {
        group: 'Workflow',
        useAsTitle: 'transition',
        defaultColumns: ['createdAt', 'transition', 'docId', 'collection', 'from', 'to', 'user'],
        description: 'Who moved what from which stage to which, and why. Append-only.',
      },
      // Written only by the workflow's own service (Local API, overrideAccess, same transaction).
      access: { read: options.access.readEvents, create: nobody, update: nobody, delete: nobody },
      hooks: { beforeChange: [beforeChangeEventsAppendOnly()], beforeDelete: [beforeDeleteEventsAppendOnly()] },
      defaultSort: '-createdAt',
      timestamps: true,
      fields,
    },
    options.overrides.events,
  )
}
