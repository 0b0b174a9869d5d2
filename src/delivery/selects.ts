/** What the assembled report reads of each collection (include-mode selects): only what it delivers. */

// Only what the page shows: skipping the workflow group and the report/organisation links saves per-item work.
export const evidenceSelect = {
  title: true,
  goal: true,
  description: true,
  activityType: true,
  assurance: true,
  metrics: true,
  beneficiaries: true,
  area: true,
  source: true,
  attachments: true,
  order: true,
  _status: true,
} as const

// The report's own fields the assembly uses: not its joins, workflow group or provenance.
export const reportSelect = {
  title: true,
  slug: true,
  organisation: true,
  partner: true,
  framework: true,
  goals: true,
  periodFrom: true,
  periodTo: true,
  publicationDate: true,
  summary: true,
  sourceUrl: true,
  introduction: true,
  journey: true,
  analysis: true,
  body: true,
  coverImage: true,
  pdf: true,
  coverage: true,
  updatedAt: true,
  _status: true,
} as const

export const organisationSelect = {
  name: true,
  slug: true,
  type: true,
  identifiers: true,
  regions: true,
  populationServed: true,
  website: true,
  logo: true,
} as const

// Not the workflow group (field-level read access would send the read through Payload's afterRead walk).
export const quoteSelect = { text: true, context: true, speakerName: true, speakerHonorific: true, speakerRole: true, order: true, _status: true } as const
export const recommendationSelect = {
  title: true,
  description: true,
  priority: true,
  status: true,
  owner: true,
  dueDate: true,
  goals: true,
  order: true,
  _status: true,
} as const

export const frameworkSelect = { name: true, edition: true, slug: true, publisher: true } as const

export const goalSelect = { framework: true, number: true, title: true, slug: true, summary: true, group: true, colour: true, mappings: true } as const
