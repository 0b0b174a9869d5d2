import type { PayloadRequest } from 'payload'
import type { SanitizedWorkflowOptions, WorkflowDocument } from '../types.js'
import { fourEyesRefusal } from './fourEyes.js'
import { readWorkflowState } from './workflowState.js'
import { ownEntry } from './ownEntry.js'
import { sameId } from './workflowState.js'

/** Transitions that may start from `stage` (and, when a published version is `live`, the `fromLive` ones), whoever asks. */
export const legalTransitionsFrom = (options: SanitizedWorkflowOptions, stage: string, live = false): string[] =>
  Object.entries(options.transitions)
    .filter(([, t]) => t.from.includes(stage) || (live && t.fromLive === true))
    .map(([name]) => name)

/** The host's callback for this transition. */
export const isPermitted = async (
  options: SanitizedWorkflowOptions,
  req: PayloadRequest,
  transition: string,
  collection: string,
  doc: WorkflowDocument,
): Promise<boolean> => Boolean(await ownEntry(options.access.transitions, transition)?.({ req, doc, collection }))

/** What the signed-in user can do next with this document: legal from its stage, permitted, and four-eyes clean. */
export const allowedTransitions = async (
  options: SanitizedWorkflowOptions,
  req: PayloadRequest,
  collection: string,
  doc: WorkflowDocument,
  live = false,
): Promise<string[]> => {
  const state = readWorkflowState(doc, options)
  const allowed: string[] = []
  for (const name of legalTransitionsFrom(options, state.stage, live)) {
    if (!(await isPermitted(options, req, name, collection, doc))) continue
    // after the permission, so the audit trail is read only for someone who could otherwise approve
    if (await fourEyesRefusal(req, options, { collection, id: doc.id, state, transition: name })) continue
    allowed.push(name)
  }
  return allowed
}

/** A transition the signed-in user would be allowed but may not perform now, with why (for the admin to show). */
export type BlockedTransition = { name: string; reason: string }

/** The four-eyes refusal in the words of the person refused: they wrote the content under review. */
const blockedReason = (req: PayloadRequest, submittedBy: unknown): string =>
  req.user && sameId(submittedBy, req.user.id)
    ? 'You submitted this: another reviewer must approve it.'
    : 'You changed this since it was submitted: another reviewer must approve it.'

/**
 * What the signed-in user can do next, as `allowedTransitions`, plus the transitions their role permits that the
 * four-eyes rule refuses them on this document, each with its reason (so the admin can explain a disabled button).
 */
export const transitionChoices = async (
  options: SanitizedWorkflowOptions,
  req: PayloadRequest,
  collection: string,
  doc: WorkflowDocument,
  live = false,
): Promise<{ allowed: string[]; blocked: BlockedTransition[] }> => {
  const state = readWorkflowState(doc, options)
  const allowed: string[] = []
  const blocked: BlockedTransition[] = []
  for (const name of legalTransitionsFrom(options, state.stage, live)) {
    if (!(await isPermitted(options, req, name, collection, doc))) continue
    if (await fourEyesRefusal(req, options, { collection, id: doc.id, state, transition: name })) {
      blocked.push({ name, reason: blockedReason(req, state.submittedBy) })
    } else allowed.push(name)
  }
  return { allowed, blocked }
}
