import type { GroupField, Validate } from 'payload'
import { slugs } from '../slugs.js'

/** How far a figure has been checked, weakest first. */
export const assuranceLevels = [
  { label: 'Self-reported', value: 'self-reported' },
  { label: 'Internally reviewed', value: 'internally-reviewed' },
  { label: 'Externally assured — limited', value: 'externally-assured-limited' },
  { label: 'Externally assured — reasonable', value: 'externally-assured-reasonable' },
] as const

export type AssuranceLevel = (typeof assuranceLevels)[number]['value']

/** The level every figure starts at, and falls back to when an assured figure is changed. */
export const unassuredLevel: AssuranceLevel = 'self-reported'

export const isExternallyAssured = (level: unknown): boolean => typeof level === 'string' && level.startsWith('externally-assured')

const assurerOfExternalAssurance: Validate<string, unknown, { level?: unknown }> = (value, { siblingData }) =>
  !isExternallyAssured(siblingData?.level) || (typeof value === 'string' && value.trim() !== '') || 'Name the assurance provider of an externally assured figure.'

/** Assurance of one figure: who checked it, against which standard, when, and the statement that says so. */
export const metricAssuranceField: GroupField = {
  name: 'assurance',
  type: 'group',
  admin: {
    description: 'Changing the figure (value, as written, unit or period) drops it back to self-reported: assurance covers the figure it was given for.',
  },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'level', type: 'select', defaultValue: unassuredLevel, options: [...assuranceLevels] },
        {
          name: 'assurer',
          type: 'text',
          admin: { description: 'Who reviewed or assured it, e.g. an audit firm or internal audit.' },
          validate: assurerOfExternalAssurance,
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'standard',
          type: 'select',
          options: [
            { label: 'ISAE 3000 (Revised)', value: 'isae-3000' },
            { label: 'ISAE 3410 (greenhouse gas statements)', value: 'isae-3410' },
            { label: 'AA1000AS v3', value: 'aa1000as' },
            { label: 'Other', value: 'other' },
          ],
        },
        { name: 'date', type: 'date', admin: { date: { pickerAppearance: 'dayOnly' } } },
      ],
    },
    { name: 'statement', type: 'upload', relationTo: slugs.media, admin: { description: 'The assurance statement (PDF).' } },
  ],
}
