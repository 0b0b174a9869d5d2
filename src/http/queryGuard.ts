import type { RequestHandler } from 'express'
import type { SanitizedConfig } from 'payload'
import { parse } from 'qs-esm'
import { fieldTypeAt } from './fieldTypeAt.js'
import { HttpError } from './httpError.js'
import { pagingProblem, type RequestLimits } from './requestLimits.js'
import { sqlUnsupportedOperators, whereProblem, type FieldTypeAt } from './whereShape.js'

/** Parsed as Payload parses it (createPayloadRequest), so both read the same structure. */
const parseQuery = (search: string) => parse(search, { allowEmptyArrays: true, arrayLimit: 1000, depth: 10, ignoreQueryPrefix: true })

/** A `where` given as JSON text (Payload accepts that too) is parsed here so a syntax error is a 400, not a 500. */
const whereFrom = (raw: unknown, name: string): unknown => {
  if (typeof raw !== 'string') return raw
  try {
    return JSON.parse(raw)
  } catch {
    throw new HttpError(400, `${name} is not valid JSON.`)
  }
}

const checkWhere = (raw: unknown, name: string, typeAt: FieldTypeAt, unsupported: ReadonlySet<string>) => {
  if (raw === undefined || raw === '') return
  const problem = whereProblem(whereFrom(raw, name), name, typeAt, unsupported)
  if (problem) throw new HttpError(400, problem)
}

/** The collection a join field of `collection` lists. */
const joinedCollection = (config: SanitizedConfig, collection: string, field: string): string | undefined => {
  const join = config.collections.find((c) => c.slug === collection)?.flattenedFields.find((f) => f.name === field)
  return join?.type === 'join' && typeof join.collection === 'string' ? join.collection : undefined
}

/** Lists (`GET`) page through at most `maxPageSize` documents; `limit=0`, `limit=-1` and `pagination=false` mean "all". */
const checkPaging = (query: Record<string, unknown>, limits: RequestLimits) => {
  for (const name of ['limit', 'page', 'pagination']) {
    const problem = name in query ? pagingProblem(name, query[name], limits) : undefined
    if (problem) throw new HttpError(400, problem)
  }
}

const decodedKey = (piece: string) => {
  try {
    return decodeURIComponent(piece.split('=', 1)[0].replaceAll('+', ' '))
  } catch {
    return piece
  }
}

/** The URL with its `limit` parameter set to `limit`, every other byte of it unchanged. */
const withLimit = (url: string, limit: number) => {
  const questionMark = url.indexOf('?')
  if (questionMark === -1) return url
  const pieces = url
    .slice(questionMark + 1)
    .split('&')
    .map((piece) => (decodedKey(piece) === 'limit' ? `limit=${limit}` : piece))
  return `${url.slice(0, questionMark)}?${pieces.join('&')}`
}

/**
 * Refuses malformed or unbounded query strings on `/api` before Payload runs them: the shape of `where`
 * (every method: bulk updates and deletes take one too) and, on reads, `limit`, `page` and `pagination`
 * (a `limit` above the maximum is lowered to it).
 * Only HTTP callers pass through here; Local API calls inside the server keep `pagination: false`.
 */
export const queryGuard =
  (limits: RequestLimits, config: SanitizedConfig): RequestHandler => {
  const unsupported = config.db.name === 'mongoose' ? new Set<string>() : sqlUnsupportedOperators
  return (req, _res, next) => {
    const questionMark = req.originalUrl.indexOf('?')
    if (questionMark === -1) return next()
    const query = parseQuery(req.originalUrl.slice(questionMark)) as Record<string, unknown>
    // mounted at /api: the first segment names the collection of /api/{collection}/…
    const collection = req.path.split('/')[1] ?? ''
    const typeAt: FieldTypeAt = (path) => fieldTypeAt(config, collection, path)
    checkWhere(query.where, 'where', typeAt, unsupported)
    if (query.joins !== null && typeof query.joins === 'object') {
      for (const [field, join] of Object.entries(query.joins)) {
        if (join !== null && typeof join === 'object' && 'where' in join) {
          const joined = joinedCollection(config, collection, field)
          checkWhere(join.where, `joins[${field}][where]`, (path) => (joined ? fieldTypeAt(config, joined, path) : undefined), unsupported)
        }
      }
    }
    if (req.method === 'GET' || req.method === 'HEAD') {
      checkPaging(query, limits)
      // a limit above the maximum gets a full page: the answer's `limit` and `hasNextPage` tell the caller
      if (Number(query.limit) > limits.maxPageSize) {
        req.originalUrl = withLimit(req.originalUrl, limits.maxPageSize)
        req.url = withLimit(req.url, limits.maxPageSize)
      }
    }
    next()
  }
}
