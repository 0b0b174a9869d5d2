import express, { type Request, type RequestHandler, type Response, type Router } from 'express'
import type { Payload } from 'payload'
import { decide, inspect, type Decision, type LinkRefusal } from './decide.js'
import { badDecisionPage, decisionPage, refusalPage, requestPage, signOffPageHeaders } from './page.js'
import { maxSignOffCommentLength, signOffLinkTtlMs } from './settings.js'

/**
 * `GET /signoff/:token` shows the exact words with Approve / Decline; `POST /signoff/:token` records the
 * decision (form fields or JSON `{ "decision": "approve" | "decline", "comment"? }`). Outside /api: no account,
 * no cookie, the link is the credential. HTML by default, JSON `{ errors: [{ message }] }` / `{ signOff }` when
 * the client asks for JSON.
 */
const tokenOf = (req: Request): string => String(req.params.token ?? '')

const wantsJson = (req: Request): boolean => req.accepts(['html', 'json']) === 'json'

const send = (req: Request, res: Response, status: number, html: string, json: unknown) => {
  res.set(signOffPageHeaders)
  if (wantsJson(req)) res.status(status).json(json)
  else res.status(status).type('html').send(html)
}

const refuse = (req: Request, res: Response, refusal: LinkRefusal) =>
  send(req, res, refusal.status, refusalPage(refusal), { errors: [{ message: refusal.message, reason: refusal.reason }] })

const decisions: Record<string, Decision> = { approve: 'approved', approved: 'approved', decline: 'declined', declined: 'declined' }

const bodyParsers: RequestHandler[] = [
  express.urlencoded({ extended: false, limit: '16kb', parameterLimit: 10 }),
  express.json({ limit: '16kb' }),
]

export const signOffRoutes = (payload: Payload): Router => {
  // a bad SIGNOFF_LINK_TTL_HOURS stops the server when it starts, not the first request for a sign-off
  signOffLinkTtlMs()
  const router = express.Router()
  router.get('/signoff/:token', async (req, res, next) => {
    try {
      const open = await inspect(payload, tokenOf(req))
      if ('reason' in open) return refuse(req, res, open)
      send(req, res, 200, requestPage(open), {
        quote: { text: open.quote.text, speaker: open.speakerName, role: open.quote.speakerRole ?? null },
        expiresAt: open.record.expiresAt ?? null,
      })
    } catch (error) {
      next(error)
    }
  })
  router.post('/signoff/:token', ...bodyParsers, async (req, res, next) => {
    try {
      const body: Record<string, unknown> = typeof req.body === 'object' && req.body !== null ? req.body : {}
      const decision = typeof body.decision === 'string' ? decisions[body.decision] : undefined
      const comment = body.comment === undefined || body.comment === null ? undefined : body.comment
      if (!decision || (comment !== undefined && typeof comment !== 'string')) {
        const message = 'Choose “Approve these words” or “Decline” (the comment, if any, is text).'
        return send(req, res, 400, badDecisionPage(message), { errors: [{ message }] })
      }
      if (typeof comment === 'string' && comment.length > maxSignOffCommentLength) {
        const message = `The comment is longer than ${maxSignOffCommentLength} characters.`
        return send(req, res, 400, badDecisionPage(message), { errors: [{ message }] })
      }
      const result = await decide(payload, tokenOf(req), { decision, comment })
      if ('reason' in result) return refuse(req, res, result)
      send(req, res, 200, decisionPage(result), { signOff: { decision: result.decision, at: result.decidedAt } })
    } catch (error) {
      next(error)
    }
  })
  return router
}
