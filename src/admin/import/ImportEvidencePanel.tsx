'use client'
import { useState, type ChangeEvent } from 'react'
import { checkImport, runImport, type ImportProblem, type ImportSummary, type PreviewRow, type Progress } from './importClient.js'
import { PreviewTable, ProblemsTable } from './ImportTables.js'
import { importSummaryText } from '../../import/summaryText.js'

type Step =
  | { name: 'choose' }
  | { name: 'checking'; file: File }
  | { name: 'refused'; file: File; problems: ImportProblem[] }
  | { name: 'preview'; file: File; summary: ImportSummary; preview: PreviewRow[] }
  | { name: 'importing'; file: File; progress: Progress }
  | { name: 'done'; summary: ImportSummary }

const counts = (summary: ImportSummary) =>
  `${summary.created} new, ${summary.updated} updated, ${summary.unchanged} unchanged`

/**
 * Upload → preview (or the problems, per row and column) → confirm → progress → result. The server validates the
 * whole file before anything is written and writes it in one transaction, so a refused or failed import leaves
 * the report as it was.
 */
export const ImportEvidencePanel = ({ apiBase, slug, onImported }: { apiBase: string; slug: string; onImported: () => void }) => {
  const [step, setStep] = useState<Step>({ name: 'choose' })

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0]
    event.target.value = ''
    if (!file) return
    setStep({ name: 'checking', file })
    const checked = await checkImport(apiBase, slug, file)
    setStep(checked.ok ? { name: 'preview', file, summary: checked.summary, preview: checked.preview } : { name: 'refused', file, problems: checked.problems })
  }

  const confirm = async (file: File) => {
    setStep({ name: 'importing', file, progress: { done: 0, total: 0 } })
    const result = await runImport(apiBase, slug, file, (progress) => setStep({ name: 'importing', file, progress }))
    if (result.ok) {
      setStep({ name: 'done', summary: result.summary })
      onImported()
    } else setStep({ name: 'refused', file, problems: result.problems })
  }

  return (
    <div className="import-evidence">
      <p className="import-evidence__help">
        A CSV or JSON file, one evidence item per row: <code>externalId</code>, <code>goal</code> (number or slug), <code>title</code>, optional
        description, assurance, sourceCitation, sourceUrl and metrics (<code>metric1_label</code>, <code>metric1_value</code>, <code>metric1_unit</code>,{' '}
        <code>metric1_asWritten</code>, …). Rows whose key is already in this report update that item. New items are drafts.
      </p>
      <label className="import-evidence__file btn btn--style-secondary btn--size-small">
        Choose a file…
        <input type="file" accept=".csv,.json,text/csv,application/json" onChange={choose} disabled={step.name === 'checking' || step.name === 'importing'} />
      </label>
      {'file' in step ? <p className="import-evidence__file-name">{step.file.name}</p> : null}

      {step.name === 'checking' ? <p role="status">Checking every row…</p> : null}

      {step.name === 'refused' ? (
        <div role="alert">
          <p className="import-evidence__refused">
            Nothing was imported: {step.problems.length} problem{step.problems.length === 1 ? '' : 's'}. Fix the file and choose it again.
          </p>
          <ProblemsTable problems={step.problems} />
        </div>
      ) : null}

      {step.name === 'preview' ? (
        <div>
          <p role="status">
            {step.summary.rows} rows are valid: {counts(step.summary)}.
          </p>
          <PreviewTable rows={step.preview} total={step.summary.rows} />
          <button
            type="button"
            className="btn btn--style-primary btn--size-medium import-evidence__confirm"
            disabled={step.summary.created + step.summary.updated === 0}
            onClick={() => confirm(step.file)}
          >
            Import {step.summary.created + step.summary.updated} rows
          </button>
        </div>
      ) : null}

      {step.name === 'importing' ? (
        <div>
          <label htmlFor="import-evidence-progress">
            Importing… {step.progress.total ? `${step.progress.done} of ${step.progress.total}` : ''}
          </label>
          <progress id="import-evidence-progress" className="import-evidence__progress" max={step.progress.total || 1} value={step.progress.done} />
        </div>
      ) : null}

      {step.name === 'done' ? (
        <p role="status" className="import-evidence__done">
          {importSummaryText(step.summary)}
        </p>
      ) : null}
    </div>
  )
}
