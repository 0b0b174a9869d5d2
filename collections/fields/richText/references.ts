/**
 * What a Lexical upload, relationship or internal-link node points at. The stored value should be an ID, but
 * clients send populated documents too (`{ id, url, filename, … }`): only the ID is ever taken from them.
 */
export type RichTextReference = { relationTo: string; id: string }

/** The ID in a reference value (an ID, or an object with an `id`), or undefined when there is none. */
export const referencedId = (value: unknown): string | undefined => {
  const id = typeof value === 'object' && value !== null ? (value as { id?: unknown }).id : value
  if (typeof id === 'string') return id || undefined
  return typeof id === 'number' && Number.isFinite(id) ? String(id) : undefined
}

type NodeLike = Record<string, unknown>

const isNode = (value: unknown): value is NodeLike => typeof value === 'object' && value !== null && !Array.isArray(value)

/** The reference a node holds, if it is an upload, relationship or internal link node. */
export const referenceOf = (node: NodeLike): { relationTo: unknown; value: unknown } | undefined => {
  if (node.type === 'upload' || node.type === 'relationship') return { relationTo: node.relationTo, value: node.value }
  if (node.type === 'link' && isNode(node.fields) && node.fields.linkType === 'internal' && isNode(node.fields.doc)) {
    return { relationTo: node.fields.doc.relationTo, value: node.fields.doc.value }
  }
  return undefined
}

/**
 * Every upload/relationship/internal-link reference in a Lexical state, depth-first. Bounded (depth and count)
 * because it also reads documents written straight into the database, which write validation never saw.
 */
export const richTextReferences = (state: unknown, limits = { maxDepth: 64, maxNodes: 100_000 }): RichTextReference[] => {
  const found: RichTextReference[] = []
  const root = isNode(state) ? state.root : undefined
  const stack: { node: unknown; depth: number }[] = [{ node: root, depth: 0 }]
  let visited = 0
  while (stack.length && visited++ < limits.maxNodes) {
    const { node, depth } = stack.pop() as { node: unknown; depth: number }
    if (!isNode(node) || depth > limits.maxDepth) continue
    const reference = referenceOf(node)
    const id = reference ? referencedId(reference.value) : undefined
    if (reference && id && typeof reference.relationTo === 'string') found.push({ relationTo: reference.relationTo, id })
    if (Array.isArray(node.children)) for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i], depth: depth + 1 })
  }
  return found
}
