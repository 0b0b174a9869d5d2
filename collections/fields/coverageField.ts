import type { ArrayField } from 'payload'
import { refId } from '../../src/refs.js'
import { slugs } from '../slugs.js'
import { relationshipCell } from './relationshipCell.js'

/**
 * What a report says about one goal of its edition, as a GRI content index does for each disclosure: covered, or
 * why not — not applicable, planned, or not reported (GRI's "information unavailable", e.g. a goal the source
 * is silent about).
 */
export const coverageStatuses = [
  { label: 'Covered', value: 'covered' },
  { label: 'Not applicable', value: 'not-applicable' },
  { label: 'Planned', value: 'planned' },
  { label: 'Not reported (information unavailable)', value: 'not-reported' },
] as const
export type CoverageStatus = (typeof coverageStatuses)[number]['value']

/** Where a declaration's reason comes from: the published report's own words, or the editors of this site. */
export const reasonSources = [
  { label: 'As written in the source', value: 'source' },
  { label: 'Editorial', value: 'editorial' },
] as const

type DeclarationRow = { goal?: unknown; status?: unknown; reason?: unknown }

/** Each goal declared once: a second row for the same goal would leave readers two answers. */
const oneDeclarationPerGoal = (rows: unknown): true | string => {
  if (!Array.isArray(rows)) return true
  const seen = new Set<string>()
  for (const row of rows as DeclarationRow[]) {
    const goal = refId(row?.goal as string | undefined)
    if (!goal) continue
    if (seen.has(goal)) return 'Declare each goal once.'
    seen.add(goal)
  }
  return true
}

/**
 * `coverage`: per goal of the report's edition, covered / not applicable / planned / not reported, with a reason when
 * not covered.
 * Goals must belong to the report's edition (checked in a hook with the report's other goal fields). Publishing
 * a report with goals neither covered nor explained is refused (src/delivery/coveragePublishCheck.ts).
 */
export const coverageField: ArrayField = {
  name: 'coverage',
  type: 'array',
  labels: { singular: 'Goal declaration', plural: 'Goal declarations' },
  admin: {
    description:
      'For every goal of the edition: covered, not applicable, planned or not reported, with a reason when it is not covered. A goal with published or approved evidence counts as covered without a declaration.',
    initCollapsed: true,
    // "Goal 5 · Open recruitment — Covered" rather than "Goal declaration 05"
    components: { RowLabel: '/src/admin/CoverageRowLabel.js#CoverageRowLabel' },
  },
  validate: oneDeclarationPerGoal,
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'goal',
          type: 'relationship',
          relationTo: slugs.goals,
          required: true,
          admin: { width: '60%', components: relationshipCell },
          filterOptions: ({ data }) => (data?.framework ? { framework: { equals: refId(data.framework) } } : true),
        },
        { name: 'status', type: 'select', required: true, options: [...coverageStatuses], admin: { width: '40%' } },
      ],
    },
    {
      name: 'reason',
      type: 'textarea',
      maxLength: 2000,
      admin: { description: 'Why the goal is not covered; for a covered goal, where it is covered.' },
      validate: (value: unknown, { siblingData }: { siblingData: DeclarationRow }) =>
        siblingData?.status === 'covered' || (typeof value === 'string' && value.trim().length > 0) ||
        'Give the reason when a goal is not covered.',
    },
    {
      name: 'reasonSource',
      type: 'select',
      options: [...reasonSources],
      defaultValue: 'editorial',
      admin: { description: "Whether the reason quotes the published report or is the editors' own words." },
    },
  ],
}
