/** Collection slugs in one place so relationships, access and tests never drift apart. */
export const slugs = {
  frameworks: 'frameworks',
  goals: 'goals',
  indicators: 'indicators',
  organisations: 'organisations',
  people: 'people',
  reports: 'reports',
  evidence: 'evidence',
  quotes: 'quotes',
  quoteSignOffs: 'quote-sign-offs',
  recommendations: 'recommendations',
  media: 'media',
  users: 'users',
} as const

export type Slug = (typeof slugs)[keyof typeof slugs]

/** Collections whose documents belong to a report and are written by contributors. */
export const reportChildSlugs = [slugs.evidence, slugs.quotes, slugs.recommendations] as const
export type ReportChildSlug = (typeof reportChildSlugs)[number]

/** Collections with Payload drafts: only their published versions reach anonymous readers. */
export const draftSlugs = [slugs.reports, ...reportChildSlugs] as const
