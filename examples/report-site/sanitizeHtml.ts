/*
 * The CMS already delivers sanitized rich-text HTML, but a page should not depend on another service for its
 * safety: this re-reads that HTML through a strict allowlist before the site inserts it. Anything it does not
 * know is dropped (tags) or escaped (text); it never passes markup through unread.
 */

/** Allowed elements and, for each, the attributes kept (others are dropped). */
const allowed: Record<string, readonly string[]> = {
  p: [], br: [], hr: [], strong: [], em: [], s: [], u: [], code: [], sub: [], sup: [], blockquote: [],
  h1: [], h2: [], h3: [], h4: [], h5: [], h6: [], ul: [], ol: [], li: ['data-checked'],
  a: ['href', 'target'],
  img: ['src', 'alt', 'width', 'height'],
}
const voidElements = new Set(['br', 'hr', 'img'])
/** Elements whose content is code or foreign markup, never text: dropped whole. */
const droppedWithContent = new Set(['script', 'style', 'iframe', 'object', 'embed', 'svg', 'math', 'template', 'noscript', 'textarea', 'title', 'xmp', 'noembed', 'noframes', 'select'])

const namedReferences: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' }

/** Decodes the character references this site expects; unknown ones stay as written (and are escaped later). */
const decode = (value: string): string =>
  value.replace(/&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]+);/g, (whole, ref: string) => {
    if (ref[0] !== '#') return namedReferences[ref.toLowerCase()] ?? whole
    const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10)
    return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '\ufffd'
  })

const escape = (value: string): string =>
  value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c)

/** http, https, mailto or a relative address, judged as a browser reads it (tabs, newlines, edge controls dropped). */
const safeLinkUrl = (raw: string): string | null => {
  const url = raw.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '')
  if (!url || /[\u0000-\u001f\u007f]/.test(url)) return null
  try {
    return ['http:', 'https:', 'mailto:'].includes(new URL(url, 'https://relative.invalid/').protocol) ? url : null
  } catch {
    return null
  }
}

/** The kept attributes of one tag, already checked and escaped, in the order written. */
const attributes = (tag: string, source: string): string[] | null => {
  const kept: string[] = []
  let newTab = false
  for (const m of source.matchAll(/([^\s"'=<>\/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g)) {
    const name = m[1].toLowerCase()
    const value = decode(m[2] ?? m[3] ?? m[4] ?? '')
    if (!allowed[tag].includes(name) || kept.some((a) => a.startsWith(`${name}=`))) continue
    if (name === 'href' || name === 'src') {
      const url = safeLinkUrl(value)
      if (url) kept.push(`${name}="${escape(url)}"`)
    } else if (name === 'target') {
      newTab = value === '_blank'
    } else if (name === 'width' || name === 'height') {
      if (/^[0-9]{1,5}$/.test(value)) kept.push(`${name}="${value}"`)
    } else if (name === 'data-checked') {
      if (value === 'true' || value === 'false') kept.push(`${name}="${value}"`)
    } else kept.push(`${name}="${escape(value)}"`)
  }
  // a link without a safe address, or an image without a safe source, is not emitted at all
  if (tag === 'a' && !kept.some((a) => a.startsWith('href='))) return null
  if (tag === 'img' && !kept.some((a) => a.startsWith('src='))) return null
  if (newTab) kept.push('target="_blank"', 'rel="noopener noreferrer"')
  return kept
}

/**
 * Rich-text HTML re-serialised from an allowlist: known tags with checked attributes (http/https/mailto or relative
 * URLs only), every other tag dropped (script-like ones with their content), all text escaped, and the elements
 * balanced, so the fragment cannot close or open anything around it.
 */
export const sanitizeHtml = (html: string): string => {
  const out: string[] = []
  const open: string[] = []
  const token = /<!--[\s\S]*?(?:-->|$)|<([\/]?)([a-zA-Z][a-zA-Z0-9-]*)([^>]*)>|<!?[^>]*>|([^<]+|<)/g
  let m: RegExpExecArray | null
  while ((m = token.exec(html)) !== null) {
    const [, closing, rawTag, attributeSource, text] = m
    if (text !== undefined) {
      out.push(escape(decode(text)))
      continue
    }
    if (!rawTag) continue // comments, doctypes, processing instructions
    const tag = rawTag.toLowerCase()
    if (!closing && droppedWithContent.has(tag)) {
      const end = new RegExp(`</${tag}\\s*>`, 'ig')
      end.lastIndex = token.lastIndex
      token.lastIndex = end.exec(html) ? end.lastIndex : html.length
      continue
    }
    if (!(tag in allowed)) continue
    if (closing) {
      const at = open.lastIndexOf(tag)
      if (at === -1) continue
      while (open.length > at) out.push(`</${open.pop()}>`)
      continue
    }
    const kept = attributes(tag, attributeSource)
    if (kept === null) continue
    out.push(`<${tag}${kept.map((a) => ` ${a}`).join('')}>`)
    if (!voidElements.has(tag)) open.push(tag)
  }
  while (open.length) out.push(`</${open.pop()}>`)
  return out.join('')
}
