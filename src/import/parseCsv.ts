import { parse } from 'csv-parse/sync'
import { columnTarget, requiredColumns, type ColumnTarget } from './columns.js'
import { fileProblem, ImportError } from './errors.js'
import { importLimits } from './limits.js'
import type { EvidenceCells, EvidenceKey, ImportProblem, MetricCells, MetricKey, RawRow } from './types.js'

type CsvParseError = Error & { code?: string; lines?: number }

const parseRecords = (text: string, delimiter: string, options: { toLine?: number } = {}): string[][] => {
  try {
    return parse(text, {
      delimiter,
      bom: true,
      skip_empty_lines: true,
      relax_column_count: false,
      // one record may not swallow the file (an unclosed quote in garbage)
      max_record_size: 1024 * 1024,
      ...(options.toLine ? { to_line: options.toLine } : {}),
    }) as string[][]
  } catch (error) {
    const { message, lines } = error as CsvParseError
    const where = lines ? ` (near line ${lines})` : ''
    throw fileProblem(`The file is not valid CSV${where}: ${message.replace(/^Invalid [^:]*: /, '')}`)
  }
}

/** Comma, or semicolon when the header line has semicolons and no commas (spreadsheets in many European locales). */
const delimiterOf = (text: string): string => {
  const firstLine = text.slice(0, text.search(/\r?\n|$/))
  return !firstLine.includes(',') && firstLine.includes(';') ? ';' : ','
}

const headerTargets = (header: string[]): ColumnTarget[] => {
  const problems: ImportProblem[] = []
  const seen = new Set<string>()
  const targets = header.map((name, position) => {
    const target = columnTarget(name)
    const column = name.trim() || `column ${position + 1}`
    if (!target) {
      problems.push({ row: 1, column, message: 'Unknown column. Expected externalId, goal, title, description, activityType, assurance, beneficiaries, area, sourceCitation, sourceUrl and metricN_label, metricN_value, … (see the README).' })
      return undefined
    }
    const key = target.kind === 'evidence' ? target.key : `metric${target.index}_${target.key}`
    if (seen.has(key)) problems.push({ row: 1, column, message: 'This column appears twice.' })
    if (target.kind === 'metric' && (target.index < 1 || target.index > importLimits.maxMetrics)) {
      problems.push({ row: 1, column, message: `Metrics are numbered 1 to ${importLimits.maxMetrics}.` })
    }
    seen.add(key)
    return target
  })
  const missing = requiredColumns.filter((key) => !seen.has(key))
  if (missing.length) {
    const looksLikeHeader = targets.some(Boolean)
    throw fileProblem(
      looksLikeHeader
        ? `The header is missing the column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}.`
        : `The first line must be a header naming the columns (at least ${requiredColumns.join(', ')}); found "${header.slice(0, 3).join(', ').slice(0, 80)}".`,
    )
  }
  if (problems.length) throw new ImportError(400, problems)
  return targets as ColumnTarget[]
}

/** The rows of a CSV file (header required), cells still as text. */
export const parseCsv = (text: string): RawRow[] => {
  const delimiter = delimiterOf(text)
  const [header] = parseRecords(text, delimiter, { toLine: 1 })
  if (!header) throw fileProblem('The file has no header line.')
  const targets = headerTargets(header)
  const records = parseRecords(text, delimiter).slice(1)
  if (records.length === 0) throw fileProblem('The file has a header but no rows.')
  if (records.length > importLimits.maxRows) throw fileProblem(`The file has ${records.length} rows; at most ${importLimits.maxRows} are imported at once.`)

  const headerOf = new Map<string, string>()
  targets.forEach((target, position) => headerOf.set(target.kind === 'evidence' ? target.key : `${target.index}.${target.key}`, header[position]))

  return records.map((record, index) => {
    const cells: EvidenceCells = {}
    const metrics: MetricCells[] = []
    record.forEach((value, position) => {
      if (value.trim() === '') return
      const target = targets[position]
      if (target.kind === 'evidence') cells[target.key] = value
      else (metrics[target.index - 1] ??= {})[target.key] = value
    })
    return {
      // the header is line 1 of the spreadsheet
      row: index + 2,
      cells,
      // a numbered metric with every cell empty is no metric; gaps (metric1 empty, metric2 filled) close up
      metrics: metrics.filter((metric) => metric && Object.keys(metric).length > 0),
      column: (key: EvidenceKey) => headerOf.get(key) ?? key,
      metricColumn: (metricIndex: number, key: MetricKey) => {
        const numbered = metrics.map((metric, at) => (metric && Object.keys(metric).length ? at + 1 : 0)).filter(Boolean)
        const number = numbered[metricIndex] ?? metricIndex + 1
        return headerOf.get(`${number}.${key}`) ?? `metric${number}_${key}`
      },
    }
  })
}
