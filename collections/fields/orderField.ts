import type { NumberField } from 'payload'

/** Position within the report, as the published report orders its items. */
export const orderField: NumberField = {
  name: 'order',
  type: 'number',
  defaultValue: 0,
  admin: { position: 'sidebar', step: 1, description: 'Lower numbers come first within the report.' },
}
