import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { TestServer } from './testServer.js'

const fixturesDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/import')

/** A file of test/fixtures/import. */
export const importFixture = (name: string): Buffer => readFileSync(path.join(fixturesDir, name))
export const importFixturePath = (name: string): string => path.join(fixturesDir, name)

/** POST /api/reports/{slug}/import with the file as multipart part `file`; the answer as JSON (or text lines). */
export const uploadImport = async (
  server: TestServer,
  slug: string,
  file: { name: string; bytes: Uint8Array; type?: string },
  options: { token?: string; dryRun?: boolean; accept?: string } = {},
): Promise<{ status: number; body: any; text: string; contentType: string | null }> => {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(file.bytes)], { type: file.type ?? 'text/csv' }), file.name)
  const headers: Record<string, string> = {}
  if (options.token) headers.authorization = `JWT ${options.token}`
  if (options.accept) headers.accept = options.accept
  const response = await fetch(`${server.url}/api/reports/${slug}/import${options.dryRun ? '?dryRun=true' : ''}`, { method: 'POST', body: form, headers })
  const text = await response.text()
  let body: unknown = text
  try {
    body = JSON.parse(text)
  } catch {
    // NDJSON or an error page: keep the text
  }
  return { status: response.status, body, text, contentType: response.headers.get('content-type') }
}
