import type { PayloadRequest } from 'payload'
import type { SanitizedWorkflowOptions } from '../types.js'
import type { AppliedTransition } from './applyTransition.js'
import { titleOf } from './documents.js'
import { stageLabel } from './workflowState.js'

const actorNameOf = (req: PayloadRequest): string => {
  const user = req.user as (Record<string, unknown> & { email?: unknown; name?: unknown }) | null | undefined
  if (!user) return 'A scheduled job'
  return typeof user.name === 'string' && user.name ? user.name : typeof user.email === 'string' ? user.email : 'Someone'
}

const actorEmailOf = (req: PayloadRequest): string | undefined => {
  const email = (req.user as { email?: unknown } | null | undefined)?.email
  return typeof email === 'string' ? email.toLowerCase() : undefined
}

/**
 * Emails the people the host's `notifications.recipients` names (by default the assignee and the submitter) after
 * a transition has committed; never the actor about their own action. A mail failure is logged, never thrown:
 * the transition already happened.
 */
export const notifyByEmail = async (req: PayloadRequest, options: SanitizedWorkflowOptions, change: AppliedTransition): Promise<void> => {
  if (!options.email) return
  try {
    const named = await options.email.recipients({
      collection: change.collection,
      doc: change.doc,
      from: change.from,
      req,
      state: change.state,
      transition: change.transition,
    })
    const actorEmail = actorEmailOf(req)
    const recipients = [...new Map(named.map((email) => [email.toLowerCase(), email])).entries()]
      .filter(([key]) => key !== actorEmail)
      .map(([, email]) => email)
    if (!recipients.length) return
    const { serverURL, routes } = req.payload.config
    const definition = options.transitions[change.transition]
    const message = options.email.message({
      actorName: actorNameOf(req),
      collection: change.collection,
      comment: change.event.comment,
      doc: change.doc,
      from: change.from,
      fromLabel: stageLabel(options, change.from),
      title: titleOf(req, change.collection, change.doc),
      to: change.state.stage,
      toLabel: stageLabel(options, change.state.stage),
      transition: change.transition,
      transitionLabel: definition?.label ?? change.transition,
      url: serverURL ? `${serverURL}${routes.admin}/collections/${change.collection}/${String(change.doc.id)}` : undefined,
    })
    for (const to of recipients) await req.payload.sendEmail({ to, ...message })
  } catch (error) {
    req.payload.logger.error({ err: error, msg: `workflow: could not email about ${change.collection} ${String(change.doc.id)}` })
  }
}
