import type { RequestHandler } from 'express'
import { readBodyWithin } from './readBody.js'
import type { RequestLimits } from './requestLimits.js'

const overrideHeaders = ['x-payload-http-method-override', 'x-http-method-override']

/**
 * Payload's admin asks for relationship choices with a POST carrying `X-Payload-HTTP-Method-Override: GET` and
 * the query string as an `application/x-www-form-urlencoded` body (long `where` clauses would make URLs too long);
 * Payload runs it as that GET. This turns such a request into the GET it stands for before the query and body
 * guards, so it gets exactly the checks a GET gets (shape of `where`, paging, a lowered `limit`) — the body guard
 * alone answers 415 to it, which broke every relationship picker in the admin. The body is read within the JSON
 * limit. Cross-site forms cannot send the header without a CORS preflight, and the origin check has run already.
 */
export const methodOverrideQuery =
  (limits: RequestLimits): RequestHandler =>
  async (req, _res, next) => {
    const overridden = req.method === 'POST' && overrideHeaders.some((name) => req.headers[name] === 'GET')
    const mediaType = (req.headers['content-type'] ?? '').split(';', 1)[0].trim().toLowerCase()
    if (!overridden || mediaType !== 'application/x-www-form-urlencoded') return next()
    const search = (await readBodyWithin(req, limits.maxJsonBody)).toString('utf8')
    const withSearch = (url: string) => (search ? `${url}${url.includes('?') ? '&' : '?'}${search}` : url)
    req.method = 'GET'
    req.url = withSearch(req.url)
    req.originalUrl = withSearch(req.originalUrl)
    for (const name of [...overrideHeaders, 'content-type', 'content-length', 'transfer-encoding']) delete req.headers[name]
    next()
  }
