import { addDataAndFileToRequest, APIError, type Endpoint, type PayloadRequest } from 'payload'
import { ImportError } from './errors.js'
import { applyImport, prepareImport } from './runImport.js'
import type { ImportProblem } from './types.js'

export const ndjsonType = 'application/x-ndjson'

const problemsResponse = (status: number, problems: ImportProblem[]): Response => Response.json({ errors: problems }, { status })

const flag = (value: unknown): boolean => value === 'true' || value === '1'

/** The uploaded file: multipart/form-data with the file in a part named `file`. */
const uploadedFile = async (req: PayloadRequest) => {
  const contentType = req.headers.get('content-type') ?? ''
  if (!contentType.toLowerCase().startsWith('multipart/form-data')) return undefined
  await addDataAndFileToRequest(req)
  return req.file
}

/**
 * The rest of the import as NDJSON lines: `{"type":"progress","phase":"writing","done","total"}` while rows are
 * written, then `{"type":"done","summary"}` or `{"type":"error","status","errors"}` (the transaction rolled back).
 * Validation problems never get here: they are answered 422 before the stream starts.
 */
const streamApply = (req: PayloadRequest, prepared: Awaited<ReturnType<typeof prepareImport>>): Response => {
  const encoder = new TextEncoder()
  const body = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (line: unknown) => controller.enqueue(encoder.encode(`${JSON.stringify(line)}\n`))
      try {
        const summary = await applyImport(req, prepared, (progress) => send({ type: 'progress', ...progress }))
        send({ type: 'done', summary })
      } catch (error) {
        const refused = error instanceof ImportError ? error : undefined
        if (!refused) req.payload.logger.error({ err: error, msg: 'Evidence import failed; nothing was written' })
        send({ type: 'error', status: refused?.status ?? 500, errors: refused?.problems ?? [{ message: 'The import failed; nothing was written.' }] })
      }
      controller.close()
    },
  })
  return new Response(body, { status: 200, headers: { 'content-type': ndjsonType, 'cache-control': 'no-store' } })
}

/**
 * `POST /api/reports/{slug}/import` — evidence rows from a CSV or JSON file (multipart, field `file`).
 * `?dryRun=true` validates and answers the preview without writing. `Accept: application/x-ndjson` streams the
 * writing progress; otherwise one JSON answer `{ summary, preview }` when everything is written.
 * 401 signed out, 403 not allowed for this report, 404 unknown report, 400 unreadable file, 422 rows with problems
 * (`errors: [{ row, column, message }]`, all of them) — and then nothing is written.
 */
export const importEvidenceEndpoint: Endpoint = {
  path: '/:slug/import',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return problemsResponse(401, [{ message: 'Sign in to import evidence.' }])
    const slug = String(req.routeParams?.slug ?? '')
    try {
      const file = await uploadedFile(req)
      if (!file) return problemsResponse(400, [{ message: 'Send the file as multipart/form-data in a part named "file".' }])
      const dryRun = flag(req.query?.dryRun)
      const prepared = await prepareImport(req, slug, { bytes: file.data, name: file.name, contentType: file.mimetype }, { dryRun })
      if (!dryRun && (req.headers.get('accept') ?? '').includes(ndjsonType)) return streamApply(req, prepared)
      const summary = await applyImport(req, prepared)
      return Response.json({ summary, preview: prepared.preview }, { status: dryRun ? 200 : 201 })
    } catch (error) {
      if (error instanceof ImportError) return problemsResponse(error.status, error.problems)
      if (error instanceof APIError && error.status < 500) return problemsResponse(error.status, [{ message: error.message }])
      throw error
    }
  },
}
