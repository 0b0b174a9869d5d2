'use client'
import type { ImportProblem, PreviewRow } from './importClient.js'

const actionLabel: Record<PreviewRow['action'], string> = { create: 'New', update: 'Update', unchanged: 'Unchanged' }

/** The rows the file would import, with what happens to each (new item, update of the item with that key, nothing). */
export const PreviewTable = ({ rows, total }: { rows: PreviewRow[]; total: number }) => (
  <div className="import-evidence__table-wrap">
    <table className="import-evidence__table" aria-label="Rows to import">
      <thead>
        <tr><th scope="col">Row</th><th scope="col">Key</th><th scope="col">Goal</th><th scope="col">Title</th><th scope="col">Metrics</th><th scope="col">Action</th></tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.row} data-action={row.action}>
            <td>{row.row}</td><td>{row.externalId}</td><td>{row.goal}</td><td>{row.title}</td><td>{row.metrics}</td><td>{actionLabel[row.action]}</td>
          </tr>
        ))}
      </tbody>
    </table>
    {total > rows.length ? <p className="import-evidence__more">…and {total - rows.length} more rows.</p> : null}
  </div>
)

/** Every problem found, by row and column: the file is refused as a whole until they are fixed. */
export const ProblemsTable = ({ problems }: { problems: ImportProblem[] }) => (
  <div className="import-evidence__table-wrap">
    <table className="import-evidence__table import-evidence__table--problems" aria-label="Problems">
      <thead>
        <tr><th scope="col">Row</th><th scope="col">Column</th><th scope="col">Problem</th></tr>
      </thead>
      <tbody>
        {problems.map((problem, index) => (
          <tr key={index}>
            <td>{problem.row ?? '–'}</td><td>{problem.column ?? '–'}</td><td>{problem.message}</td>
          </tr>
        ))}
      </tbody>
    </table>
  </div>
)
