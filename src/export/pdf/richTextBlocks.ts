/** A rich-text section as the PDF lays it out: plain-text blocks in reading order. */
export type TextBlock = { kind: 'heading' | 'paragraph' | 'quote' | 'listItem'; text: string; marker?: string }

type Node = Record<string, unknown>
const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && !Array.isArray(value)
const childrenOf = (node: Node): unknown[] => (Array.isArray(node.children) ? node.children : [])

/** Deeper content is not laid out (write validation stops far earlier). */
const maxDepth = 64

const inlineText = (node: unknown, depth: number): string => {
  if (!isNode(node) || depth > maxDepth) return ''
  if (node.type === 'text') return typeof node.text === 'string' ? node.text : ''
  if (node.type === 'linebreak') return '\n'
  if (node.type === 'tab') return '\t'
  return childrenOf(node).map((c) => inlineText(c, depth + 1)).join('')
}

const blocksOf = (node: unknown, depth: number, out: TextBlock[]): void => {
  if (!isNode(node) || depth > maxDepth) return
  switch (node.type) {
    case 'heading':
      out.push({ kind: 'heading', text: inlineText(node, depth) })
      return
    case 'quote':
      out.push({ kind: 'quote', text: inlineText(node, depth) })
      return
    case 'list': {
      let n = typeof node.start === 'number' ? node.start : 1
      for (const item of childrenOf(node)) {
        if (!isNode(item)) continue
        const nested = childrenOf(item).filter((c) => isNode(c) && c.type === 'list')
        const own = childrenOf(item).filter((c) => !(isNode(c) && c.type === 'list'))
        const text = own.map((c) => inlineText(c, depth + 2)).join('')
        if (text.trim()) out.push({ kind: 'listItem', text, marker: node.listType === 'number' ? `${n++}.` : '•' })
        for (const list of nested) blocksOf(list, depth + 2, out)
      }
      return
    }
    case 'paragraph':
      out.push({ kind: 'paragraph', text: inlineText(node, depth) })
      return
    case 'upload':
    case 'relationship':
    case 'horizontalrule':
      return
    default:
      for (const child of childrenOf(node)) blocksOf(child, depth + 1, out)
  }
}

/** The text blocks of a Lexical document; images and document references are left out of the PDF. */
export const richTextBlocks = (state: unknown): TextBlock[] => {
  const out: TextBlock[] = []
  const root = isNode(state) ? state.root : undefined
  if (isNode(root)) for (const child of childrenOf(root)) blocksOf(child, 1, out)
  return out.filter((b) => b.text.trim() !== '')
}
