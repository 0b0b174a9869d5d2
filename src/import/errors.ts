import type { ImportProblem } from './types.js'

/** At most this many problems are listed; a file with more is summarised by a last line. */
export const maxListedProblems = 500

/**
 * An import refused as a whole: 400 for a file we cannot read (encoding, header, shape), 422 for rows that do
 * not validate, 403/404 for the report. Nothing has been written when it is thrown.
 */
export class ImportError extends Error {
  readonly status: number
  readonly problems: ImportProblem[]

  constructor(status: number, problems: ImportProblem[]) {
    const listed = problems.length > maxListedProblems
      ? [...problems.slice(0, maxListedProblems), { message: `…and ${problems.length - maxListedProblems} more problems.` }]
      : problems
    super(listed.map(describeProblem).join('\n'))
    this.name = 'ImportError'
    this.status = status
    this.problems = listed
  }
}

/** "Row 3, metric1_value: The value must be a number." */
export const describeProblem = (problem: ImportProblem): string => {
  const where = [problem.row === undefined ? undefined : `Row ${problem.row}`, problem.column].filter(Boolean).join(', ')
  return where ? `${where}: ${problem.message}` : problem.message
}

export const fileProblem = (message: string, status = 400): ImportError => new ImportError(status, [{ message }])
