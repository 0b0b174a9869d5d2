import type { RequestHandler } from 'express'
import type { Payload } from 'payload'
import { slugs } from '../../collections/slugs.js'

/** 200 when a query reaches the database, 503 otherwise: what a load balancer needs to know. */
export const healthRoute =
  (payload: Payload): RequestHandler =>
  async (_req, res) => {
    const started = performance.now()
    try {
      await payload.count({ collection: slugs.frameworks })
      res.json({ status: 'ok', database: 'reachable', latencyMs: Math.round(performance.now() - started) })
    } catch (error) {
      payload.logger.error({ err: error, msg: 'health check failed' })
      res.status(503).json({ status: 'error', database: 'unreachable' })
    }
  }
