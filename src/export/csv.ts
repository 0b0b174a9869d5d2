import type { AssembledEvidence, AssembledGoal, AssembledMetric, AssembledReport } from '../delivery/types.js'
import { csvRows } from './csvCell.js'

/** UTF-8 byte-order mark: without it Excel decodes the file as the machine's ANSI code page (’ becomes â€™). */
export const utf8Bom = '\uFEFF'

type Cell = string | number | null
type Column = { header: string; value: (goal: AssembledGoal, evidence: AssembledEvidence, metric: AssembledMetric | null) => Cell }

/** The columns, left to right: where the row belongs (report, organisation, goal), the evidence, the metric. */
const columns = (doc: AssembledReport): Column[] => [
  { header: 'report_slug', value: () => doc.report.slug },
  { header: 'report_title', value: () => doc.report.title },
  { header: 'report_period_from', value: () => doc.report.period.from },
  { header: 'report_period_to', value: () => doc.report.period.to },
  { header: 'organisation', value: () => doc.organisation?.name ?? null },
  { header: 'organisation_identifiers', value: () => doc.organisation?.identifiers.map((i) => `${i.scheme}:${i.value}`).join(' ') ?? null },
  { header: 'framework', value: () => (doc.framework ? `${doc.framework.name} (${doc.framework.edition})` : null) },
  { header: 'goal_number', value: (g) => g.number },
  { header: 'goal_title', value: (g) => g.title },
  { header: 'evidence_title', value: (_g, e) => e.title },
  { header: 'evidence_assurance', value: (_g, e) => e.assurance },
  { header: 'evidence_status', value: (_g, e) => e.status },
  { header: 'metric_label', value: (_g, _e, m) => m?.label ?? null },
  { header: 'metric_value', value: (_g, _e, m) => m?.value ?? null },
  { header: 'metric_unit', value: (_g, _e, m) => m?.unit ?? null },
  { header: 'metric_as_written', value: (_g, _e, m) => m?.valueText ?? null },
  { header: 'metric_baseline', value: (_g, _e, m) => m?.baseline ?? null },
  { header: 'metric_target', value: (_g, _e, m) => m?.target ?? null },
  { header: 'metric_period', value: (_g, _e, m) => m?.period ?? null },
  { header: 'metric_direction', value: (_g, _e, m) => m?.direction ?? null },
  { header: 'source_citation', value: (_g, e) => e.source.citation },
  { header: 'source_url', value: (_g, e) => e.source.url },
]

/**
 * One row per evidence metric (an evidence item without metrics still gets one row, its metric cells empty),
 * goals in framework order and evidence in the report's order. UTF-8 with a BOM, CRLF, RFC 4180 quoting, and
 * text that a spreadsheet would run as a formula neutralised (src/export/csvCell.ts).
 */
export const reportToCsv = (doc: AssembledReport): string => {
  const cols = columns(doc)
  const rows: Cell[][] = [cols.map((c) => c.header)]
  for (const goal of doc.goals) {
    for (const evidence of goal.evidence) {
      const metrics: (AssembledMetric | null)[] = evidence.metrics.length ? evidence.metrics : [null]
      for (const metric of metrics) rows.push(cols.map((c) => c.value(goal, evidence, metric)))
    }
  }
  return utf8Bom + csvRows(rows)
}
