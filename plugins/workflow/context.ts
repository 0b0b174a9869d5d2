import type { PayloadRequest } from 'payload'
import type { DocumentID } from './types.js'

declare module 'payload' {
  interface RequestContext {
    /**
     * Set by the workflow plugin around the writes of a transition (`{ "evidence:<id>": "publish" }`), so its
     * hooks can tell a transition from a plain create/update that must not change stages or publish.
     */
    workflowTransitions?: Record<string, string>
    /** Set while the plugin appends to the audit trail, the only writer it allows. */
    workflowEventWrite?: boolean
  }
}

const keyOf = (collection: string, id: DocumentID) => `${collection}:${String(id)}`

/** The transition being written to this document by the plugin, if any. */
export const transitionWriteOf = (req: PayloadRequest, collection: string, id: DocumentID | undefined): string | undefined =>
  id === undefined ? undefined : req.context?.workflowTransitions?.[keyOf(collection, id)]

/** Runs `write` marked as the plugin's own transition write, and unmarks it whatever happens. */
export const asTransitionWrite = async <T>(
  req: PayloadRequest,
  target: { collection: string; id: DocumentID; transition: string },
  write: () => Promise<T>,
): Promise<T> => {
  const key = keyOf(target.collection, target.id)
  req.context = { ...req.context, workflowTransitions: { ...req.context?.workflowTransitions, [key]: target.transition } }
  try {
    return await write()
  } finally {
    const { [key]: _done, ...rest } = req.context.workflowTransitions ?? {}
    req.context.workflowTransitions = rest
  }
}

/** Runs `write` as the plugin's append to the audit trail. */
export const asEventWrite = async <T>(req: PayloadRequest, write: () => Promise<T>): Promise<T> => {
  const previous = req.context?.workflowEventWrite
  req.context = { ...req.context, workflowEventWrite: true }
  try {
    return await write()
  } finally {
    req.context.workflowEventWrite = previous
  }
}
