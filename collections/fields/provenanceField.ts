import type { GroupField } from 'payload'

/** Whether the source says it, or we read it into the source. */
export const provenanceBases = [
  { label: 'Stated in the source', value: 'stated' },
  { label: 'Inferred (not said in the source)', value: 'inferred' },
] as const

/**
 * Where a fact comes from: the public source by name, a reference to it (a committed copy under docs/reference/
 * or an address), the words as written there, and whether the fact is stated or inferred (with why). For
 * evidence the basis is that of its goal: does the source put the activity under this goal?
 */
export const provenanceField = (description: string): GroupField => ({
  name: 'provenance',
  type: 'group',
  admin: { description },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'source', type: 'text', admin: { description: 'The public source by name, e.g. an article’s headline.' } },
        { name: 'reference', type: 'text', admin: { description: 'Its committed copy (docs/reference/…) or its address.' } },
      ],
    },
    { name: 'asWritten', type: 'textarea', admin: { description: 'The words as the source writes them.' } },
    {
      type: 'row',
      fields: [
        { name: 'basis', type: 'select', options: [...provenanceBases] },
        { name: 'note', type: 'textarea', admin: { description: 'Why it is inferred, or what the source leaves open.' } },
      ],
    },
  ],
})
