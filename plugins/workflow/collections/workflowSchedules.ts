import type { CollectionConfig } from 'payload'
import type { SanitizedWorkflowOptions } from '../types.js'
import { applyOverride } from './applyOverride.js'

const nobody = () => false

export const scheduleStatuses = ['scheduled', 'done', 'cancelled', 'failed'] as const
export type ScheduleStatus = (typeof scheduleStatuses)[number]

/**
 * Scheduled publish/unpublish. The job carries only the schedule's ID and reads its status when it runs, so a
 * cancelled schedule never fires even if its job was already picked up.
 */
export const workflowSchedulesCollection = (options: SanitizedWorkflowOptions): CollectionConfig =>
  applyOverride(
    {
      slug: options.slugs.schedules,
      labels: { singular: 'Workflow schedule', plural: 'Workflow schedules' },
      admin: {
        group: 'Workflow',
        useAsTitle: 'transition',
        defaultColumns: ['at', 'transition', 'collection', 'docId', 'status', 'scheduledBy'],
        // plans are made (and cancelled) from a document's Workflow panel, which checks who may; never created here
        description: 'Publish and unpublish transitions planned for a later time. Plan or cancel one in the Workflow panel of the document.',
      },
      access: { read: options.access.readEvents, create: nobody, update: nobody, delete: nobody },
      defaultSort: 'at',
      fields: [
        { name: 'collection', type: 'text', required: true, index: true },
        { name: 'docId', label: 'Document ID', type: 'text', required: true, index: true },
        { name: 'transition', type: 'text', required: true },
        { name: 'at', type: 'date', required: true, admin: { date: { pickerAppearance: 'dayAndTime' } } },
        {
          name: 'status',
          type: 'select',
          required: true,
          defaultValue: 'scheduled',
          index: true,
          options: scheduleStatuses.map((value) => ({ label: value[0].toUpperCase() + value.slice(1), value })),
        },
        { name: 'scheduledBy', type: 'relationship', relationTo: options.usersSlug },
        { name: 'comment', type: 'textarea' },
        { name: 'job', type: 'text' },
        { name: 'error', type: 'text' },
      ],
    },
    options.overrides.schedules,
  )
