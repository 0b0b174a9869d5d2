import { referenceOf, referencedId } from './references.js'

type NodeLike = Record<string, unknown>

const isNode = (value: unknown): value is NodeLike => typeof value === 'object' && value !== null && !Array.isArray(value)

/** The node with its reference reduced to the ID (a copy), or the node itself when there is nothing to reduce. */
const reduceReference = (node: NodeLike): NodeLike => {
  const reference = referenceOf(node)
  const id = reference ? referencedId(reference.value) : undefined
  if (!reference || id === undefined || reference.value === id) return node
  if (node.type === 'link') {
    const fields = node.fields as NodeLike
    return { ...node, fields: { ...fields, doc: { ...(fields.doc as NodeLike), value: id } } }
  }
  return { ...node, value: id }
}

/**
 * A copy of a Lexical state in which every upload, relationship and internal-link value is only the ID it names:
 * populated documents (as the admin or a depth > 0 read sends them back) lose every other property, so nothing
 * stored or delivered is ever taken from them. Values without an ID and anything past `maxDepth` are left as they
 * are, for validation to refuse. Non-Lexical input is returned unchanged.
 */
export const normaliseReferences = <T>(state: T, maxDepth = 64): T => {
  const visit = (node: unknown, depth: number): unknown => {
    if (!isNode(node) || depth > maxDepth) return node
    const reduced = reduceReference(node)
    if (!Array.isArray(reduced.children)) return reduced
    const children = reduced.children.map((child) => visit(child, depth + 1))
    return children.every((child, i) => child === (reduced.children as unknown[])[i]) ? reduced : { ...reduced, children }
  }
  if (!isNode(state) || !isNode(state.root)) return state
  const root = visit(state.root, 0)
  return root === state.root ? state : ({ ...state, root } as T)
}
