import { parsePeriod } from '../../collections/fields/parsePeriod.js'
import { choiceCell, dateCell, numberCell, textCell, urlCell, type CellResult } from './cells.js'
import type { EvidenceSchema } from './evidenceSchema.js'
import { importLimits } from './limits.js'
import type { EvidenceInput, ImportProblem, MetricCells, MetricInput, RawRow } from './types.js'

/** The goals of the report's framework edition, found by number or by slug. */
export type GoalIndex = { byNumber: Map<number, string>; bySlug: Map<string, string>; editionName: string }

export type ValidationContext = {
  schema: EvidenceSchema
  goals: GoalIndex
  /** Indicator IDs by slug, when metrics may reference indicators. */
  indicators: Map<string, string>
}

const { maxShortText, maxLongText, maxExternalId } = importLimits

const resolveGoal = (value: unknown, goals: GoalIndex): CellResult<string> => {
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : ''
  const id = /^\d+$/.test(text) ? goals.byNumber.get(Number(text)) : goals.bySlug.get(text.toLowerCase())
  if (id) return { ok: true, value: id }
  return { ok: false, message: `No goal "${text}" in ${goals.editionName} (give the goal's number or slug).` }
}

/** Validates every row (nothing is written here); returns the rows ready to write, or every problem found. */
export const validateRows = (
  rows: RawRow[],
  context: ValidationContext,
  onRow?: (done: number) => void,
): { rows: EvidenceInput[]; problems: ImportProblem[] } => {
  const problems: ImportProblem[] = []
  const valid: EvidenceInput[] = []
  const rowOfExternalId = new Map<string, number>()

  rows.forEach((raw, index) => {
    const before = problems.length
    const report = (column: string, message: string) => problems.push({ row: raw.row, column, message })
    const take = <T>(result: CellResult<T>, column: string): T | undefined => {
      if (result.ok) return result.value
      report(column, result.message)
      return undefined
    }
    const { cells } = raw
    const optionalText = (key: 'description' | 'beneficiaries' | 'area' | 'sourceCitation', max: number): string | null =>
      cells[key] === undefined ? null : (take(textCell(cells[key], max), raw.column(key)) ?? null)
    const optionalChoice = (key: 'activityType', choices: EvidenceSchema['activityType']): string | null =>
      cells[key] === undefined ? null : (take(choiceCell(cells[key], choices), raw.column(key)) ?? null)

    const externalId = cells.externalId === undefined ? undefined : take(textCell(cells.externalId, maxExternalId), raw.column('externalId'))
    if (cells.externalId === undefined) report(raw.column('externalId'), 'Required: a stable key for this row, so a re-import updates it instead of adding it again.')
    if (externalId !== undefined) {
      const first = rowOfExternalId.get(externalId)
      if (first !== undefined) report(raw.column('externalId'), `"${externalId}" is also the key of row ${first}: keys must be unique within the file.`)
      else rowOfExternalId.set(externalId, raw.row)
    }
    const goal = cells.goal === undefined ? undefined : take(resolveGoal(cells.goal, context.goals), raw.column('goal'))
    if (cells.goal === undefined) report(raw.column('goal'), "Required: the goal's number or slug.")
    const title = cells.title === undefined ? undefined : take(textCell(cells.title, maxShortText), raw.column('title'))
    if (cells.title === undefined) report(raw.column('title'), 'Required.')
    const description = optionalText('description', maxLongText)
    const activityType = optionalChoice('activityType', context.schema.activityType)
    const assurance = cells.assurance === undefined ? context.schema.defaultAssurance : take(choiceCell(cells.assurance, context.schema.assurance), raw.column('assurance'))
    const beneficiaries = optionalText('beneficiaries', maxShortText)
    const area = optionalText('area', maxShortText)
    const citation = optionalText('sourceCitation', maxLongText)
    const url = cells.sourceUrl === undefined ? null : (take(urlCell(cells.sourceUrl, maxLongText), raw.column('sourceUrl')) ?? null)
    if (raw.metrics.length > importLimits.maxMetrics) report(raw.metricColumn(importLimits.maxMetrics, 'label'), `At most ${importLimits.maxMetrics} metrics per row.`)
    const metrics = raw.metrics.slice(0, importLimits.maxMetrics).map((metric, at) => validateMetric(metric, (key) => raw.metricColumn(at, key), context, report))

    if (problems.length === before) {
      valid.push({
        row: raw.row,
        externalId: externalId as string,
        goal: goal as string,
        title: title as string,
        description,
        activityType,
        assurance: assurance as string,
        beneficiaries,
        area,
        source: { citation, url },
        metrics: metrics as MetricInput[],
      })
    }
    if (onRow && (index + 1) % 500 === 0) onRow(index + 1)
  })
  onRow?.(rows.length)
  return { rows: valid, problems }
}

const validateMetric = (
  cells: MetricCells,
  column: (key: keyof MetricCells) => string,
  { schema, indicators }: ValidationContext,
  report: (column: string, message: string) => void,
): MetricInput | undefined => {
  let failed = false
  const take = <T>(result: CellResult<T>, key: keyof MetricCells): T | undefined => {
    if (result.ok) return result.value
    failed = true
    report(column(key), result.message)
    return undefined
  }
  const optional = <T>(key: keyof MetricCells, read: (value: unknown) => CellResult<T>): T | null =>
    cells[key] === undefined ? null : (take(read(cells[key]), key) ?? null)
  const unsupported = (key: keyof MetricCells, why: string) => {
    if (cells[key] === undefined) return
    failed = true
    report(column(key), why)
  }

  if (cells.label === undefined) { failed = true; report(column('label'), 'Required when the metric has any other cell.') }
  if (cells.value === undefined) { failed = true; report(column('value'), 'Required when the metric has any other cell (a number).') }
  const metric: MetricInput = {
    label: optional('label', (v) => textCell(v, maxShortText)) ?? '',
    value: optional('value', numberCell) ?? 0,
    unit: optional('unit', (v) => textCell(v, maxShortText)),
    valueText: optional('asWritten', (v) => textCell(v, maxShortText)),
    baseline: optional('baseline', numberCell),
    target: optional('target', numberCell),
    period: optional('period', (v) => textCell(v, maxShortText)),
    direction: optional('direction', (v) => choiceCell(v, schema.direction)),
  }
  if (schema.metricPeriodDates) {
    metric.periodStart = optional('periodStart', dateCell)
    metric.periodEnd = optional('periodEnd', dateCell)
    // as the collection does on save (metricPeriodsFromText): dates read from the period text when none are given
    const read = !metric.periodStart && !metric.periodEnd ? parsePeriod(metric.period) : null
    if (read) {
      metric.periodStart = `${read.start}T00:00:00.000Z`
      metric.periodEnd = `${read.end}T00:00:00.000Z`
    }
    if (metric.periodStart && metric.periodEnd && metric.periodEnd < metric.periodStart) {
      failed = true
      report(column('periodEnd'), 'The period must end on or after the day it starts.')
    }
  } else {
    unsupported('periodStart', 'Metrics have no period dates in this version; use the period column.')
    unsupported('periodEnd', 'Metrics have no period dates in this version; use the period column.')
  }
  if (schema.metricIndicator) {
    const slug = optional('indicator', (v) => textCell(v, maxShortText))
    const id = slug === null ? null : indicators.get(slug.toLowerCase())
    if (slug !== null && !id) { failed = true; report(column('indicator'), `No indicator with the slug "${slug}".`) }
    metric.indicator = id ?? null
  } else unsupported('indicator', 'Metrics cannot reference indicators in this version.')
  if (schema.metricAssurance) {
    const level = optional('assurance', (v) => choiceCell(v, schema.metricAssurance!.choices))
    // external assurance needs its provider and statement (field rules of the collection): given in the admin, not here
    if (level?.startsWith('externally-assured')) {
      failed = true
      report(column('assurance'), 'Externally assured figures need the assurer and the statement: import them as self-reported or internally-reviewed and set the assurance in the admin.')
    }
    metric.assurance = { level: level ?? schema.metricAssurance.defaultLevel }
  } else unsupported('assurance', 'Metrics have no assurance of their own in this version; use the row\'s assurance column.')
  return failed ? undefined : metric
}
