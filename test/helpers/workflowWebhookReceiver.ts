import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

export type ReceivedWebhook = { body: string; headers: IncomingHttpHeaders }

/**
 * An HTTP receiver on 127.0.0.1 that records every request's raw body and headers, and answers with the
 * next status from `statuses` (then 200), so a test can make the first delivery fail.
 */
export const startWebhookReceiver = async (statuses: number[] = []) => {
  const received: ReceivedWebhook[] = []
  const pending = [...statuses]
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      received.push({ body: Buffer.concat(chunks).toString('utf8'), headers: req.headers })
      res.statusCode = pending.shift() ?? 200
      res.end('ok')
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/hooks/workflow`,
    received,
    /** Make the next deliveries answer with these statuses. */
    answer: (...next: number[]) => pending.push(...next),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
