import type { RequestHandler } from 'express'
import { parse } from 'qs-esm'
import { HttpError } from './httpError.js'
import type { RequestLimits } from './requestLimits.js'
import { whereProblem } from './whereShape.js'

/** Parsed as Payload parses it (createPayloadRequest), so both read the same structure. */
const parseQuery = (search: string) => parse(search, { allowEmptyArrays: true, arrayLimit: 1000, depth: 10, ignoreQueryPrefix: true })

const wholeNumberIn = (value: unknown, min: number, max: number) =>
  typeof value === 'string' && /^\d{1,16}$/.test(value) && Number(value) >= min && Number(value) <= max

/** A `where` given as JSON text (Payload accepts that too) is parsed here so a syntax error is a 400, not a 500. */
const whereFrom = (raw: unknown, name: string): unknown => {
  if (typeof raw !== 'string') return raw
  try {
    return JSON.parse(raw)
  } catch {
    throw new HttpError(400, `${name} is not valid JSON.`)
  }
}

const checkWhere = (raw: unknown, name: string) => {
  if (raw === undefined || raw === '') return
  const problem = whereProblem(whereFrom(raw, name), name)
  if (problem) throw new HttpError(400, problem)
}

/** Lists (`GET`) page through at most `maxPageSize` documents; `limit=0`, `limit=-1` and `pagination=false` mean "all". */
const checkPaging = (query: Record<string, unknown>, limits: RequestLimits) => {
  const { maxPageSize, maxPage } = limits
  if ('limit' in query && !wholeNumberIn(query.limit, 1, maxPageSize)) {
    throw new HttpError(400, `limit must be a whole number from 1 to ${maxPageSize}; page through longer lists with page.`)
  }
  if ('page' in query && !wholeNumberIn(query.page, 1, maxPage)) {
    throw new HttpError(400, `page must be a whole number from 1 to ${maxPage}.`)
  }
  if (query.pagination === 'false') {
    throw new HttpError(400, `pagination=false is not available over the API: page through results with limit (at most ${maxPageSize}) and page.`)
  }
}

/**
 * Refuses malformed or unbounded query strings on `/api` before Payload runs them: the shape of `where`
 * (every method: bulk updates and deletes take one too) and, on reads, `limit`, `page` and `pagination`.
 * Only HTTP callers pass through here; Local API calls inside the server keep `pagination: false`.
 */
export const queryGuard =
  (limits: RequestLimits): RequestHandler =>
  (req, _res, next) => {
    const questionMark = req.originalUrl.indexOf('?')
    if (questionMark === -1) return next()
    const query = parseQuery(req.originalUrl.slice(questionMark)) as Record<string, unknown>
    checkWhere(query.where, 'where')
    if (query.joins !== null && typeof query.joins === 'object') {
      for (const [field, join] of Object.entries(query.joins)) {
        if (join !== null && typeof join === 'object' && 'where' in join) checkWhere(join.where, `joins[${field}][where]`)
      }
    }
    if (req.method === 'GET' || req.method === 'HEAD') checkPaging(query, limits)
    next()
  }
