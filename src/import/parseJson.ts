import { fileProblem, ImportError } from './errors.js'
import { importLimits } from './limits.js'
import { evidenceKeys, metricKeys, type EvidenceCells, type EvidenceKey, type ImportProblem, type MetricCells, type MetricKey, type RawRow } from './types.js'

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

// JSON may nest the source (`source: { citation, url }`) and name the as-written figure as the collection does
const evidenceAliases: Record<string, EvidenceKey> = { id: 'externalId' }
const metricAliases: Record<string, MetricKey> = { valueText: 'asWritten' }

const readMetrics = (value: unknown, row: number, problems: ImportProblem[]): MetricCells[] => {
  if (value === undefined || value === null) return []
  if (!Array.isArray(value)) {
    problems.push({ row, column: 'metrics', message: 'metrics must be a list of objects.' })
    return []
  }
  if (value.length > importLimits.maxMetrics) problems.push({ row, column: 'metrics', message: `At most ${importLimits.maxMetrics} metrics per item.` })
  return value.slice(0, importLimits.maxMetrics).map((metric, index) => {
    const cells: MetricCells = {}
    if (!isPlainObject(metric)) {
      problems.push({ row, column: `metrics[${index}]`, message: 'Each metric must be an object.' })
      return cells
    }
    for (const [name, cell] of Object.entries(metric)) {
      const key = (metricKeys as readonly string[]).includes(name) ? (name as MetricKey) : metricAliases[name]
      if (!key) problems.push({ row, column: `metrics[${index}].${name}`, message: 'Unknown property.' })
      else if (cell !== null && cell !== '') cells[key] = cell
    }
    return cells
  })
}

/** The rows of a JSON file: an array of evidence objects (or `{ "evidence": [...] }`), each with a `metrics` array. */
export const parseJson = (text: string): RawRow[] => {
  let document: unknown
  try {
    document = JSON.parse(text)
  } catch (error) {
    throw fileProblem(`The file is not valid JSON: ${(error as Error).message}`)
  }
  const items = Array.isArray(document) ? document : isPlainObject(document) && Array.isArray(document.evidence) ? document.evidence : undefined
  if (!items) throw fileProblem('The JSON must be an array of evidence objects (or an object with an "evidence" array).')
  if (items.length === 0) throw fileProblem('The file has no rows.')
  if (items.length > importLimits.maxRows) throw fileProblem(`The file has ${items.length} rows; at most ${importLimits.maxRows} are imported at once.`)

  const problems: ImportProblem[] = []
  const rows = items.map((item, index): RawRow => {
    const row = index + 1
    const cells: EvidenceCells = {}
    let metrics: MetricCells[] = []
    if (!isPlainObject(item)) {
      problems.push({ row, message: 'Each row must be an object.' })
    } else {
      for (const [name, value] of Object.entries(item)) {
        if (name === 'metrics') metrics = readMetrics(value, row, problems)
        else if (name === 'source' && isPlainObject(value)) {
          if (value.citation != null && value.citation !== '') cells.sourceCitation = value.citation
          if (value.url != null && value.url !== '') cells.sourceUrl = value.url
          for (const extra of Object.keys(value).filter((key) => key !== 'citation' && key !== 'url')) {
            problems.push({ row, column: `source.${extra}`, message: 'Unknown property.' })
          }
        } else {
          const key = (evidenceKeys as readonly string[]).includes(name) ? (name as EvidenceKey) : evidenceAliases[name]
          if (!key) problems.push({ row, column: name, message: 'Unknown property.' })
          else if (value !== null && value !== '') cells[key] = value
        }
      }
    }
    return {
      row,
      cells,
      metrics,
      column: (key) => (key === 'sourceCitation' ? 'source.citation' : key === 'sourceUrl' ? 'source.url' : key),
      metricColumn: (metricIndex, key) => `metrics[${metricIndex}].${key}`,
    }
  })
  if (problems.length) throw new ImportError(422, problems)
  return rows
}
