/** The admin's side of `POST /api/reports/{slug}/import` (src/import/endpoint.ts), with the signed-in cookie. */

export type ImportProblem = { message: string; row?: number; column?: string }
export type ImportSummary = { rows: number; created: number; updated: number; unchanged: number; dryRun: boolean; report: { title: string; slug: string } }
export type PreviewRow = { row: number; externalId: string; goal: string; title: string; metrics: number; action: 'create' | 'update' | 'unchanged' }
export type Checked = { ok: true; summary: ImportSummary; preview: PreviewRow[] } | { ok: false; problems: ImportProblem[] }
export type Progress = { done: number; total: number }

const importUrl = (apiBase: string, slug: string, dryRun: boolean) => `${apiBase}/reports/${encodeURIComponent(slug)}/import${dryRun ? '?dryRun=true' : ''}`

const formWith = (file: File): FormData => {
  const form = new FormData()
  form.append('file', file)
  return form
}

const problemsOf = async (response: Response): Promise<ImportProblem[]> => {
  if (response.status === 413) return [{ message: 'The file is larger than the server accepts (MAX_UPLOAD_BYTES).' }]
  try {
    const body = (await response.json()) as { errors?: ImportProblem[] }
    if (body.errors?.length) return body.errors
  } catch {
    // not JSON: fall through
  }
  return [{ message: `The server answered ${response.status}.` }]
}

/** Validates the file on the server without writing: the preview, or every problem. */
export const checkImport = async (apiBase: string, slug: string, file: File): Promise<Checked> => {
  const response = await fetch(importUrl(apiBase, slug, true), { method: 'POST', body: formWith(file), credentials: 'include' })
  if (!response.ok) return { ok: false, problems: await problemsOf(response) }
  const body = (await response.json()) as { summary: ImportSummary; preview: PreviewRow[] }
  return { ok: true, ...body }
}

type StreamLine =
  | ({ type: 'progress' } & Progress)
  | { type: 'done'; summary: ImportSummary }
  | { type: 'error'; errors: ImportProblem[] }

/** Imports the file, reporting the server's NDJSON progress lines as they arrive. */
export const runImport = async (
  apiBase: string,
  slug: string,
  file: File,
  onProgress: (progress: Progress) => void,
): Promise<{ ok: true; summary: ImportSummary } | { ok: false; problems: ImportProblem[] }> => {
  const response = await fetch(importUrl(apiBase, slug, false), {
    method: 'POST',
    body: formWith(file),
    credentials: 'include',
    headers: { accept: 'application/x-ndjson' },
  })
  if (!response.ok || !response.body) return { ok: false, problems: await problemsOf(response) }
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader()
  let buffered = ''
  for (let part = await reader.read(); !part.done; part = await reader.read()) {
    buffered += part.value
    const lines = buffered.split('\n')
    buffered = lines.pop() ?? ''
    for (const text of lines.filter(Boolean)) {
      const line = JSON.parse(text) as StreamLine
      if (line.type === 'progress') onProgress({ done: line.done, total: line.total })
      if (line.type === 'done') return { ok: true, summary: line.summary }
      if (line.type === 'error') return { ok: false, problems: line.errors }
    }
  }
  return { ok: false, problems: [{ message: 'The connection ended before the import finished; nothing was written.' }] }
}
