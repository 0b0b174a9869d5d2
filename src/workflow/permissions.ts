import type { Access, PayloadRequest } from 'payload'
import type { HistoryPermission, TransitionPermission } from '../../plugins/workflow/index.js'
import { actsForOrganisation, isStaff, roleOf, seesOrganisationInternals, type Role } from '../access/index.js'
import type { Ref } from '../refs.js'

const roleIn =
  (...allowed: Role[]): TransitionPermission =>
  ({ req }) => {
    const role = roleOf(req)
    return role !== undefined && allowed.includes(role)
  }

/** A contributor may move items of the organisations they belong to (children carry their report's organisation). */
const contributorOfOwnOrganisation: TransitionPermission = ({ req, doc }) => actsForOrganisation(req, doc.organisation as Ref)

const anyOf =
  (...rules: TransitionPermission[]): TransitionPermission =>
  async (args) => {
    for (const rule of rules) if (await rule(args)) return true
    return false
  }

const authorsAndEditors = anyOf(contributorOfOwnOrganisation, roleIn('editor', 'admin'))
/** Who may approve (and so review) every workflow collection; submissions are emailed to them. */
export const approverRoles: Role[] = ['reviewer', 'editor', 'admin']
const reviewers = roleIn(...approverRoles)
const editors = roleIn('editor', 'admin')

/** Who may perform each workflow transition on reports, evidence, quotes and recommendations. */
export const transitionPermissions: Record<string, TransitionPermission> = {
  submit: authorsAndEditors,
  withdraw: authorsAndEditors,
  'request-changes': reviewers,
  approve: reviewers,
  publish: editors,
  unpublish: editors,
}

/** The stages whose items wait on each role in the review queue (items assigned to a user always do). */
export const queueStagesByRole: Record<Role, string[]> = {
  contributor: ['changes_requested'],
  reviewer: ['in_review'],
  editor: ['in_review', 'approved'],
  admin: ['in_review', 'approved'],
}

export const queueStages = ({ req }: { req: PayloadRequest }): string[] => {
  const role = roleOf(req)
  return role ? queueStagesByRole[role] : []
}

/**
 * The audit trail, schedules and deliveries as a whole are for staff; contributors see the history of the items
 * they can open through `GET /api/{collection}/{id}/workflow`.
 */
export const readWorkflowRecords: Access = isStaff

/**
 * Review comments and events of one document are internal to its organisation: staff and those who act for the
 * document's organisation read them; other contributors (even of a published item) and anonymous callers do not.
 */
export const readDocumentHistory: HistoryPermission = ({ req, doc }) => seesOrganisationInternals(req, doc.organisation as Ref)
