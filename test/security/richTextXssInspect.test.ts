import { describe, expect, test } from '@jest/globals'
import { inspectRichText, richTextLimits } from '../../collections/fields/richText/inspectRichText.js'
import { normaliseReferences } from '../../collections/fields/richText/normaliseReferences.js'
import { safeUrl } from '../../collections/fields/richText/safeUrl.js'

/** Issue 8, finding 2 (unit): the write-side shape check and URL policy, without a database. */
type Node = Record<string, unknown>
const rules = { uploadCollections: new Set(['media']), referenceCollections: new Set(['reports']) }
const text = (value: string): Node => ({ type: 'text', version: 1, text: value, format: 0 })
const paragraph = (...children: Node[]): Node => ({ type: 'paragraph', version: 1, children })
const state = (...children: Node[]) => ({ root: { type: 'root', version: 1, children } })
const uuid = '0b6b4c1e-5f7a-4c2e-9d3b-2a1f0e9c8d7b'

describe('safeUrl', () => {
  test.each([
    ['https://example.org/a?b=1#c', 'https://example.org/a?b=1#c'],
    ['HTTP://EXAMPLE.ORG', 'HTTP://EXAMPLE.ORG'],
    ['mailto:someone@example.org', 'mailto:someone@example.org'],
    ['/reports/x', '/reports/x'],
    ['#goals', '#goals'],
    ['  https://example.org  ', 'https://example.org'],
    ['javascript:alert(1)', null],
    [' \u0000JAVASCRIPT:alert(1)', null],
    ['java\tscr\nipt:alert(1)', null],
    ['data:text/html,x', null],
    ['vbscript:x', null],
    ['https://exa\u0000mple.org', null],
    ['', null],
    [42, null],
    [`https://example.org/${'a'.repeat(3000)}`, null],
  ])('%j → %j', (input, expected) => {
    expect(safeUrl(input)).toBe(expected)
  })
})

describe('inspectRichText', () => {
  test('bounds: node count and JSON size', () => {
    const many = state(...Array.from({ length: richTextLimits.maxNodes + 1 }, () => paragraph()))
    expect(inspectRichText(many, rules)).toEqual({ ok: false, problem: `more than ${richTextLimits.maxNodes} nodes` })
    const big = state(paragraph(text('x'.repeat(richTextLimits.maxJsonLength))))
    expect(inspectRichText(big, rules)).toEqual({ ok: false, problem: `larger than ${richTextLimits.maxJsonLength} characters of JSON` })
  })

  test('a populated reference is refused until it is reduced to its ID; references are collected', () => {
    const populated = state(paragraph(text('x')), { type: 'upload', version: 3, relationTo: 'media', value: { id: uuid, url: 'javascript:alert(1)' } })
    expect(inspectRichText(populated, rules)).toEqual({ ok: false, problem: expect.stringMatching(/^upload at 2: must hold the ID of a document/) })
    const reduced = normaliseReferences(populated)
    expect(inspectRichText(reduced, rules)).toEqual({ ok: true, references: [{ relationTo: 'media', id: uuid }] })
    // the client's object is not changed in place
    expect((populated.root.children[1] as { value: unknown }).value).toEqual({ id: uuid, url: 'javascript:alert(1)' })
  })

  test('problems say where: 2.1 is the first child of the second block', () => {
    const value = state(paragraph(text('ok')), paragraph({ type: 'link', version: 3, fields: { url: 'javascript:x', linkType: 'custom' }, children: [text('x')] }))
    expect(inspectRichText(value, rules)).toEqual({ ok: false, problem: expect.stringMatching(/^link at 2\.1: unsafe link URL/) })
    expect(inspectRichText(null, rules)).toEqual({ ok: true, references: [] })
  })
})
