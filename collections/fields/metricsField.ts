import type { ArrayField, Validate } from 'payload'
import { slugs } from '../slugs.js'
import { metricAssuranceField } from './metricAssurance.js'

const isNumber = (value: unknown): boolean => typeof value === 'number' && Number.isFinite(value)

const endsOnOrAfterStart: Validate<Date | string, unknown, { periodStart?: unknown }> = (value, { siblingData }) =>
  !value || !siblingData?.periodStart || new Date(value).getTime() >= new Date(String(siblingData.periodStart)).getTime() ||
  'The period must end on or after the day it starts.'

/** Quantities that make an impact measurable: what was counted, how much, against what. */
export const metricsField: ArrayField = {
  name: 'metrics',
  type: 'array',
  labels: { singular: 'Metric', plural: 'Metrics' },
  admin: {
    description: 'Measured quantities, e.g. "people served: 1,200,000". Leave empty when the impact is described only in words.',
    // open, and titled by what each row measures ("People served: 1200 people"), not "Metric 01"
    initCollapsed: false,
    components: { RowLabel: '/src/admin/MetricRowLabel.js#MetricRowLabel' },
  },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'label', type: 'text', required: true, admin: { description: 'What is measured, e.g. "People served".' } },
        { name: 'value', type: 'number', required: true },
        { name: 'unit', type: 'text', admin: { description: 'e.g. people, %, £, sessions' } },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'valueText', type: 'text', admin: { description: 'The figure as written in the source, e.g. "more than 1.2 million".' } },
        { name: 'baseline', type: 'number' },
        {
          name: 'target',
          type: 'number',
          validate: (value: unknown) => value == null || isNumber(value) || 'The target must be a number.',
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'period', type: 'text', admin: { description: 'As written, e.g. 2022/23, or "over the next three years".' } },
        {
          name: 'periodStart',
          type: 'date',
          admin: { date: { pickerAppearance: 'dayOnly' }, description: 'Filled from the period when it can be read (2022/23: 1 April 2022).' },
        },
        {
          name: 'periodEnd',
          type: 'date',
          admin: { date: { pickerAppearance: 'dayOnly' }, description: 'Filled from the period when it can be read (2022/23: 31 March 2023).' },
          validate: endsOnOrAfterStart,
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'indicator',
          type: 'relationship',
          relationTo: slugs.indicators,
          admin: { description: 'What this figure measures, shared across reports: the previous report\'s value and the change are shown with it.' },
        },
        {
          name: 'direction',
          type: 'select',
          admin: { description: 'Which way counts as progress.' },
          options: [
            { label: 'Higher is better', value: 'increase' },
            { label: 'Lower is better', value: 'decrease' },
            { label: 'Keep steady', value: 'maintain' },
          ],
        },
      ],
    },
    metricAssuranceField,
  ],
}
