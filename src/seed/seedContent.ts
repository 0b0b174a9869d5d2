import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type CollectionSlug,
  type DataFromCollectionSlug,
  type Payload,
  type PayloadRequest,
  type RequestContext,
  type RequiredDataFromCollectionSlug,
  type TypedCollectionSelect,
  type Where,
} from 'payload'
import { slugify } from '../../collections/fields/slugField.js'
import { draftSlugs, slugs } from '../../collections/slugs.js'
import {
  frameworks,
  goalsByFramework,
  organisations,
  people,
  reports,
  type FrameworkSlug,
  type GoalRef,
  type OrganisationSlug,
  type PersonSeed,
  type ReportSeed,
} from './content/index.js'
import { coverageByReport } from './content/coverage.js'
import { signOffOnRecord } from '../signoff/onRecord.js'
import { recordSignOffOnRecord } from '../signoff/recordOnRecord.js'
import { indicators } from './content/indicators.js'
import { richText } from './richText.js'
import { seedIndicators } from './seedIndicators.js'

/** Documents created per collection (zero when a run found everything in place). */
export type SeedSummary = Record<string, number>

/** The collections the seed writes, in the order it writes them. */
const seededCollections = [
  slugs.frameworks,
  slugs.goals,
  slugs.organisations,
  slugs.people,
  slugs.reports,
  slugs.quotes,
  slugs.evidence,
  slugs.recommendations,
] as const

const hasDrafts = (collection: CollectionSlug): boolean => (draftSlugs as readonly string[]).includes(collection)

const isEmpty = (value: unknown): boolean =>
  value === null || value === undefined || (Array.isArray(value) && value.length === 0)

/**
 * True when every value given in `desired` already holds in `actual`. Keys `desired` leaves out, and extra
 * keys of `actual` (ids of array rows, timestamps, joins), are not compared; an empty list matches no value.
 */
export const matches = (desired: unknown, actual: unknown): boolean => {
  if (desired === undefined) return true
  if (isEmpty(desired)) return isEmpty(actual)
  if (Array.isArray(desired)) {
    return Array.isArray(actual) && actual.length === desired.length && desired.every((item, i) => matches(item, actual[i]))
  }
  if (typeof desired === 'object' && desired !== null) {
    if (typeof actual !== 'object' || actual === null || Array.isArray(actual)) return false
    const record = actual as Record<string, unknown>
    return Object.entries(desired).every(([key, value]) => matches(value, record[key]))
  }
  return desired === actual
}

type Seeder = {
  payload: Payload
  /** Shared by every call, so the whole seed is one transaction. */
  req: PayloadRequest
  created: SeedSummary
}

/**
 * Finds the one document with the natural key `where`; creates it from `data` when missing, updates it
 * when it differs from `data`, and otherwise leaves it untouched (no new version, same `updatedAt`).
 */
const upsert = async <TSlug extends CollectionSlug>(
  seeder: Seeder,
  collection: TSlug,
  where: Where,
  data: RequiredDataFromCollectionSlug<TSlug>,
  /** Passed to the write (e.g. a sign-off on record, src/signoff/onRecord.ts). */
  context?: RequestContext,
): Promise<DataFromCollectionSlug<TSlug>> => {
  const { payload, req } = seeder
  const { docs } = await payload.find({ collection, where, depth: 0, limit: 2, draft: hasDrafts(collection), req })
  if (docs.length > 1) {
    throw new Error(`Seed: more than one ${collection} document matches ${JSON.stringify(where)}`)
  }
  const [existing] = docs
  if (!existing) {
    seeder.created[collection] = (seeder.created[collection] ?? 0) + 1
    return payload.create({ collection, data, depth: 0, draft: false, req, context })
  }
  if (matches(data, existing)) return existing
  payload.logger.info(`Seed: updating ${collection} ${existing.id} to the reference content`)
  // Whole data is valid partial data, but TypeScript cannot relate the two for a generic slug.
  type UpdateData = Parameters<typeof payload.update<TSlug, TypedCollectionSelect[TSlug]>>[0]['data']
  return payload.update({ collection, id: existing.id, data: data as UpdateData, depth: 0, draft: false, req, context })
}

const byKey = (field: string, value: string | number): Where => ({ [field]: { equals: value } })
const byKeys = (...conditions: Where[]): Where => ({ and: conditions })

/** Looks up an ID written earlier in the run, failing loudly on a typo in the content files. */
const lookup = <K>(map: Map<K, string>, key: K, what: string): string => {
  const id = map.get(key)
  if (!id) throw new Error(`Seed content refers to unknown ${what} ${JSON.stringify(key)}`)
  return id
}

const goalKey = ({ framework, number }: GoalRef): string => `${framework}#${number}`

type Ids = {
  frameworks: Map<FrameworkSlug, string>
  goals: Map<string, string>
  organisations: Map<OrganisationSlug, string>
  people: Map<string, string>
}

const seedFrameworksAndGoals = async (seeder: Seeder, ids: Ids): Promise<void> => {
  for (const { slug, previousEdition, ...framework } of frameworks) {
    const doc = await upsert(seeder, slugs.frameworks, byKey('slug', slug), {
      ...framework,
      slug,
      previousEdition: previousEdition ? lookup(ids.frameworks, previousEdition, 'framework') : null,
    })
    ids.frameworks.set(slug, doc.id)
  }
  for (const [frameworkSlug, goals] of goalsByFramework) {
    const framework = lookup(ids.frameworks, frameworkSlug, 'framework')
    for (const { mappings, ...goal } of goals) {
      const doc = await upsert(
        seeder,
        slugs.goals,
        byKeys(byKey('framework', framework), byKey('number', goal.number)),
        {
          ...goal,
          framework,
          slug: slugify(goal.title),
          // rows of goal, basis and note
          mappings: (mappings ?? []).map(({ basis, note, ...ref }) => ({ goal: lookup(ids.goals, goalKey(ref), 'goal'), basis, note })),
        },
      )
      ids.goals.set(goalKey({ framework: frameworkSlug, number: goal.number }), doc.id)
    }
  }
}

const seedOrganisationsAndPeople = async (seeder: Seeder, ids: Ids): Promise<void> => {
  for (const { slug, description, parent, ...organisation } of organisations) {
    const doc = await upsert(seeder, slugs.organisations, byKey('slug', slug), {
      ...organisation,
      slug,
      ...(description ? { description: richText(description) } : {}),
      parent: parent ? lookup(ids.organisations, parent, 'organisation') : null,
    })
    ids.organisations.set(slug, doc.id)
  }
  for (const { organisation, ...person } of people) {
    const doc = await upsert(seeder, slugs.people, byKey('name', person.name), {
      ...person,
      organisation: organisation ? lookup(ids.organisations, organisation, 'organisation') : null,
    })
    ids.people.set(person.name, doc.id)
  }
}

const seedReport = async (seeder: Seeder, ids: Ids, report: ReportSeed): Promise<void> => {
  const goalId = (number: number): string => lookup(ids.goals, goalKey({ framework: report.framework, number }), 'goal')
  const evidenceGoals = [...new Set(report.evidence.map((item) => item.goal))].sort((a, b) => a - b)

  const { id } = await upsert(seeder, slugs.reports, byKey('slug', report.slug), {
    title: report.title,
    slug: report.slug,
    organisation: lookup(ids.organisations, report.organisation, 'organisation'),
    partner: report.partner ? lookup(ids.organisations, report.partner, 'organisation') : null,
    framework: lookup(ids.frameworks, report.framework, 'framework'),
    goals: evidenceGoals.map(goalId),
    // what the report says about every goal of its edition (src/seed/content/coverage.ts)
    coverage: (coverageByReport[report.slug] ?? []).map(({ goal, ...declaration }) => ({ goal: goalId(goal), ...declaration })),
    summary: report.summary,
    ...(report.introduction ? { introduction: richText(report.introduction) } : {}),
    ...(report.journey ? { journey: richText(report.journey) } : {}),
    ...(report.analysis ? { analysis: richText(report.analysis) } : {}),
    _status: 'published',
  })
  const inReport = (field: string, value: string): Where => byKeys(byKey('report', id), byKey(field, value))
  const published = { report: id, _status: 'published' } as const

  const speakers = new Map<string, PersonSeed>(people.map((person) => [person.name, person]))
  for (const [index, quote] of report.quotes.entries()) {
    const speaker = speakers.get(quote.person)
    if (!speaker) throw new Error(`Seed content refers to unknown person ${JSON.stringify(quote.person)}`)
    const text = quote.paragraphs.join('\n\n')
    // the speakers gave these words to a published article: signed off on record, with the article as provenance
    const note = `Published statement: ${quote.provenance.source}`
    const doc = await upsert(
      seeder,
      slugs.quotes,
      inReport('speakerName', speaker.name),
      {
        ...published,
        person: lookup(ids.people, speaker.name, 'person'),
        speakerName: speaker.name,
        speakerHonorific: speaker.honorific ?? null,
        speakerRole: speaker.roleTitle ?? null,
        text,
        context: quote.context,
        provenance: quote.provenance,
        order: index + 1,
      },
      signOffOnRecord(text, note),
    )
    // a quote already in place from an earlier run gets its record too
    if (await recordSignOffOnRecord(seeder.req, doc, note)) seeder.created[slugs.quoteSignOffs] = (seeder.created[slugs.quoteSignOffs] ?? 0) + 1
  }

  for (const [index, { goal, citation, ...evidence }] of report.evidence.entries()) {
    await upsert(seeder, slugs.evidence, inReport('title', evidence.title), {
      ...published,
      ...evidence,
      goal: goalId(goal),
      assurance: 'self-reported',
      source: { citation },
      order: index + 1,
    })
  }

  for (const [index, { goals, ...recommendation }] of report.recommendations.entries()) {
    await upsert(seeder, slugs.recommendations, inReport('title', recommendation.title), {
      ...published,
      ...recommendation,
      goals: (goals ?? []).map(goalId),
      status: 'proposed',
      order: index + 1,
    })
  }
}

/**
 * Writes the reference content — framework editions and their goals, the organisations and people of
 * the two source articles, and their reports with quotes, evidence and recommendations — in one
 * transaction. Idempotent: documents are matched by natural key (slug; framework and number; report and
 * title or speaker; name) and only written when missing or different.
 */
export const seedContent = async (payload: Payload): Promise<SeedSummary> => {
  const req = await createLocalReq({}, payload)
  const ownsTransaction = await initTransaction(req)
  const seeder: Seeder = {
    payload,
    req,
    created: Object.fromEntries(seededCollections.map((collection) => [collection, 0])),
  }
  const ids: Ids = { frameworks: new Map(), goals: new Map(), organisations: new Map(), people: new Map() }
  try {
    await seedFrameworksAndGoals(seeder, ids)
    await seedOrganisationsAndPeople(seeder, ids)
    seeder.created[slugs.indicators] = await seedIndicators(req, indicators, (ref) => lookup(ids.goals, goalKey(ref), 'goal'))
    for (const report of reports) await seedReport(seeder, ids, report)
    if (ownsTransaction) await commitTransaction(req)
  } catch (error) {
    if (ownsTransaction) await killTransaction(req)
    throw error
  }
  return seeder.created
}
