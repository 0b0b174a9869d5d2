/** Environment variables as plain strings. */
type Env = Record<string, string | undefined>

/** What an HTTP caller may send and ask for; our own Local API calls are not bound by these. */
export type RequestLimits = {
  /** Largest JSON body in bytes (`MAX_JSON_BODY`, default 1 MiB). */
  maxJsonBody: number
  /** Largest multipart (upload) body in bytes (`MAX_UPLOAD_BYTES`, default 20 MiB). */
  maxUploadBytes: number
  /** Largest `limit` of a REST or GraphQL list (`MAX_PAGE_SIZE`, default 100). */
  maxPageSize: number
  /** Highest `page`: keeps `page × limit` a safe integer offset for every database. */
  maxPage: number
}

const wholeNumber = (env: Env, name: string, fallback: number): number => {
  const raw = env[name]
  if (raw === undefined || raw.trim() === '') return fallback
  const value = Number(raw)
  if (!Number.isSafeInteger(value) || value < 1) throw new Error(`${name} must be a whole number of at least 1 (got "${raw}").`)
  return value
}

/** Read once at startup, so a misconfiguration stops the server instead of surfacing on a request. */
export const requestLimitsFromEnv = (env: Env = process.env): RequestLimits => ({
  maxJsonBody: wholeNumber(env, 'MAX_JSON_BODY', 1024 * 1024),
  maxUploadBytes: wholeNumber(env, 'MAX_UPLOAD_BYTES', 20 * 1024 * 1024),
  maxPageSize: wholeNumber(env, 'MAX_PAGE_SIZE', 100),
  maxPage: 1_000_000,
})
