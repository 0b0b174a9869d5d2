import type { PayloadRequest } from 'payload'
import type { DocumentID, SanitizedWorkflowOptions } from '../types.js'
import type { AppliedTransition } from './applyTransition.js'
import { titleOf } from './documents.js'
import { localAPI } from './localApi.js'
import { stageLabel } from './workflowState.js'

const actorNameOf = (req: PayloadRequest): string => {
  const user = req.user as (Record<string, unknown> & { email?: unknown; name?: unknown }) | null | undefined
  if (!user) return 'A scheduled job'
  return typeof user.name === 'string' && user.name ? user.name : typeof user.email === 'string' ? user.email : 'Someone'
}

/**
 * Emails the assignee and the submitter of a document after its transition has committed. A mail failure is
 * logged, never thrown: the transition already happened.
 */
export const notifyByEmail = async (req: PayloadRequest, options: SanitizedWorkflowOptions, change: AppliedTransition): Promise<void> => {
  if (!options.email) return
  const ids = [...new Set([change.state.assignee, change.state.submittedBy].filter((id): id is DocumentID => id !== null).map(String))]
  if (!ids.length) return
  try {
    const { docs: users } = await localAPI(req).find({
      collection: options.usersSlug,
      where: { id: { in: ids } },
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })
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
    for (const user of users) {
      if (typeof user.email === 'string' && user.email) await req.payload.sendEmail({ to: user.email, ...message })
    }
  } catch (error) {
    req.payload.logger.error({ err: error, msg: `workflow: could not email about ${change.collection} ${String(change.doc.id)}` })
  }
}
