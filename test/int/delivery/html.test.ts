import { describe, expect, test } from '@jest/globals'
import { matchesIfNoneMatch, strongETag } from '../../../src/delivery/etag.js'
import { lexicalToHtml, richText } from '../../../src/delivery/toHtml.js'
import type { AssembledRichText } from '../../../src/delivery/types.js'

/** Pure pieces of delivery: HTML from Lexical (sanitized) and entity tags. No server. */
type State = AssembledRichText['json']

const paragraph = (...children: Record<string, unknown>[]) => ({ type: 'paragraph', version: 1, direction: 'ltr', format: '', indent: 0, children })
const text = (value: string, format = 0) => ({ type: 'text', version: 1, text: value, format, detail: 0, mode: 'normal', style: '' })
const link = (url: string, label: string) => ({
  type: 'link',
  version: 3,
  direction: 'ltr',
  format: '',
  indent: 0,
  fields: { url, linkType: 'custom', newTab: false },
  children: [text(label)],
})
const state = (...children: Record<string, unknown>[]): State =>
  ({ root: { type: 'root', version: 1, direction: 'ltr', format: '', indent: 0, children } }) as unknown as State

describe('lexicalToHtml', () => {
  test('paragraphs and formats', () => {
    const html = lexicalToHtml(state(paragraph(text('Hello '), text('world', 1)), paragraph(text('Second'))))
    expect(html).toBe('<p>Hello <strong>world</strong></p><p>Second</p>')
  })

  test('escapes markup in text and neutralises script URLs', () => {
    const html = lexicalToHtml(
      state(paragraph(text('<script>alert(1)</script> & "quotes"'), link('javascript:alert(1)', 'click'), link('https://example.org/?a=1&b="2"', 'ok'))),
    )
    expect(html).not.toContain('<script>')
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;')
    expect(html).not.toMatch(/href="javascript:/i)
    expect(html).toContain('href="https://example.org/?a=1&amp;b=&quot;2&quot;"')
  })

  test('richText: null for empty, both forms otherwise', () => {
    expect(richText(null)).toBeNull()
    expect(richText(undefined)).toBeNull()
    const value = state(paragraph(text('x')))
    expect(richText(value)).toEqual({ json: value, html: '<p>x</p>' })
  })
})

describe('entity tags', () => {
  test('strong, quoted, stable, content-sensitive', () => {
    const tag = strongETag('{"a":1}')
    expect(tag).toMatch(/^"[A-Za-z0-9_-]+"$/)
    expect(strongETag('{"a":1}')).toBe(tag)
    expect(strongETag('{"a":2}')).not.toBe(tag)
  })

  test('If-None-Match: lists, weak form and *', () => {
    const tag = strongETag('body')
    expect(matchesIfNoneMatch(null, tag)).toBe(false)
    expect(matchesIfNoneMatch(tag, tag)).toBe(true)
    expect(matchesIfNoneMatch(`"x", ${tag}`, tag)).toBe(true)
    expect(matchesIfNoneMatch(`W/${tag}`, tag)).toBe(true)
    expect(matchesIfNoneMatch('*', tag)).toBe(true)
    expect(matchesIfNoneMatch('"other"', tag)).toBe(false)
  })

  test('If-None-Match: a wrong tag of the same length never matches (every byte is compared, not the length)', () => {
    const tag = strongETag('body')
    const other = strongETag('bodz')
    /** The tag with the character at `at` replaced by another of the base64url alphabet (same length). */
    const oneCharOff = (at: number) => tag.slice(0, at) + (tag[at] === 'A' ? 'B' : 'A') + tag.slice(at + 1)
    const caseSwapped = tag.replace(/[a-z]/, (c) => c.toUpperCase())
    for (const wrong of [other, oneCharOff(1), oneCharOff(tag.length - 2), caseSwapped]) {
      expect([wrong.length, wrong === tag]).toEqual([tag.length, false])
      expect([matchesIfNoneMatch(wrong, tag), matchesIfNoneMatch(`W/${wrong}`, tag), matchesIfNoneMatch(`${wrong}, "x"`, tag)]).toEqual([false, false, false])
    }
    // the tag's own bytes without quotes are not the tag
    expect(matchesIfNoneMatch(`'${tag.slice(1, -1)}'`, tag)).toBe(false)
  })
})
