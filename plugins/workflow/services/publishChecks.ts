import type { PayloadRequest } from 'payload'
import type { DocumentID, SanitizedWorkflowOptions, WorkflowDocument } from '../types.js'
import { conflict } from './errors.js'
import type { BlockedTransition } from './permissions.js'

export type PublishCandidate = { collection: string; doc: WorkflowDocument; id: DocumentID; title: string }
export type PublishRefusal = { collection: string; id: DocumentID; reasons: string[]; title: string }

/**
 * Asks the host's `beforePublish` check about every document a publishing transition would put live and refuses
 * the whole transition (409) when any of them has reasons, before anything is written. Checks run one after the
 * other on the transition's `req`, so a check that reads sees the transaction.
 */
export const enforcePublishChecks = async (
  req: PayloadRequest,
  options: SanitizedWorkflowOptions,
  transition: string,
  candidates: PublishCandidate[],
): Promise<void> => {
  const check = options.beforePublish
  if (!check || options.transitions[transition]?.status !== 'publish') return
  const refused: PublishRefusal[] = []
  for (const { collection, doc, id, title } of candidates) {
    const reasons = (await check({ collection, doc, req, transition })) ?? []
    if (reasons.length) refused.push({ collection, id, title, reasons })
  }
  if (!refused.length) return
  const list = refused.map((r) => `${r.collection} "${r.title}": ${r.reasons.join(' ')}`).join(' ')
  throw conflict(`Cannot ${transition}: ${list}`, { refused })
}

/**
 * The publishing transitions among `allowed` that the host's check refuses for this document now, with its
 * reasons: the sidebar shows them disabled with the reason instead of a button that answers 409. Bundle children
 * are checked when the transition runs.
 */
export const refusedByPublishChecks = async (
  req: PayloadRequest,
  options: SanitizedWorkflowOptions,
  target: { collection: string; doc: WorkflowDocument },
  allowed: string[],
): Promise<BlockedTransition[]> => {
  const check = options.beforePublish
  if (!check) return []
  const refused: BlockedTransition[] = []
  for (const transition of allowed) {
    if (options.transitions[transition]?.status !== 'publish') continue
    const reasons = (await check({ collection: target.collection, doc: target.doc, req, transition })) ?? []
    if (reasons.length) refused.push({ name: transition, reason: reasons.join(' ') })
  }
  return refused
}
