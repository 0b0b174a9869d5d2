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

/**
 * What is wrong with a paging argument (`limit`, `page`, `pagination`; REST sends strings, GraphQL values), or
 * undefined. A `limit` above the maximum is not wrong: callers lower it to `maxPageSize`, and the answer's
 * `limit` and `hasNextPage` say so. Asking for everything (`limit` 0 or -1, `pagination` false) is refused.
 */
export const pagingProblem = (name: string, value: unknown, limits: RequestLimits): string | undefined => {
  if (value === undefined || value === null) return undefined
  const number = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value
  const whole = typeof number === 'number' && Number.isInteger(number)
  if (name === 'limit' && !(whole && number >= 1)) {
    return `limit must be a whole number from 1; pages hold at most ${limits.maxPageSize} documents.`
  }
  if (name === 'page' && !(whole && number >= 1 && number <= limits.maxPage)) {
    return `page must be a whole number from 1 to ${limits.maxPage}.`
  }
  if (name === 'pagination' && (value === false || value === 'false')) {
    return `pagination=false is not available over the API: page through results with limit (at most ${limits.maxPageSize}) and page.`
  }
  return undefined
}
