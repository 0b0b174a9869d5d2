import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import type { AssembledReport } from '../../../src/delivery/types.js'
import { escapeHtml } from '../../../src/delivery/html/escape.js'
import { hctReport } from '../../../src/seed/content/reports/hct.js'
import { pdfComparable, pdfPages } from '../../helpers/pdfText.js'
import { startTestServer, type TestServer } from '../../helpers/testServer.js'

/** The four export formats of the seeded HCT report, read back as a reader would: quotes verbatim, 1.2 million, the recommendations. */
let server: TestServer
const slug = hctReport.slug
const exportUrl = (format: string) => `${server.url}/api/reports/${slug}/export?format=${format}`
const quoteParagraphs = hctReport.quotes.flatMap((q) => q.paragraphs)
const recommendationTitles = hctReport.recommendations.map((r) => r.title)
let assembled: AssembledReport
let editionGoals: { number: number; title: string }[]

beforeAll(async () => {
  server = await startTestServer()
  assembled = (await server.request(`/api/reports/${slug}/assembled`)).body as AssembledReport
  const goals = await server.payload.find({ collection: 'goals', where: { framework: { equals: assembled.framework?.id } }, sort: 'number', pagination: false, depth: 0 })
  editionGoals = goals.docs.map((g) => ({ number: g.number, title: g.title }))
})
afterAll(async () => {
  await server?.close()
})

test('the seed report has what the checks look for', () => {
  expect(recommendationTitles).toHaveLength(4)
  expect(quoteParagraphs.length).toBeGreaterThanOrEqual(4)
  expect(editionGoals.length).toBeGreaterThan(assembled.goals.length)
})

describe('json', () => {
  test('is the assembled document, as an attachment, with the same ETag', async () => {
    const response = await fetch(exportUrl('json'))
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8')
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="${slug}.json"; filename*=UTF-8''${slug}.json`)
    const doc = (await response.json()) as AssembledReport
    expect(doc).toEqual(assembled)
    const assembledResponse = await fetch(`${server.url}/api/reports/${slug}/assembled`)
    expect(response.headers.get('etag')).toBe(assembledResponse.headers.get('etag'))
    expect(doc.quotes.flatMap((q) => q.paragraphs)).toEqual(quoteParagraphs)
    expect(doc.report.introduction?.html).toContain('1.2 million')
    expect(doc.recommendations.map((r) => r.title)).toEqual(recommendationTitles)
  })
})

describe('csv', () => {
  test('one row per evidence metric (or per evidence item without metrics), UTF-8 with a BOM, CRLF', async () => {
    const response = await fetch(exportUrl('csv'))
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8; header=present')
    expect(response.headers.get('content-disposition')).toContain(`attachment; filename="${slug}.csv"`)
    const bytes = new Uint8Array(await response.arrayBuffer())
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).slice(1)
    expect(text.endsWith('\r\n')).toBe(true)
    const lines = text.slice(0, -2).split('\r\n')
    expect(lines[0]).toBe(
      'report_slug,report_title,report_period_from,report_period_to,organisation,organisation_identifiers,framework,goal_number,goal_title,' +
        'evidence_title,evidence_assurance,evidence_status,metric_label,metric_value,metric_unit,metric_as_written,metric_baseline,' +
        'metric_target,metric_period,metric_direction,source_citation,source_url',
    )
    const evidence = assembled.goals.flatMap((g) => g.evidence)
    expect(lines).toHaveLength(1 + evidence.reduce((n, e) => n + Math.max(1, e.metrics.length), 0))
    // every evidence title appears, each row names the report, its organisation and the goal
    for (const item of evidence) expect(text).toContain(item.title)
    const body = lines.slice(1)
    expect(body.every((l) => l.startsWith(`${slug},Levelling Up Impact Report,`))).toBe(true)
    expect(body.every((l) => l.includes(',Hertfordshire Community NHS Trust,nhs-ods:RY4,'))).toBe(true)
    const goalOfFirstRow = assembled.goals.find((g) => g.evidence.length)
    expect(body[0]).toContain(`,${goalOfFirstRow?.number},${goalOfFirstRow?.title},`)
  })
})

describe('html', () => {
  test('a standalone page: the content in order, no script, a CSP that forbids scripts', async () => {
    const response = await fetch(exportUrl('html'))
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(response.headers.get('content-disposition')).toContain(`inline; filename="${slug}.html"`)
    const csp = response.headers.get('content-security-policy') ?? ''
    expect(csp).toContain("default-src 'none'")
    expect(csp).toContain("script-src 'none'")
    // the one inline stylesheet, allowed by its hash
    expect(csp).toMatch(/style-src 'sha256-[A-Za-z0-9+/=]+'/)
    expect(csp).not.toContain('unsafe-inline')
    const html = await response.text()
    expect(html).toMatch(/^<!doctype html>/)
    expect(html).not.toMatch(/<script|\son\w+=|javascript:/i)
    expect(html).not.toMatch(/<link|@import|url\(/i)
    for (const paragraph of quoteParagraphs) expect(html).toContain(escapeHtml(paragraph))
    expect(html).toContain('<cite>Rt Hon Anne Milton</cite>')
    expect(html).toContain('1.2 million')
    for (const title of recommendationTitles) expect(html).toContain(`<strong>${escapeHtml(title)}</strong>`)
    // reading order: organisation, quotes, introduction, goals, analysis, recommendations
    const order = ['Hertfordshire Community NHS Trust', 'id="quotes"', 'id="introduction"', 'id="goal-', 'id="analysis"', 'id="recommendations"'].map((s) => html.indexOf(s))
    expect(order.every((i) => i > 0)).toBe(true)
    expect([...order].sort((a, b) => a - b)).toEqual(order)
    // the index names every goal of the edition, with its evidence or the reason it has none
    for (const goal of editionGoals) {
      const covered = assembled.goals.some((g) => g.number === goal.number && g.evidence.length)
      expect(html).toContain(`<li value="${goal.number}">`)
      if (!covered) expect(html).toContain(`<li value="${goal.number}">${escapeHtml(goal.title)} — <span class="reason">${escapeHtml(expectedReason(goal.number))}</span></li>`)
    }
  })
})

/** What the index says of a goal without evidence: the report's coverage declaration, or the default sentence. */
const statusLabels: Record<string, string> = { covered: 'Covered', 'not-applicable': 'Not applicable', planned: 'Planned', 'not-reported': 'Not reported' }
const expectedReason = (goalNumber: number): string => {
  const coverage = (assembled as AssembledReport & { coverage?: { goals: { goal: { number: number }; declaration: { status: string; reason: string | null } | null }[] } }).coverage
  const declaration = coverage?.goals.find((g) => g.goal.number === goalNumber)?.declaration
  return declaration ? [statusLabels[declaration.status], declaration.reason].filter(Boolean).join(': ') : 'No evidence in this report'
}

describe('pdf', () => {
  let pages: string[]
  let whole: string
  beforeAll(async () => {
    const response = await fetch(exportUrl('pdf'))
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/pdf')
    expect(response.headers.get('content-disposition')).toContain(`attachment; filename="${slug}.pdf"`)
    pages = await pdfPages(await response.arrayBuffer())
    whole = pages.join(' ')
  })

  test('its text is extractable: both quotes verbatim, 1.2 million, the four recommendations', () => {
    for (const paragraph of quoteParagraphs) expect(whole).toContain(pdfComparable(paragraph))
    expect(whole).toContain('Rt Hon Anne Milton')
    expect(whole).toContain('1.2 million')
    recommendationTitles.forEach((title, i) => expect(whole).toContain(`${i + 1}. ${pdfComparable(title)}`))
  })

  test('every page is numbered', () => {
    pages.forEach((page, i) => expect(page).toContain(`Page ${i + 1} of ${pages.length}`))
  })

  test('the contents list every goal of the edition with the pages of its evidence, or why it is not covered', () => {
    const contentsPages = pages.filter((p) => p.includes('Contents Every goal of the framework edition'))
    expect(contentsPages.length).toBeGreaterThanOrEqual(1)
    const contents = contentsPages.join(' ')
    for (const goal of editionGoals) {
      const covered = assembled.goals.find((g) => g.number === goal.number && g.evidence.length)
      const label = pdfComparable(`Goal ${goal.number}. ${goal.title}`)
      expect(contents).toContain(label)
      const after = contents.slice(contents.indexOf(label) + label.length)
      if (!covered) {
        expect(after.trimStart().startsWith(pdfComparable(expectedReason(goal.number)))).toBe(true)
        continue
      }
      // the listed pages hold this goal's evidence
      const match = /^\s*pages? (\d+)(?:–(\d+))?/.exec(after)
      expect(match).not.toBeNull()
      const from = Number(match?.[1])
      const to = Number(match?.[2] ?? match?.[1])
      const listed = pages.slice(from - 1, to).join(' ')
      for (const item of covered.evidence) expect(listed).toContain(pdfComparable(item.title))
    }
  })
})

describe('caching and errors', () => {
  test.each(['json', 'csv', 'html', 'pdf'])('%s: a public ETag, 304 on If-None-Match', async (format) => {
    const first = await fetch(exportUrl(format))
    expect(first.status).toBe(200)
    expect(first.headers.get('cache-control')).toBe('public, max-age=60, stale-while-revalidate=600')
    expect(first.headers.get('vary')).toBe('Authorization, Cookie')
    const etag = first.headers.get('etag') ?? ''
    expect(etag).toMatch(/^"[\w-]+"$/)
    const again = await fetch(exportUrl(format), { headers: { 'if-none-match': etag } })
    expect(again.status).toBe(304)
    expect(await again.text()).toBe('')
    // the same content gives the same file
    const third = await fetch(exportUrl(format))
    expect(Buffer.from(await third.arrayBuffer()).equals(Buffer.from(await first.arrayBuffer()))).toBe(true)
  })

  test('the formats have different tags', async () => {
    const tags = await Promise.all(['json', 'csv', 'html', 'pdf'].map(async (f) => (await fetch(exportUrl(f))).headers.get('etag')))
    expect(new Set(tags).size).toBe(4)
  })

  test('an unknown format is a 400 naming the formats; an unknown slug a 404', async () => {
    const bad = await server.request(`/api/reports/${slug}/export?format=docx`)
    expect(bad.status).toBe(400)
    expect(bad.body.errors[0].message).toBe('Unknown export format "docx": use one of json, csv, html, pdf.')
    const missing = await server.request('/api/reports/no-such-report/export?format=pdf')
    expect(missing.status).toBe(404)
    expect(missing.body.errors[0].message).toContain('no-such-report')
  })

  test('without a format the export is json', async () => {
    const response = await fetch(`${server.url}/api/reports/${slug}/export`)
    expect(response.headers.get('content-disposition')).toContain('.json"')
  })
})
