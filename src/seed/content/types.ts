import type { Evidence, Framework, Goal, Organisation, Person, Quote, Recommendation, Report } from '../../../payload-types.js'

/**
 * Seed records: the generated document types with relationships written as natural keys (slugs,
 * goal numbers, people's names) instead of database IDs, so the data reads like the source articles.
 */

export type FrameworkSlug = 'purpose-goals-2021' | 'purpose-goals-current' | 'un-sdgs'
export type OrganisationSlug =
  | 'hertfordshire-community-nhs-trust'
  | 'south-warwickshire-nhs-foundation-trust'
  | 'purpose-coalition'
  | 'purpose-health-coalition'

/** A goal by its number within a framework edition. */
export type GoalRef = { framework: FrameworkSlug; number: number }

/** Where a seeded fact comes from (stored as the `provenance` group, collections/fields/provenanceField.ts). */
export type ProvenanceSeed = {
  /** The public source by name. */
  source: string
  /** Its committed copy (docs/reference/…) or address. */
  reference?: string
  /** The words as the source writes them. */
  asWritten?: string
  basis: 'stated' | 'inferred'
  note?: string
}

/** The two articles the seed is taken from, copied byte for byte into docs/reference/. */
export type ReferenceArticle = { source: string; reference: string }

export type FrameworkSeed = Pick<Framework, 'name' | 'edition' | 'status'> &
  Partial<Pick<Framework, 'publisher' | 'description'>> & {
    slug: FrameworkSlug
    previousEdition?: FrameworkSlug
    provenance: ProvenanceSeed
  }

/** A correspondence with a goal of another framework, with its basis and the source or reasoning behind it. */
export type GoalMappingSeed = GoalRef & { basis: 'official' | 'inferred'; note: string }

export type GoalSeed = Pick<Goal, 'number' | 'title'> &
  Partial<Pick<Goal, 'group'>> & {
    /** Corresponding goals in other frameworks. */
    mappings?: GoalMappingSeed[]
  }

/** A registry code with the public register it is published in. */
export type IdentifierSeed = Pick<NonNullable<Organisation['identifiers']>[number], 'scheme' | 'value'> & { source: string }

export type OrganisationSeed = Pick<Organisation, 'name' | 'type'> &
  Partial<Pick<Organisation, 'regions' | 'populationServed'>> & {
    identifiers?: IdentifierSeed[]
    slug: OrganisationSlug
    /** Plain paragraphs, stored as rich text. */
    description?: string[]
    parent?: OrganisationSlug
  }

export type PersonSeed = Pick<Person, 'name'> &
  Partial<Pick<Person, 'honorific' | 'roleTitle'>> & {
    organisation?: OrganisationSlug
  }

export type QuoteSeed = Pick<Quote, 'context'> & {
  /** The speaker, by `PersonSeed.name`; their name, honorific and role are copied as the snapshot. */
  person: string
  /** Verbatim, one string per paragraph, without the outer quotation marks. */
  paragraphs: string[]
  /** Where the words were published; they count as signed off on record (a published statement). */
  provenance: ProvenanceSeed
}

export type EvidenceSeed = Pick<Evidence, 'title'> &
  Partial<Pick<Evidence, 'description' | 'activityType' | 'metrics' | 'beneficiaries' | 'area'>> & {
    /** Goal number in the report's framework edition. */
    goal: number
    /** The article's words this impact is taken from. */
    citation: string
    /** The article, and whether it puts this activity under `goal` (stated) or the seed does (inferred). */
    provenance: ProvenanceSeed
  }

export type RecommendationSeed = Pick<Recommendation, 'title'> &
  Partial<Pick<Recommendation, 'description'>> & {
    /** Goal numbers in the report's framework edition. */
    goals?: number[]
  }

export type ReportSeed = Pick<Report, 'title' | 'summary'> & {
  slug: string
  organisation: OrganisationSlug
  partner?: OrganisationSlug
  framework: FrameworkSlug
  /** Sections as plain paragraphs; left out where the source has no text for them. */
  introduction?: string[]
  journey?: string[]
  analysis?: string[]
  /** In the order of the published report (stored as `order`, from 1). */
  quotes: QuoteSeed[]
  evidence: EvidenceSeed[]
  recommendations: RecommendationSeed[]
}
