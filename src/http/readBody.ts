import type { IncomingMessage } from 'node:http'
import { HttpError } from './httpError.js'

const tooLarge = (maxBytes: number) =>
  new HttpError(413, `The request body is too large: at most ${maxBytes} bytes are accepted here.`, { closeConnection: true })

/**
 * The whole body, counted as it streams in: a declared Content-Length over the limit is refused before reading,
 * and a chunked (or understated) body is cut off as soon as it passes the limit, so a client cannot make the
 * server buffer more than `maxBytes`.
 */
export const readBodyWithin = (req: IncomingMessage, maxBytes: number): Promise<Buffer> => {
  const declared = Number(req.headers['content-length'] ?? 0)
  if (declared > maxBytes) return Promise.reject(tooLarge(maxBytes))
  return new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = []
    let received = 0
    const cleanup = () => {
      req.off('data', onData)
      req.off('end', onEnd)
      req.off('error', onError)
      req.off('aborted', onAborted)
    }
    const onData = (chunk: Buffer) => {
      received += chunk.length
      if (received > maxBytes) {
        cleanup()
        req.pause()
        reject(tooLarge(maxBytes))
        return
      }
      chunks.push(chunk)
    }
    const onEnd = () => {
      cleanup()
      resolve(Buffer.concat(chunks, received))
    }
    const onError = (error: Error) => {
      cleanup()
      reject(new HttpError(400, `The request body could not be read: ${error.message}`, { closeConnection: true }))
    }
    const onAborted = () => onError(new Error('the client aborted the request'))
    req.on('data', onData)
    req.on('end', onEnd)
    req.on('error', onError)
    req.on('aborted', onAborted)
  })
}
