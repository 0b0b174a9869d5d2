import { Readable } from 'node:stream'
import type { Request as ExpressRequest, Response as ExpressResponse } from 'express'
import { bufferedBody } from './bufferedBody.js'

/**
 * An Express request as a Web `Request`. The body is the one a guard already read and checked
 * (see requestBodyGuard), else the stream itself.
 */
export const toWebRequest = (req: ExpressRequest): Request => {
  const url = `${req.protocol}://${req.get('host') ?? '127.0.0.1'}${req.originalUrl}`
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    if (Array.isArray(value)) value.forEach((v) => headers.append(name, v))
    else if (value !== undefined) headers.set(name, value)
  }
  const hasBody = req.method !== 'GET' && req.method !== 'HEAD'
  const buffered = hasBody ? bufferedBody(req) : undefined
  if (buffered) {
    headers.delete('transfer-encoding')
    headers.set('content-length', String(buffered.length))
    return new Request(url, { method: req.method, headers, body: new Uint8Array(buffered) })
  }
  return new Request(url, {
    method: req.method,
    headers,
    body: hasBody ? (Readable.toWeb(req) as ReadableStream) : undefined,
    // Node's fetch requires half-duplex for streamed request bodies.
    ...(hasBody ? { duplex: 'half' } : {}),
  } as RequestInit)
}

/** Copies a Web `Response` onto Express, keeping every Set-Cookie header. */
export const sendWebResponse = async (response: Response, res: ExpressResponse): Promise<void> => {
  res.status(response.status)
  response.headers.forEach((value, name) => {
    if (name.toLowerCase() !== 'set-cookie') res.setHeader(name, value)
  })
  const cookies = response.headers.getSetCookie()
  if (cookies.length) res.setHeader('set-cookie', cookies)
  if (!response.body) {
    res.end()
    return
  }
  // progress streams (NDJSON, e.g. the evidence import) are passed on as they are written, not buffered
  if (response.headers.get('content-type')?.startsWith('application/x-ndjson')) {
    const reader = response.body.getReader()
    for (let part = await reader.read(); !part.done; part = await reader.read()) res.write(part.value)
    res.end()
    return
  }
  res.end(Buffer.from(await response.arrayBuffer()))
}
