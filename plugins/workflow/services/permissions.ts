import type { PayloadRequest } from 'payload'
import type { SanitizedWorkflowOptions, WorkflowDocument, WorkflowState } from '../types.js'
import { ownEntry } from './ownEntry.js'
import { readWorkflowState, sameId } from './workflowState.js'

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

/** Four-eyes: whoever submitted the content may not be the one who approves it. */
export const breaksFourEyes = (options: SanitizedWorkflowOptions, req: PayloadRequest, transition: string, state: WorkflowState): boolean =>
  options.fourEyes &&
  ownEntry(options.transitions, transition)?.records === 'approver' &&
  Boolean(req.user) &&
  sameId(state.submittedBy, req.user?.id)

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
    if (breaksFourEyes(options, req, name, state)) continue
    if (await isPermitted(options, req, name, collection, doc)) allowed.push(name)
  }
  return allowed
}
