import type { PayloadRequest } from 'payload'
import type { SanitizedWorkflowOptions, WorkflowDocument } from '../types.js'
import { fourEyesRefusal } from './fourEyes.js'
import { readWorkflowState } from './workflowState.js'
import { ownEntry } from './ownEntry.js'

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
