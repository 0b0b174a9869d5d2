import type { Media } from '../../../payload-types.js'
import { slugs } from '../../../collections/slugs.js'
import { referencedId } from '../../../collections/fields/richText/references.js'
import { safeUrl } from '../../../collections/fields/richText/safeUrl.js'
import { escapeHtml } from './escape.js'

/** Media documents by ID, read from the Media collection: the only source of upload URLs. */
export type MediaById = ReadonlyMap<string, Pick<Media, 'id' | 'alt' | 'url' | 'filename' | 'mimeType' | 'width' | 'height'>>

type LexicalNode = Record<string, unknown>

/** Deeper nodes are dropped: write validation allows far less, so only data written past it gets here. */
const maxDepth = 64

// Lexical's text format bits, innermost first (as Payload's own converter nests them).
const textFormats: [bit: number, tag: string][] = [
  [1, 'strong'],
  [2, 'em'],
  [4, 's'],
  [8, 'u'],
  [16, 'code'],
  [32, 'sub'],
  [64, 'sup'],
]
const headingTags = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6'])

const isNode = (value: unknown): value is LexicalNode => typeof value === 'object' && value !== null && !Array.isArray(value)
const fieldsOf = (node: LexicalNode): LexicalNode => (isNode(node.fields) ? node.fields : {})
const dimension = (value: unknown): string => (typeof value === 'number' && Number.isFinite(value) && value > 0 ? String(Math.round(value)) : '')

const text = (node: LexicalNode): string => {
  if (typeof node.text !== 'string') return ''
  const format = typeof node.format === 'number' && Number.isInteger(node.format) ? node.format : 0
  return textFormats.reduce((html, [bit, tag]) => (format & bit ? `<${tag}>${html}</${tag}>` : html), escapeHtml(node.text))
}

/** An anchor around the children when the URL is allowed; the children alone otherwise. */
const anchor = (url: unknown, newTab: unknown, children: string): string => {
  const href = safeUrl(url)
  if (!href) return children
  return `<a href="${escapeHtml(href)}"${newTab === true ? ' target="_blank" rel="noopener noreferrer"' : ''}>${children}</a>`
}

/** An image, or a link to any other file, with the URL and alt text of the Media document the node names. */
const upload = (node: LexicalNode, mediaById: MediaById): string => {
  if (node.relationTo !== slugs.media) return ''
  const media = mediaById.get(referencedId(node.value) ?? '')
  const url = safeUrl(media?.url)
  if (!media || !url) return ''
  if (media.mimeType?.startsWith('image/')) {
    const width = dimension(media.width)
    const height = dimension(media.height)
    return `<img src="${escapeHtml(url)}" alt="${escapeHtml(media.alt ?? '')}"${width ? ` width="${width}"` : ''}${height ? ` height="${height}"` : ''}>`
  }
  return `<a href="${escapeHtml(url)}">${escapeHtml(media.filename ?? media.alt ?? 'Download')}</a>`
}

const render = (node: unknown, mediaById: MediaById, depth: number, parent?: LexicalNode): string => {
  if (!isNode(node) || depth > maxDepth) return ''
  const children = (): string =>
    Array.isArray(node.children) ? node.children.map((child) => render(child, mediaById, depth + 1, node)).join('') : ''
  switch (node.type) {
    case 'text':
      return text(node)
    case 'linebreak':
      return '<br>'
    case 'tab':
      return '\t'
    case 'horizontalrule':
      return '<hr>'
    case 'paragraph': {
      const inner = children()
      return `<p>${inner || '<br>'}</p>`
    }
    case 'heading': {
      const tag = typeof node.tag === 'string' && headingTags.has(node.tag) ? node.tag : 'h2'
      return `<${tag}>${children()}</${tag}>`
    }
    case 'quote':
      return `<blockquote>${children()}</blockquote>`
    case 'list': {
      const tag = node.listType === 'number' ? 'ol' : 'ul'
      return `<${tag}>${children()}</${tag}>`
    }
    case 'listitem': {
      const checked = parent?.listType === 'check' ? ` data-checked="${node.checked === true}"` : ''
      return `<li${checked}>${children()}</li>`
    }
    case 'link': {
      const fields = fieldsOf(node)
      // internal links point at CMS documents, which have no public URL here
      return fields.linkType === 'internal' ? children() : anchor(fields.url, fields.newTab, children())
    }
    case 'autolink':
      return anchor(fieldsOf(node).url, fieldsOf(node).newTab, children())
    case 'upload':
      return upload(node, mediaById)
    case 'relationship':
      return ''
    default:
      // an unknown node contributes its children's text, never its own fields
      return children()
  }
}

const noMedia: MediaById = new Map()

/**
 * HTML of a Lexical document from an allowlist: known node types become fixed tags with no attributes but
 * `href`, `target`/`rel`, `src`, `alt`, `width`, `height` and `data-checked`; every text and attribute is
 * escaped; links and media pass `safeUrl`; upload nodes take their URL from `mediaById` (the Media collection),
 * never from the stored node. Whatever the stored JSON holds, the result carries no script.
 */
export const lexicalStateToHtml = (state: unknown, mediaById: MediaById = noMedia): string => {
  const root = isNode(state) ? state.root : undefined
  return isNode(root) && Array.isArray(root.children) ? root.children.map((child) => render(child, mediaById, 1, root)).join('') : ''
}
