import type { IncomingMessage } from 'node:http'

const bodies = new WeakMap<IncomingMessage, Buffer>()

/**
 * The body a guard already read off the stream (to count and check it), kept for whoever forwards the request:
 * the stream itself is spent. `toWebRequest` hands it to Payload.
 */
export const keepBufferedBody = (req: IncomingMessage, body: Buffer): void => {
  bodies.set(req, body)
}

export const bufferedBody = (req: IncomingMessage): Buffer | undefined => bodies.get(req)
