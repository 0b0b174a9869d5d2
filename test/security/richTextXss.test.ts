import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { createLocalReq, type Field, type RichTextField, type RichTextFieldValidation } from 'payload'
import sharp from 'sharp'
import type { Media, Report } from '../../payload-types.js'
import { startReportSite } from '../../examples/report-site/site.js'
import { publicReportCache } from '../../src/delivery/cache.js'
import type { AssembledReport } from '../../src/delivery/types.js'
import { hctReport } from '../../src/seed/content/reports/hct.js'
import { expectInert } from '../helpers/inertHtml.js'
import type { TestServer } from '../helpers/testServer.js'
import { impactReportQuery } from '../int/delivery/queries.js'

/**
 * Issue 8, finding 2: stored XSS through rich text. Writes of hostile Lexical JSON are refused over REST and
 * GraphQL (400, field named, nothing written) for every rich-text field; populated references are reduced to IDs;
 * a hostile document written straight into the database still comes out as inert HTML from REST, GraphQL and the
 * example site.
 */
let server: TestServer
let contributorToken: string
let editorToken: string
let report: Report
let image: Media
const mediaDir = mkdtempSync(path.join(os.tmpdir(), 'impact-cms-richtext-xss-'))
const slug = hctReport.slug

type Node = Record<string, unknown>
const text = (value: string): Node => ({ type: 'text', version: 1, text: value, format: 0, detail: 0, mode: 'normal', style: '' })
const paragraph = (...children: Node[]): Node => ({ type: 'paragraph', version: 1, direction: 'ltr', format: '', indent: 0, textFormat: 0, children })
const link = (url: string, type = 'link'): Node => ({
  type,
  version: 3,
  direction: 'ltr',
  format: '',
  indent: 0,
  fields: { url, linkType: 'custom', newTab: false },
  children: [text('click')],
})
const upload = (value: unknown): Node => ({ type: 'upload', version: 3, format: '', id: 'node-1', fields: null, relationTo: 'media', value })
const state = (...children: Node[]) => ({ root: { type: 'root', version: 1, direction: 'ltr', format: '', indent: 0, children } })
const nested = (levels: number): Node => {
  let node: Node = text('deep')
  for (let i = 0; i < levels; i++) node = { type: 'quote', version: 1, direction: 'ltr', format: '', indent: 0, children: [node] }
  return node
}
const missingUuid = '00000000-0000-4000-8000-000000000000'

/** Hostile values and the words the refusal must contain. */
const hostile = (): [string, ReturnType<typeof state>, RegExp][] => [
  ['upload with an embedded javascript: URL and no real media', state(upload({ id: missingUuid, url: 'javascript:alert(1)', mimeType: 'image/png', filename: 'x.png' })), /no media document/],
  ['upload of a media ID that does not exist', state(upload(missingUuid)), /no media document/],
  ['upload whose value is not an ID', state(upload('javascript:alert(1)')), /not a valid media ID/],
  ['upload without any ID', state(upload({ url: 'javascript:alert(1)', mimeType: 'image/png' })), /ID of a document/],
  ['upload naming a collection that is not an upload collection', state({ ...upload(missingUuid), relationTo: 'users' }), /upload collection/],
  ['link to javascript:', state(paragraph(link('javascript:alert(1)'))), /unsafe link URL/],
  ['link with a disguised scheme', state(paragraph(link(' \tJaVa\nScRiPt:alert(1)'))), /unsafe link URL/],
  ['autolink to data:', state(paragraph(link('data:text/html,<script>alert(1)</script>', 'autolink'))), /unsafe link URL/],
  ['link to vbscript:', state(paragraph(link('vbscript:msgbox(1)'))), /unsafe link URL/],
  ['unknown node type', state({ type: 'html', version: 1, html: '<script>alert(1)</script>' }), /unknown node type "html"/],
  ['heading with a script tag', state({ type: 'heading', tag: 'script', version: 1, children: [text('x')] }), /h1–h6/],
  ['relationship to a document that does not exist', state({ type: 'relationship', version: 2, relationTo: 'reports', value: missingUuid }), /no reports document/],
  ['nesting past the depth limit', state(nested(40)), /nested deeper than 24/],
  ['text node with children', state(paragraph({ ...text('x'), children: [text('y')] })), /cannot have `children`/],
  ['not Lexical JSON', { root: { type: 'paragraph', children: 'x' } } as unknown as ReturnType<typeof state>, /not rich text/],
]

beforeAll(async () => {
  // the Media collection reads MEDIA_DIR when it is first imported: set it before loading the server
  process.env.MEDIA_DIR = mediaDir
  const { startTestServer } = await import('../helpers/testServer.js')
  server = await startTestServer()
  const { payload } = server
  contributorToken = await server.login('contributor@impact-cms.test', 'demo-contributor-pass')
  editorToken = await server.login('editor@impact-cms.test', 'demo-editor-pass')
  const png = await sharp({ create: { width: 4, height: 3, channels: 3, background: '#1f7a8c' } }).png().toBuffer()
  image = await payload.create({ collection: 'media', data: { alt: 'A "chart" <of> sessions' }, file: { data: png, mimetype: 'image/png', name: 'chart.png', size: png.length } })
  report = (await payload.find({ collection: 'reports', where: { slug: { equals: slug } }, depth: 0, joins: false })).docs[0]
})
afterAll(async () => {
  await server?.close()
  rmSync(mediaDir, { recursive: true, force: true })
})

/** The report as stored (latest draft included) and how many versions it has: both must not change on a refusal. */
const snapshot = async () => ({
  doc: await server.payload.findByID({ collection: 'reports', id: report.id, depth: 0, draft: true }),
  versions: (await server.payload.countVersions({ collection: 'reports', where: { parent: { equals: report.id } } })).totalDocs,
  organisations: (await server.payload.count({ collection: 'organisations' })).totalDocs,
})

describe('hostile rich text is refused on write', () => {
  test.each(hostile())('REST, contributor: %s → 400 naming the field, nothing written', async (_name, value, problem) => {
    const before = await snapshot()
    const { status, body } = await server.request(`/api/reports/${report.id}?draft=true`, { method: 'PATCH', body: { body: value }, token: contributorToken })
    expect(status).toBe(400)
    const fieldErrors = body.errors[0].data.errors as { path: string; message: string }[]
    expect(fieldErrors).toEqual([expect.objectContaining({ path: 'body', message: expect.stringMatching(problem) })])
    expect(await snapshot()).toEqual(before)
  })

  test('REST, contributor creating a report, and an editor writing an organisation description: refused, nothing written', async () => {
    const before = await snapshot()
    const created = await server.request('/api/reports?draft=true', {
      body: { title: 'Hostile', organisation: report.organisation, framework: report.framework, introduction: state(upload({ id: image.id, url: 'javascript:alert(1)' }), paragraph(link('javascript:alert(1)'))) },
      token: contributorToken,
    })
    expect(created.status).toBe(400)
    expect(created.body.errors[0].data.errors).toEqual([expect.objectContaining({ path: 'introduction', message: expect.stringMatching(/unsafe link URL/) })])
    const organisation = await server.request('/api/organisations', {
      body: { name: 'Hostile org', type: 'charity', description: state(paragraph(link('javascript:alert(1)'))) },
      token: editorToken,
    })
    expect(organisation.status).toBe(400)
    expect(organisation.body.errors[0].data.errors).toEqual([expect.objectContaining({ path: 'description' })])
    expect(await snapshot()).toEqual(before)
    expect((await server.payload.count({ collection: 'reports', where: { title: { equals: 'Hostile' } } })).totalDocs).toBe(0)
  })

  test('GraphQL: updateReport and createOrganisation with hostile rich text are refused, nothing written', async () => {
    const before = await snapshot()
    for (const [, value] of hostile().slice(0, 10)) {
      const { status, body } = await server.graphql(
        'mutation ($id: String!, $data: mutationReportUpdateInput!) { updateReport(id: $id, data: $data, draft: true) { id } }',
        { id: report.id, data: { body: value } },
        contributorToken,
      )
      expect(status).toBe(200)
      expect(body.data?.updateReport ?? null).toBeNull()
      expect(body.errors?.[0]?.extensions?.statusCode ?? 400).toBe(400)
      expect(JSON.stringify(body.errors)).toMatch(/body|Further content/)
    }
    const { body } = await server.graphql(
      'mutation ($data: mutationOrganisationInput!) { createOrganisation(data: $data) { id } }',
      { data: { name: 'Hostile GraphQL org', type: 'charity', description: state(upload({ url: 'javascript:alert(1)' })) } },
      editorToken,
    )
    expect(body.data?.createOrganisation ?? null).toBeNull()
    expect(JSON.stringify(body.errors)).toMatch(/description|Description/)
    expect(await snapshot()).toEqual(before)
  })

  test('every rich-text field of every collection refuses an unknown node type', async () => {
    const req = await createLocalReq({}, server.payload)
    const richTextFields = (fields: Field[]): RichTextField[] =>
      fields.flatMap((field) => {
        if (field.type === 'richText') return [field]
        if (field.type === 'tabs') return field.tabs.flatMap((tab) => richTextFields(tab.fields))
        return 'fields' in field ? richTextFields(field.fields) : []
      })
    const checked: string[] = []
    for (const collection of server.payload.config.collections) {
      for (const field of richTextFields(collection.fields)) {
        const validate = field.validate as RichTextFieldValidation
        const options = { ...field, req, overrideAccess: true, data: {}, siblingData: {}, preferences: { fields: {} } } as unknown as Parameters<RichTextFieldValidation>[1]
        expect(await validate(state({ type: 'script', version: 1, text: 'alert(1)' }), options)).toMatch(/unknown node type/)
        checked.push(`${collection.slug}.${'name' in field ? field.name : ''}`)
      }
    }
    // the four report sections and the organisation description today; a new rich-text field is covered by the same wrapper
    expect(checked).toEqual(expect.arrayContaining(['reports.introduction', 'reports.journey', 'reports.analysis', 'reports.body', 'organisations.description']))
  })
})

describe('what clients may send', () => {
  test('every node the editor produces is accepted; populated references (as the admin or a depth > 0 read sends them) are stored as bare IDs', async () => {
    const populated = { id: image.id, url: 'javascript:alert(1)', filename: 'evil.html', mimeType: 'text/html', alt: '" onerror="alert(1)' }
    const element = { version: 1, direction: 'ltr', format: '', indent: 0 }
    const everyNode = state(
      paragraph(text('Figure:'), link('https://example.org/source')),
      upload(populated),
      { ...element, type: 'heading', tag: 'h3', children: [text('Heading')] },
      { ...element, type: 'quote', children: [text('Quoted'), { type: 'linebreak', version: 1 }, text('line two')] },
      { ...element, type: 'list', listType: 'bullet', tag: 'ul', start: 1, children: [{ ...element, type: 'listitem', value: 1, children: [text('bullet')] }] },
      { ...element, type: 'list', listType: 'number', tag: 'ol', start: 1, children: [{ ...element, type: 'listitem', value: 1, children: [text('first')] }] },
      { ...element, type: 'list', listType: 'check', tag: 'ul', start: 1, children: [{ ...element, type: 'listitem', value: 1, checked: true, children: [text('done')] }] },
      paragraph({ type: 'tab', version: 1, text: '\t', format: 0, detail: 2, mode: 'normal', style: '' }, link('mailto:impact@example.org', 'autolink')),
      paragraph({ ...link('x'), fields: { linkType: 'internal', newTab: false, doc: { relationTo: 'reports', value: { id: report.id, title: report.title } } }, children: [text('internal')] }),
      { type: 'relationship', version: 2, format: '', relationTo: 'reports', value: { id: report.id, title: report.title } },
      { type: 'horizontalrule', version: 1 },
    )
    const { status, body: saved } = await server.request(`/api/reports/${report.id}?draft=true`, { method: 'PATCH', body: { body: everyNode }, token: contributorToken })
    expect([status, saved.errors]).toEqual([200, undefined])
    const stored = await server.payload.findByID({ collection: 'reports', id: report.id, depth: 0, draft: true })
    const nodes = (stored.body?.root.children ?? []) as Node[]
    expect(nodes[1].value).toBe(image.id)
    expect(((nodes[8].children as Node[])[0].fields as { doc: Node }).doc.value).toBe(report.id)
    expect(nodes[9].value).toBe(report.id)

    const preview = await server.request(`/api/reports/${slug}/assembled?draft=true`, { token: contributorToken })
    expect(preview.status).toBe(200)
    const html = (preview.body as AssembledReport).report.body?.html ?? ''
    expect(html).toContain(`<img src="${image.url}" alt="A &quot;chart&quot; &lt;of&gt; sessions" width="4" height="3">`)
    expect(html).toContain('<a href="https://example.org/source">click</a>')
    expect(html).toContain('<h3>Heading</h3><blockquote>Quoted<br>line two</blockquote><ul><li>bullet</li></ul><ol><li>first</li></ol><ul><li data-checked="true">done</li></ul>')
    expect(html).toContain('<p>\t<a href="mailto:impact@example.org">click</a></p><p>internal</p><hr>')
    expectInert(html)
  })
})

describe('hostile rich text already in the database is delivered inert', () => {
  const stored = () =>
    state(
      paragraph(text('<script>alert("text")</script>'), link('javascript:alert(1)'), link(' JaVaScRiPt:alert(2)', 'autolink'), link('data:text/html,x')),
      upload({ id: image.id, url: 'javascript:alert(3)', mimeType: 'text/html', filename: '"><script>alert(4)</script>' }),
      upload({ id: missingUuid, url: 'javascript:alert(5)', mimeType: 'image/png' }),
      upload('not-an-id"><script>alert(6)</script>'),
      { type: 'html', version: 1, html: '<img src=x onerror=alert(7)>' },
      { type: 'heading', tag: 'script', version: 1, children: [text('alert(8)')] },
    )

  beforeAll(async () => {
    // straight into the database: past every hook and validation, as data written before the fix would be
    await server.payload.db.updateOne({ collection: 'reports', id: report.id, data: { journey: stored() } })
    publicReportCache.clear()
  })

  test('REST assembled: inert HTML, the image from the Media collection, JSON references reduced to IDs', async () => {
    const { status, body } = await server.request(`/api/reports/${slug}/assembled`)
    expect(status).toBe(200)
    const journey = (body as AssembledReport).report.journey
    const html = journey?.html ?? ''
    expectInert(html)
    expect(html).not.toContain('<script')
    expect(html).toContain('&lt;script&gt;alert(&quot;text&quot;)&lt;/script&gt;')
    expect(html).toContain(`<img src="${image.url}" alt="A &quot;chart&quot; &lt;of&gt; sessions" width="4" height="3">`)
    expect(html.match(/<img/g)).toHaveLength(1)
    expect(JSON.stringify(journey?.json)).not.toContain('alert(3)')
    expect(JSON.stringify(journey?.json)).not.toContain('alert(5)')
  })

  test('GraphQL impactReport: the same inert HTML', async () => {
    const rest = (await server.request(`/api/reports/${slug}/assembled`)).body as AssembledReport
    const { body } = await server.graphql(impactReportQuery, { slug })
    expect(body.errors).toBeUndefined()
    expect(body.data.impactReport.report.journey).toEqual(rest.report.journey)
    expectInert(body.data.impactReport.report.journey.html)
  })

  test('the example site renders the report without script', async () => {
    const site = await startReportSite({ cmsUrl: server.url })
    try {
      const response = await fetch(`${site.url}/reports/${slug}`)
      expect(response.status).toBe(200)
      const page = await response.text()
      const section = /<section aria-labelledby="journey">([\s\S]*?)\n<\/section>/.exec(page)?.[1] ?? ''
      expect(section).toContain('alert(&quot;text&quot;)')
      expectInert(section)
      expect(section).not.toContain('<script')
    } finally {
      await site.close()
    }
  })
})
