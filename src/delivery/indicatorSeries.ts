import type { PayloadRequest, Where } from 'payload'
import type { Indicator, Media } from '../../payload-types.js'
import { slugs } from '../../collections/slugs.js'
import { seesOrganisationInternals } from '../access/index.js'
import { hasIdFormat } from '../db/documentIds.js'
import { refIds } from '../refs.js'
import { changeBetween } from './indicatorChange.js'
import { findIndicators } from './indicatorDocs.js'
import { findIndicatorPoints, periodKey, type IndicatorPoint } from './indicatorPoints.js'
import type { AssembledChange, AssembledIndicatorRef, AssembledMetricAssurance, AssembledPeriodDates, AssembledReportRef } from './indicatorTypes.js'
import type { AssembledMedia } from './types.js'

export type IndicatorSeriesPoint = AssembledPeriodDates & {
  value: number
  valueText: string | null
  unit: string | null
  period: string | null
  assurance: AssembledMetricAssurance
  report: AssembledReportRef
  evidence: { id: string; title: string }
  /** From the point before it in this series (null for the first, or when the units differ). */
  change: AssembledChange | null
}

/** The body of `GET /api/organisations/{slug}/indicators/{indicator}/series`. */
export type IndicatorSeries = {
  organisation: { id: string; name: string; slug: string | null }
  indicator: AssembledIndicatorRef & { definition: string | null; externalCodes: { scheme: string; code: string }[] }
  /** Oldest period first (by the day each period ends); values without a dated period last. */
  points: IndicatorSeriesPoint[]
  /** True when latest (draft) versions were read for a previewer. */
  draft: boolean
}

const media = (doc: Media | undefined): AssembledMedia | null =>
  doc
    ? { id: doc.id, alt: doc.alt, url: doc.url ?? null, filename: doc.filename ?? null, mimeType: doc.mimeType ?? null, width: doc.width ?? null, height: doc.height ?? null }
    : null

const byPeriod = (a: IndicatorPoint, b: IndicatorPoint): number => {
  const ka = periodKey(a)
  const kb = periodKey(b)
  if (ka !== kb) return ka === null ? 1 : kb === null ? -1 : ka < kb ? -1 : 1
  return a.report.title.localeCompare(b.report.title)
}

/** An indicator by slug, or by ID when the segment has the ID format. */
const findIndicator = async (req: PayloadRequest, segment: string): Promise<Indicator | undefined> => {
  const where: Where = hasIdFormat(req.payload, slugs.indicators, segment)
    ? { or: [{ slug: { equals: segment } }, { id: { equals: segment } }] }
    : { slug: { equals: segment } }
  return (await findIndicators(req, where))[0]
}

/**
 * One organisation's values of one indicator, by period, each with its report, evidence item, assurance and the
 * change from the point before. The published view (published items of published reports) for everyone, including
 * staff; `draft` (asked for by a signed-in caller) is honoured only for those who may preview the organisation's
 * drafts. Null when there is no such organisation or indicator.
 */
export const indicatorSeries = async (
  req: PayloadRequest,
  input: { organisation: string; indicator: string; draft: boolean },
): Promise<IndicatorSeries | null> => {
  const { payload } = req
  const [organisation] = (
    await payload.find({
      collection: slugs.organisations,
      req,
      user: req.user,
      overrideAccess: false,
      depth: 0,
      limit: 1,
      pagination: false,
      where: { slug: { equals: input.organisation } },
      select: { name: true, slug: true },
    })
  ).docs
  if (!organisation) return null
  const indicator = await findIndicator(req, input.indicator)
  if (!indicator) return null

  const draft = input.draft && seesOrganisationInternals(req, organisation.id)
  const points = (await findIndicatorPoints(req, { organisationId: organisation.id, indicatorIds: [indicator.id], draft })).sort(byPeriod)
  const statementIds = refIds(points.map((p) => p.assurance.statement))
  const statements = statementIds.length
    ? (await payload.find({ collection: slugs.media, req, user: req.user, overrideAccess: false, depth: 0, pagination: false, where: { id: { in: statementIds } } })).docs
    : []
  const statementById = new Map(statements.map((m) => [m.id, m]))
  const direction = indicator.direction ?? 'higher'

  return {
    organisation: { id: organisation.id, name: organisation.name, slug: organisation.slug ?? null },
    indicator: {
      id: indicator.id,
      name: indicator.name,
      slug: indicator.slug ?? null,
      definition: indicator.definition ?? null,
      unit: indicator.unit ?? null,
      direction,
      externalCodes: (indicator.externalCodes ?? []).map(({ scheme, code }) => ({ scheme, code })),
    },
    points: points.map((point, index) => {
      const before = points[index - 1]
      return {
        value: point.value,
        valueText: point.valueText,
        unit: point.unit,
        period: point.period,
        periodStart: point.periodStart,
        periodEnd: point.periodEnd,
        assurance: { ...point.assurance, statement: point.assurance.statement ? media(statementById.get(point.assurance.statement)) : null },
        report: point.report,
        evidence: point.evidence,
        change: before && periodKey(before) !== null && periodKey(point) !== null ? changeBetween(point, before, direction) : null,
      }
    }),
    draft,
  }
}
