import { referenceOf, referencedId, type RichTextReference } from './references.js'
import { safeUrl, safeUrlRule } from './safeUrl.js'

/** Bounds on one rich-text value: far above a real report section, far below what hurts the server. */
export const richTextLimits = { maxDepth: 24, maxNodes: 20_000, maxJsonLength: 1_000_000 } as const

/**
 * The node types the configured editor (`lexicalEditor()` with its default features) produces: Lexical's core
 * nodes, paragraph, heading, quote, lists (bullet, number, check), link and autolink, upload, relationship and
 * horizontal rule. Alignment and indentation are properties, not nodes. A feature added to the editor must add
 * its node types here (and to the delivery HTML builder) before its content can be saved.
 */
const elementTypes = new Set(['paragraph', 'heading', 'quote', 'list', 'listitem', 'link', 'autolink'])
const leafTypes = new Set(['text', 'linebreak', 'tab', 'horizontalrule', 'upload', 'relationship'])
const headingTags = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6'])
const listTypes = new Set(['bullet', 'number', 'check'])

type NodeLike = Record<string, unknown>

/** What the inspection needs to know about the project's collections. */
export type CollectionRules = {
  /** Collections an upload node may name (upload-enabled ones). */
  uploadCollections: ReadonlySet<string>
  /** Collections a relationship node or internal link may name. */
  referenceCollections: ReadonlySet<string>
}

export type RichTextInspection = { ok: true; references: RichTextReference[] } | { ok: false; problem: string }

const isNode = (value: unknown): value is NodeLike => typeof value === 'object' && value !== null && !Array.isArray(value)

/** The problem with one node's own properties (children are inspected by the caller), or undefined. */
const nodeProblem = (node: NodeLike, rules: CollectionRules): string | undefined => {
  const fields = isNode(node.fields) ? node.fields : undefined
  switch (node.type) {
    case 'text':
      if (typeof node.text !== 'string') return 'a text node needs a string `text`'
      if (node.format !== undefined && !(Number.isInteger(node.format) && (node.format as number) >= 0)) return 'text `format` must be a whole number'
      if (node.style !== undefined && typeof node.style !== 'string') return 'text `style` must be a string'
      return undefined
    case 'heading':
      return headingTags.has(node.tag as string) ? undefined : 'a heading `tag` must be one of h1–h6'
    case 'list':
      if (!listTypes.has(node.listType as string)) return 'a list `listType` must be bullet, number or check'
      return node.tag === 'ul' || node.tag === 'ol' ? undefined : 'a list `tag` must be ul or ol'
    case 'listitem':
      if (node.value !== undefined && !Number.isInteger(node.value)) return 'a list item `value` must be a whole number'
      return node.checked === undefined || typeof node.checked === 'boolean' ? undefined : 'a list item `checked` must be true or false'
    case 'link':
    case 'autolink': {
      if (!fields) return `a ${node.type} needs \`fields\``
      if (fields.newTab !== undefined && typeof fields.newTab !== 'boolean') return 'a link `newTab` must be true or false'
      if (node.type === 'link' && fields.linkType === 'internal') {
        const doc = isNode(fields.doc) ? fields.doc : undefined
        if (!doc || !rules.referenceCollections.has(doc.relationTo as string)) return 'an internal link must name a document of a known collection'
        return undefined
      }
      if (node.type === 'link' && fields.linkType !== undefined && fields.linkType !== 'custom') return 'a link `linkType` must be custom or internal'
      return safeUrl(fields.url) ? undefined : `unsafe link URL ${JSON.stringify(String(fields.url ?? '')).slice(0, 80)}: ${safeUrlRule}`
    }
    case 'upload':
      return rules.uploadCollections.has(node.relationTo as string) ? undefined : 'an upload must name an upload collection (`relationTo`)'
    case 'relationship':
      return rules.referenceCollections.has(node.relationTo as string) ? undefined : 'a relationship must name a known collection (`relationTo`)'
    default:
      return undefined
  }
}

/**
 * Checks a rich-text value against the shapes the editor produces, without touching the database: size and depth
 * bounds, known node types only, safe link URLs, and references that hold a bare ID (populated documents must
 * have been reduced to their IDs first: see normaliseReferences). Returns the references for an existence check,
 * or the first problem in words, with where it is (`3.1` = first child of the third block).
 */
export const inspectRichText = (value: unknown, rules: CollectionRules): RichTextInspection => {
  if (value === null || value === undefined) return { ok: true, references: [] }
  const fail = (problem: string): RichTextInspection => ({ ok: false, problem })
  if (!isNode(value) || !isNode(value.root) || value.root.type !== 'root' || !Array.isArray(value.root.children)) {
    return fail('not rich text: expected Lexical JSON with a `root` node and its `children`')
  }
  if (JSON.stringify(value).length > richTextLimits.maxJsonLength) return fail(`larger than ${richTextLimits.maxJsonLength} characters of JSON`)

  const references: RichTextReference[] = []
  let count = 0
  const stack: { node: unknown; depth: number; at: string }[] = value.root.children.map((node, i) => ({ node, depth: 1, at: String(i + 1) })).reverse()
  while (stack.length) {
    const { node, depth, at } = stack.pop() as (typeof stack)[number]
    if (++count > richTextLimits.maxNodes) return fail(`more than ${richTextLimits.maxNodes} nodes`)
    if (depth > richTextLimits.maxDepth) return fail(`nested deeper than ${richTextLimits.maxDepth} levels at ${at}`)
    if (!isNode(node) || typeof node.type !== 'string') return fail(`node ${at} is not a Lexical node`)
    const where = `${node.type} at ${at}`
    const isElement = elementTypes.has(node.type)
    if (!isElement && !leafTypes.has(node.type)) return fail(`unknown node type "${node.type.slice(0, 40)}" at ${at}`)
    if (isElement !== Array.isArray(node.children)) return fail(`${where}: ${isElement ? 'needs `children`' : 'cannot have `children`'}`)
    const problem = nodeProblem(node, rules)
    if (problem) return fail(`${where}: ${problem}`)

    const reference = referenceOf(node)
    if (reference) {
      const id = referencedId(reference.value)
      if (typeof reference.value !== 'string' || id === undefined) return fail(`${where}: must hold the ID of a document, not ${reference.value === null ? 'null' : typeof reference.value}`)
      references.push({ relationTo: reference.relationTo as string, id })
    }
    if (Array.isArray(node.children)) {
      for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i], depth: depth + 1, at: `${at}.${i + 1}` })
    }
  }
  return { ok: true, references }
}
