import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'
import { refId } from '../../src/access/index.js'
import { slugs } from '../slugs.js'

type Edition = { name?: string | null; edition?: string | null }

/**
 * How a goal is named wherever it is picked or listed: "8. Good health and wellbeing (Purpose Goals 2021)".
 * Editions of one framework share titles, so the title alone cannot tell them apart.
 */
export const goalLabel = (goal: { number?: number | null; title?: string | null }, framework: Edition | null): string => {
  const edition = [framework?.name, framework?.edition].filter(Boolean).join(' ')
  return `${goal.number ?? '?'}. ${goal.title ?? ''}${edition ? ` (${edition})` : ''}`
}

/** Goals: keeps `label` in step with the number, the title and the framework edition. */
export const setGoalLabel: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const frameworkId = refId(data.framework ?? originalDoc?.framework)
  const framework = frameworkId
    ? await req.payload.findByID({ collection: slugs.frameworks, id: frameworkId, depth: 0, disableErrors: true, req })
    : null
  const number = 'number' in data ? data.number : originalDoc?.number
  const title = 'title' in data ? data.title : originalDoc?.title
  return { ...data, label: goalLabel({ number, title }, framework) }
}

/** Frameworks: a renamed framework or edition relabels its goals (their own hook recomputes the label). */
export const relabelGoalsOfFramework: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  const renamed = operation === 'update' && (doc.name !== previousDoc?.name || doc.edition !== previousDoc?.edition)
  if (renamed) {
    await req.payload.update({ collection: slugs.goals, where: { framework: { equals: doc.id } }, data: {}, depth: 0, req })
  }
  return doc
}
