/** Checks that HTML can run no script: a browser-like reading of its tags and URL attributes (tests only). */
import { expect } from '@jest/globals'

/** Decodes character references as a browser does once when it reads an attribute value. */
const decodeAttribute = (value: string): string =>
  value.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);?/gi, (whole, ref: string) => {
    if (ref[0] === '#') return String.fromCodePoint(ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10))
    return ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", colon: ':', tab: '\t', newline: '\n' } as Record<string, string>)[ref.toLowerCase()] ?? whole
  })

/** The attributes of every tag as a browser tokenises them (escaped text holds no `<`, so tags are easy to find). */
export const attributesOf = (html: string): { tag: string; name: string; value: string }[] =>
  [...html.matchAll(/<([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s"'=<>\/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g)].flatMap(
    ([, tag, attributes]) =>
      [...attributes.matchAll(/\s+([^\s"'=<>\/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g)].map((m) => ({
        tag: tag.toLowerCase(),
        name: m[1].toLowerCase(),
        value: decodeAttribute(m[2] ?? m[3] ?? m[4] ?? ''),
      })),
  )

const urlAttributes = new Set(['href', 'src', 'srcset', 'action', 'formaction', 'xlink:href', 'poster', 'background'])

/** Every URL attribute whose value a browser would run or load as another scheme than http(s)/mailto. */
export const unsafeUrls = (html: string): string[] =>
  attributesOf(html)
    .filter((a) => urlAttributes.has(a.name))
    .map((a) => a.value)
    .filter((url) => {
      // browsers drop leading C0 controls and spaces and every tab/newline before reading the scheme
      const cleaned = url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '')
      const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1]?.toLowerCase()
      return scheme !== undefined && !['http', 'https', 'mailto'].includes(scheme)
    })

/** What must never appear in delivered HTML: script-capable elements, event handlers, inline styles, unsafe URLs. */
export const expectInert = (html: string) => {
  expect(unsafeUrls(html)).toEqual([])
  expect(html).not.toMatch(/<\s*(script|iframe|object|embed|svg|math|style|base|form|meta|link|input|textarea)\b/i)
  expect(attributesOf(html).filter((a) => a.name.startsWith('on') || a.name === 'style' || a.name === 'srcdoc')).toEqual([])
}
