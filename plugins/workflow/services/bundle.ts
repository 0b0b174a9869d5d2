import type { PayloadRequest } from 'payload'
import type { DocumentID, SanitizedWorkflowOptions, WorkflowDocument } from '../types.js'
import { titleOf } from './documents.js'
import { localAPI } from './localApi.js'
import { readWorkflowState } from './workflowState.js'

export type BundleItem = { collection: string; doc: WorkflowDocument; id: DocumentID; stage: string; title: string }

export type BundlePlan = {
  /** Children neither ready nor live: they block the parent unless excluded. */
  blocked: BundleItem[]
  /** Children already in the transition's target stage: nothing to do. */
  done: BundleItem[]
  /** Children in a stage the transition starts from: they move with the parent. */
  ready: BundleItem[]
}

/** The latest versions of a parent's children, sorted by what the parent's transition would do with them. */
export const planBundle = async (
  req: PayloadRequest,
  options: SanitizedWorkflowOptions,
  parent: { collection: string; id: DocumentID; transition: string },
): Promise<BundlePlan | null> => {
  const bundle = options.bundles.find((b) => b.collection === parent.collection)
  if (!bundle) return null
  const definition = options.transitions[parent.transition]
  const plan: BundlePlan = { blocked: [], done: [], ready: [] }
  for (const child of bundle.children) {
    const { docs } = await localAPI(req).find({
      collection: child.collection,
      where: { [child.field]: { equals: parent.id } },
      draft: true,
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })
    for (const doc of docs) {
      const stage = readWorkflowState(doc, options).stage
      const item = { collection: child.collection, doc, id: doc.id, stage, title: titleOf(req, child.collection, doc) }
      if (definition.from.includes(stage)) plan.ready.push(item)
      else if (stage === definition.to) plan.done.push(item)
      else plan.blocked.push(item)
    }
  }
  return plan
}

/** What API responses and errors list about a child. */
export const describeItem = ({ collection, id, stage, title }: BundleItem) => ({ collection, id, stage, title })
