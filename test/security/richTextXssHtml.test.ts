import { describe, expect, test } from '@jest/globals'
import type { Media } from '../../payload-types.js'
import { reportPage } from '../../examples/report-site/html.js'
import type { SiteReport } from '../../examples/report-site/cms.js'
import { lexicalToHtml } from '../../src/delivery/toHtml.js'
import { attributesOf, expectInert } from '../helpers/inertHtml.js'
import type { AssembledRichText } from '../../src/delivery/types.js'

/**
 * Issue 8, finding 2 (unit): the delivered HTML is built from an allowlist whatever the stored Lexical JSON
 * holds, and the example site sanitises the HTML it inserts. No server.
 */
type State = AssembledRichText['json']
type Node = Record<string, unknown>

const text = (value: string, extra: Node = {}): Node => ({ type: 'text', version: 1, text: value, format: 0, detail: 0, mode: 'normal', style: '', ...extra })
const paragraph = (...children: Node[]): Node => ({ type: 'paragraph', version: 1, direction: 'ltr', format: '', indent: 0, children })
const link = (url: unknown, label = 'click', extra: Node = {}): Node => ({
  type: 'link',
  version: 3,
  fields: { url, linkType: 'custom', newTab: false },
  children: [text(label)],
  ...extra,
})
const upload = (value: unknown): Node => ({ type: 'upload', version: 3, format: '', fields: null, relationTo: 'media', value })
const state = (...children: Node[]): State =>
  ({ root: { type: 'root', version: 1, direction: 'ltr', format: '', indent: 0, children } }) as unknown as State

const hostileSchemes = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  '  javascript:alert(1)',
  '\u0000javascript:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  'javascript\r:alert(1)',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'DATA:image/svg+xml,<svg onload=alert(1)>',
  'vbscript:msgbox(1)',
  'VBScript:msgbox(1)',
  '\u0001\u0002 javascript:alert(1)',
  'file:///etc/passwd',
  'blob:https://evil.example/uuid',
]

/** Schemes hidden behind character references: harmless as long as `&` is escaped, so they must stay text. */
const encodedSchemes = ['&#106;avascript:alert(1)', 'javascript&colon;alert(1)', '&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)', 'jav&#x09;ascript:alert(1)']

const media = (doc: Partial<Media> & Pick<Media, 'id'>): Media =>
  ({ alt: 'An image', url: `/api/media/file/${doc.id}.png`, filename: `${doc.id}.png`, mimeType: 'image/png', width: 4, height: 3, createdAt: '', updatedAt: '', ...doc }) as Media

describe('delivered HTML from hostile Lexical JSON', () => {
  test.each(hostileSchemes)('%j becomes no link, image or media URL', (url) => {
    const stored = media({ id: 'stored-1', url })
    const html = lexicalToHtml(
      state(
        paragraph(link(url)),
        paragraph({ ...link(url), type: 'autolink' }),
        upload({ id: 'stored-1', url, mimeType: 'image/png', filename: 'x.png' }),
        upload({ id: 'not-in-media', url, mimeType: 'application/pdf', filename: 'x.pdf' }),
      ),
      new Map([[stored.id, stored]]),
    )
    expectInert(html)
    expect(html).toContain('click')
  })

  test('safe links are kept, escaped, and open safely in a new tab; quotes and encoded schemes stay inside the attribute', () => {
    const html = lexicalToHtml(
      state(
        paragraph(link('https://example.org/?a=1&b="2"', 'ok'), link('mailto:someone@example.org', 'mail'), link('/reports/x#goals', 'relative')),
        paragraph(link('https://example.org/new', 'new', { fields: { url: 'https://example.org/new', linkType: 'custom', newTab: true } })),
      ),
    )
    expect(html).toContain('<a href="https://example.org/?a=1&amp;b=&quot;2&quot;">ok</a>')
    expect(html).toContain('<a href="mailto:someone@example.org">mail</a>')
    expect(html).toContain('<a href="/reports/x#goals">relative</a>')
    expect(html).toContain('<a href="https://example.org/new" target="_blank" rel="noopener noreferrer">new</a>')
    expectInert(html)

    // attribute-breaking quotes, markup and schemes hidden behind character references stay inside the attribute
    const urls = ['https://example.org/" onmouseover="alert(1)', "https://example.org/' onfocus='alert(1)", 'https://x/"><script>alert(1)</script>', ...encodedSchemes]
    const hostile = lexicalToHtml(state(paragraph(...urls.map((url) => link(url)))))
    expectInert(hostile)
    expect(hostile).toContain('&quot; onmouseover=&quot;alert(1)')
  })

  test('markup in text is escaped; styles and unknown formats are not copied', () => {
    const html = lexicalToHtml(
      state(
        paragraph(
          text('<script>alert(1)</script> & "quotes" \'single\''),
          text('<img src=x onerror=alert(1)>', { format: 1, style: 'background:url(javascript:alert(1))' }),
          text('styled', { style: '" onmouseover="alert(1)' }),
        ),
        { ...paragraph(text('aligned')), format: 'left" onclick="alert(1)', indent: '1" onclick="alert(1)' },
      ),
    )
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot; &#39;single&#39;')
    expect(html).toContain('<strong>&lt;img src=x onerror=alert(1)&gt;</strong>')
    expectInert(html)
  })

  test('hostile tags in heading and list nodes fall back to safe ones', () => {
    const html = lexicalToHtml(
      state(
        { type: 'heading', tag: 'script', version: 1, children: [text('alert(1)')] },
        { type: 'heading', tag: 'h3', version: 1, children: [text('Real heading')] },
        {
          type: 'list',
          tag: 'script',
          listType: 'x" onclick="alert(1)',
          version: 1,
          children: [{ type: 'listitem', value: '1" onclick="alert(1)', version: 1, children: [text('item')] }],
        },
        { type: 'list', tag: 'ol', listType: 'number', version: 1, children: [{ type: 'listitem', value: 1, children: [text('first')] }] },
      ),
    )
    expect(html).toContain('<h3>Real heading</h3>')
    expect(html).toContain('<ul><li>item</li></ul>')
    expect(html).toContain('<ol><li>first</li></ol>')
    expectInert(html)
  })

  test('unknown node types never emit their raw content', () => {
    const html = lexicalToHtml(
      state(
        { type: 'html', version: 1, html: '<script>alert(1)</script>', value: '<iframe src="javascript:alert(1)">' },
        { type: 'block', version: 1, fields: { blockType: 'embed', code: '<script>alert(2)</script>' } },
        { type: 'mystery', version: 1, children: [text('kept as text <b>')] },
        { type: 'text', text: 42 },
        'not a node' as unknown as Node,
        null as unknown as Node,
      ),
    )
    expect(html).toContain('kept as text &lt;b&gt;')
    // written straight into the database, past the write-side depth limit: cut off, no stack overflow
    let deep: Node = text('deep')
    for (let i = 0; i < 200_000; i++) deep = { type: 'quote', version: 1, children: [deep] }
    expect(lexicalToHtml(state(deep)).length).toBeLessThan(200_000)
    expect(html).not.toContain('alert(1)')
    expect(html).not.toContain('alert(2)')
    expectInert(html)
  })

  test('upload nodes: the URL comes from the Media collection by id, never from the stored node', () => {
    const image = media({ id: 'img-1', alt: 'A "quoted" <alt>' })
    const pdf = media({ id: 'pdf-1', url: '/api/media/file/report.pdf', filename: 'report <1>.pdf', mimeType: 'application/pdf' })
    const hostileMedia = media({ id: 'bad-1', url: 'javascript:alert(1)' })
    const mediaById = new Map([image, pdf, hostileMedia].map((m) => [m.id, m]))
    const html = lexicalToHtml(
      state(
        upload({ id: 'img-1', url: 'javascript:alert(1)', mimeType: 'image/png', filename: 'x.png' }),
        upload('pdf-1'),
        upload({ id: 'missing', url: 'javascript:alert(2)', mimeType: 'image/png' }),
        upload({ url: 'javascript:alert(3)', mimeType: 'text/html' }),
        upload('bad-1'),
        { ...upload('img-1'), relationTo: 'users' },
      ),
      mediaById,
    )
    expect(html).toContain('<img src="/api/media/file/img-1.png" alt="A &quot;quoted&quot; &lt;alt&gt;" width="4" height="3">')
    expect(html).toContain('<a href="/api/media/file/report.pdf">report &lt;1&gt;.pdf</a>')
    expect(html.match(/<img/g)).toHaveLength(1)
    expect(html).not.toContain('alert')
    expectInert(html)
  })

  test('relationship nodes and internal links expose no stored values', () => {
    const html = lexicalToHtml(
      state(
        upload({ id: 'x', url: 'javascript:alert(1)', mimeType: 'image/png' }),
        { type: 'relationship', version: 2, relationTo: 'reports', value: { id: 'r1', url: 'javascript:alert(1)', title: '<script>' } },
        paragraph({ type: 'link', version: 3, fields: { linkType: 'internal', doc: { relationTo: 'reports', value: { id: 'r1', url: 'javascript:alert(1)' } } }, children: [text('internal')] }),
      ),
    )
    expect(html).toContain('internal')
    expect(html).not.toContain('<script>')
    expectInert(html)
  })

})

describe('example site: rich-text HTML is sanitised before it is inserted', () => {
  const hostileHtml = [
    '<p>Kept <strong>bold</strong> &amp; <em>em</em></p>',
    '<script>alert(1)</script>',
    '<img src="javascript:alert(2)" onerror="alert(3)">',
    '<a href="JaVaScRiPt:alert(4)" onclick="alert(5)">bad link</a>',
    '<a href="&#106;avascript:alert(6)">encoded</a>',
    "<a href='data:text/html,x'>data</a>",
    '<a href="https://example.org/ok?a=1&amp;b=2">good link</a>',
    '<img src="/api/media/file/x.png" alt="alt &quot;text&quot;" width="4" height="3">',
    '<iframe src="https://evil.example"></iframe><style>body{display:none}</style>',
    '<p style="background:url(javascript:alert(7))" class="x">styled</p>',
    '<svg><script>alert(8)</script></svg>',
    '<a href="https://x.example" target="_blank" rel="noopener noreferrer">tab</a>',
    '<p>unclosed <b>',
  ].join('')

  const doc = (html: string): SiteReport => ({
    report: { title: 'T', slug: 't', summary: null, publicationDate: null, sourceUrl: null, period: { from: null, to: null }, introduction: { html }, journey: null, analysis: null, body: null },
    organisation: null,
    partner: null,
    framework: null,
    goals: [],
    quotes: [],
    recommendations: [],
  })

  test('scripts, handlers, styles and unsafe URLs are removed; allowed markup survives', () => {
    const page = reportPage(doc(hostileHtml))
    // the site's own <meta> and <style> are in <head>; the inserted section must be inert and must not escape its <section>
    const section = /<section aria-labelledby="introduction">([\s\S]*?)\n<\/section>/.exec(page)?.[1] ?? ''
    expect(section).toContain('Kept')
    expectInert(section)
    expect(section).not.toMatch(/<\/?(section|article|main|body|html)\b/)
    expect(page.match(/<style>/g)).toHaveLength(1)
    expect(attributesOf(page).filter((a) => a.value.includes('alert'))).toEqual([])
    expect(page).toContain('<p>Kept <strong>bold</strong> &amp; <em>em</em></p>')
    expect(page).toContain('<a href="https://example.org/ok?a=1&amp;b=2">good link</a>')
    expect(page).toContain('<img src="/api/media/file/x.png" alt="alt &quot;text&quot;" width="4" height="3">')
    expect(page).toContain('<a href="https://x.example" target="_blank" rel="noopener noreferrer">tab</a>')
    expect(page).toContain('bad link')
  })

  test('every other value the page inserts is escaped, whatever type the CMS answers with', () => {
    const x = '"><script>alert(1)</script><img src=x onerror=alert(2)>'
    const hostileNumber = x as unknown as number
    const page = reportPage({
      report: { title: x, slug: x, summary: x, publicationDate: x, sourceUrl: 'javascript:alert(3)', period: { from: x, to: x }, introduction: null, journey: null, analysis: null, body: null },
      organisation: { name: x, website: 'javascript:alert(4)', identifiers: [{ scheme: x as 'nhs-ods', value: x }] },
      partner: { name: x },
      framework: { name: x, edition: x },
      goals: [{ id: x, number: hostileNumber, title: x, summary: x, evidence: [{ id: x, title: x, description: x, assurance: x as 'verified', beneficiaries: x, area: x, metrics: [{ label: x, value: hostileNumber, unit: x, valueText: null, baseline: hostileNumber, target: hostileNumber, period: x }], source: { citation: x, url: 'javascript:alert(5)' } }] }],
      quotes: [{ id: x, paragraphs: [x], context: x as 'statement', speaker: { name: x, honorific: x, role: x } }],
      recommendations: [{ id: x, title: x, description: x, priority: x as 'high', progress: x as 'proposed', goals: [{ number: hostileNumber, title: x }] }],
    })
    const main = /<main id="main">([\s\S]*)<\/main>/.exec(page)?.[1] ?? ''
    expect(main).toContain('&lt;script&gt;')
    expectInert(main)
    expect(main).not.toContain('<img src=x')
  })
})
