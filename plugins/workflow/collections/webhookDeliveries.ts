import type { CollectionConfig } from 'payload'
import type { SanitizedWorkflowOptions } from '../types.js'
import { applyOverride } from './applyOverride.js'

const nobody = () => false

/** One row per webhook attempt, so an operator can see what a receiver answered and when it was retried. */
export const webhookDeliveriesCollection = (options: SanitizedWorkflowOptions): CollectionConfig =>
  applyOverride(
    {
      slug: options.slugs.deliveries,
      labels: { singular: 'Webhook delivery', plural: 'Webhook deliveries' },
      admin: {
        group: 'Workflow',
        useAsTitle: 'url',
        defaultColumns: ['createdAt', 'event', 'collection', 'docId', 'url', 'attempt', 'statusCode', 'ok'],
        description: 'Signed publish/unpublish callbacks and what the receivers answered.',
      },
      access: { read: options.access.readEvents, create: nobody, update: nobody, delete: nobody },
      defaultSort: '-createdAt',
      fields: [
        { name: 'url', type: 'text', required: true },
        { name: 'event', type: 'text', required: true },
        { name: 'collection', type: 'text', required: true, index: true },
        { name: 'docId', label: 'Document ID', type: 'text', required: true, index: true },
        { name: 'attempt', type: 'number', required: true },
        { name: 'statusCode', type: 'number' },
        { name: 'ok', type: 'checkbox', defaultValue: false },
        { name: 'error', type: 'text' },
        { name: 'durationMs', type: 'number' },
        { name: 'job', type: 'text', admin: { description: 'The payload-jobs entry that made the attempt.' } },
      ],
    },
    options.overrides.deliveries,
  )
