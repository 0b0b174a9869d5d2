import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { randomUUID } from 'node:crypto'
import { webhookHeaders } from '../../../plugins/workflow/services/signature.js'
import { hctReport } from '../../../src/seed/content/reports/hct.js'
import { swftReport } from '../../../src/seed/content/reports/swft.js'
import { startReportSite, type RunningReportSite } from '../../../examples/report-site/site.js'
import { launchBrowser } from '../../helpers/browser.js'
import { runWorkflowJobs, transition } from '../../helpers/workflowFixtures.js'
import { startTestServer, type TestServer } from '../../helpers/testServer.js'

/** The example frontend (examples/report-site) against a real CMS: pages from GraphQL, signed revalidation webhooks. */
let cms: TestServer
let site: RunningReportSite
const secret = 'example-site-webhook-secret'
const hctPath = `/reports/${hctReport.slug}`

const get = async (pathname: string) => {
  const response = await fetch(`${site.url}${pathname}`)
  return { status: response.status, html: await response.text(), headers: response.headers }
}
const revalidate = (body: string, headers?: Record<string, string>) =>
  fetch(`${site.url}/revalidate`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body })
/** Headers as the CMS signs a delivery (Standard Webhooks), each time with a new id. */
const signed = (key: string, body: string) => webhookHeaders(key, { id: randomUUID(), body })
/** The body the CMS sends on publish (plugins/workflow/services/webhooks.ts). */
const publishHook = (fields: Record<string, string>) =>
  JSON.stringify({ event: 'publish', stage: 'published', timestamp: new Date().toISOString(), ...fields })

const escaped = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;')

const webhookEnv = ['WORKFLOW_WEBHOOK_URLS', 'WORKFLOW_WEBHOOK_SECRET'] as const
const savedEnv = Object.fromEntries(webhookEnv.map((name) => [name, process.env[name]]))

beforeAll(async () => {
  // the site first, so the CMS can be told where to send its webhooks (as in production, from the environment)
  site = await startReportSite({ cmsUrl: () => cms.url, webhookSecret: secret })
  Object.assign(process.env, { WORKFLOW_WEBHOOK_URLS: `${site.url}/revalidate`, WORKFLOW_WEBHOOK_SECRET: secret })
  cms = await startTestServer()
})
afterAll(async () => {
  for (const name of webhookEnv) {
    if (savedEnv[name] === undefined) delete process.env[name]
    else process.env[name] = savedEnv[name]
  }
  await site?.close()
  await cms?.close()
})

describe('report page', () => {
  test('shows the title, organisation with its ODS code, summary, sections, goals, quotes and recommendations', async () => {
    const { status, html, headers } = await get(hctPath)
    expect(status).toBe(200)
    expect(headers.get('content-type')).toMatch(/^text\/html/)
    expect(html).toMatch(/^<!doctype html>\n<html lang="en-GB">/)
    expect(html).toContain(`<h1>${hctReport.title}</h1>`)
    expect(html).toContain('Hertfordshire Community NHS Trust')
    expect(html).toMatch(/NHS ODS code: <span translate="no">RY4<\/span>/)
    expect(html).toContain(escaped(hctReport.summary ?? ''))
    expect(html).toContain('<h2 id="introduction">Introduction</h2>')
    expect(html).toContain(escaped('working in local specialist partnerships to deliver tangible results'))

    // both quotes' distinctive sentences, with the speaker's honorific, name and role
    expect(html).toContain(escaped('Their role has never been more crucial.'))
    expect(html).toContain(escaped('through our Green Plan we have identified opportunities across all areas of the Trust'))
    expect(html).toContain('<cite>Rt Hon Anne Milton</cite>, Chair of the Purpose Health Coalition and former Public Health Minister')
    expect(html).toContain('<cite>Elliot Howard-Jones</cite>, Chief Executive for Hertfordshire Community NHS Trust')

    // goals with their evidence
    for (const item of hctReport.evidence) {
      expect(html).toMatch(new RegExp(`<h3 id="goal-${item.goal}">Goal ${item.goal}: `))
      expect(html).toContain(`<h4>${escaped(item.title)}</h4>`)
    }
    // the four recommendations, in order
    expect(hctReport.recommendations).toHaveLength(4)
    const positions = hctReport.recommendations.map((r) => html.indexOf(`<h3>${escaped(r.title)}</h3>`))
    expect(positions.every((p) => p > 0)).toBe(true)
    expect([...positions].sort((a, b) => a - b)).toEqual(positions)
  })

  test('evidence metrics are listed', async () => {
    const report = (await cms.payload.find({ collection: 'reports', where: { slug: { equals: swftReport.slug } }, depth: 0, joins: false })).docs[0]
    const evidence = (await cms.payload.find({ collection: 'evidence', where: { report: { equals: report.id } }, depth: 0, limit: 1 })).docs[0]
    await cms.payload.update({
      collection: 'evidence',
      id: evidence.id,
      data: { metrics: [{ label: 'Patients <seen>', value: 1234, unit: 'patients', baseline: 1000, target: 1500, period: '2023/24' }] },
    })
    const { html } = await get(`/reports/${swftReport.slug}`)
    expect(html).toContain('<dt>Patients &lt;seen&gt;</dt><dd>1234 patients <span class="meta">(baseline 1000, target 1500, 2023/24)</span></dd>')
  })

  test('an unknown slug is a 404 page; text from the CMS is escaped', async () => {
    const missing = await get('/reports/no-such-report')
    expect(missing.status).toBe(404)
    expect(missing.html).toContain('Report not found')
    expect(site.cache.has('/reports/no-such-report')).toBe(false)

    const hct = (await cms.payload.find({ collection: 'reports', where: { slug: { equals: hctReport.slug } }, depth: 0, joins: false })).docs[0]
    const recommendation = await cms.payload.create({
      collection: 'recommendations',
      data: { report: hct.id, title: '<script>alert("x")</script> & more', status: 'proposed', order: 99, _status: 'published' },
    })
    site.cache.drop()
    const { html } = await get(hctPath)
    expect(html).not.toContain('<script>alert')
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; more')
    await cms.payload.delete({ collection: 'recommendations', id: recommendation.id })
    site.cache.drop()
  })
})

test('the index lists both seeded reports with links', async () => {
  const { status, html } = await get('/')
  expect(status).toBe(200)
  for (const report of [hctReport, swftReport]) {
    expect(html).toContain(`<a href="/reports/${report.slug}">${escaped(report.title)}</a>`)
  }
  expect(html).toContain('Hertfordshire Community NHS Trust')
  expect(html).toContain('South Warwickshire')
})

describe('POST /revalidate', () => {
  const hctTitle = hctReport.title
  const changedTitle = 'Levelling Up Impact Report 2024'

  test('a bad or missing signature is a 401 and drops nothing', async () => {
    await get(hctPath)
    expect(site.cache.has(hctPath)).toBe(true)
    const body = publishHook({ collection: 'reports', id: 'x', slug: hctReport.slug })
    const good = signed(secret, body)
    for (const headers of [undefined, { ...good, 'webhook-signature': 'v1,00' }, signed('wrong-secret', body), signed(secret, `${body} `)]) {
      const response = await revalidate(body, headers)
      expect(response.status).toBe(401)
      expect(await response.json()).toEqual({ error: expect.stringMatching(/^(Missing webhook-id|webhook-signature does not match)/) })
    }
    expect(site.cache.has(hctPath)).toBe(true)
  })

  test('a signed webhook naming the report drops its page and the index: the changed title shows after it, not before', async () => {
    const hct = (await cms.payload.find({ collection: 'reports', where: { slug: { equals: hctReport.slug } }, depth: 0, joins: false })).docs[0]
    expect((await get(hctPath)).html).toContain(`<h1>${hctTitle}</h1>`)
    await get('/')
    const other = `/reports/${swftReport.slug}`
    await get(other)

    await cms.payload.update({ collection: 'reports', id: hct.id, data: { title: changedTitle } })
    // the CMS already answers with the new title…
    const fresh = await cms.graphql('query ($slug: String!) { impactReport(slug: $slug) { report { title } } }', { slug: hctReport.slug })
    expect(fresh.body.data.impactReport.report.title).toBe(changedTitle)
    // …but the site serves its cached page until told
    const before = await get(hctPath)
    expect(before.headers.get('x-cache')).toBe('HIT')
    expect(before.html).toContain(`<h1>${hctTitle}</h1>`)

    const body = publishHook({ collection: 'reports', id: hct.id, slug: hctReport.slug })
    const response = await revalidate(body, signed(secret, body))
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^application\/json/)
    expect(await response.json()).toEqual({ revalidated: true, event: 'publish', scope: [hctPath, '/'], dropped: [hctPath, '/'] })
    expect(site.cache.has(other)).toBe(true) // other reports' pages stay

    const after = await get(hctPath)
    expect(after.headers.get('x-cache')).toBe('MISS')
    expect(after.html).toContain(`<h1>${changedTitle}</h1>`)
    expect((await get('/')).html).toContain(changedTitle)
  })

  test('a webhook without a slug (a child item) drops every page', async () => {
    await get(hctPath)
    await get('/')
    expect(site.cache.size).toBeGreaterThanOrEqual(2)
    const body = publishHook({ collection: 'evidence', id: 'some-evidence-id' })
    const response = await revalidate(body, signed(secret, body))
    expect(response.status).toBe(200)
    expect(await response.json()).toMatchObject({ revalidated: true, scope: 'all' })
    expect(site.cache.size).toBe(0)
  })

  test('signed but malformed bodies are a 400; GET is a 405', async () => {
    for (const body of ['not json', JSON.stringify({ hello: 'world' })]) {
      expect((await revalidate(body, signed(secret, body))).status).toBe(400)
    }
    expect((await fetch(`${site.url}/revalidate`)).status).toBe(405)
  })
})

test('Chromium renders the page: a quote is readable with its speaker', async () => {
  const browser = await launchBrowser()
  try {
    const page = await browser.newPage()
    await page.goto(`${site.url}${hctPath}`)
    const figure = page.locator('figure.quote', { hasText: 'Anne Milton' })
    await expect(figure.locator('blockquote').innerText()).resolves.toContain('Their role has never been more crucial.')
    await expect(figure.locator('figcaption').innerText()).resolves.toMatch(/Rt Hon Anne Milton, Chair of the Purpose Health Coalition/)
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toMatch(/^Levelling Up Impact Report/)
  } finally {
    await browser.close()
  }
})

// last: it unpublishes the report the other tests read
test("end to end: the CMS's own signed webhook on unpublish drops the page, which then is a 404", async () => {
  const hct = (await cms.payload.find({ collection: 'reports', where: { slug: { equals: hctReport.slug } }, depth: 0, joins: false })).docs[0]
  expect((await get(hctPath)).status).toBe(200)
  expect(site.cache.has(hctPath)).toBe(true)

  const editor = await cms.login('editor@impact-cms.test', 'demo-editor-pass')
  const unpublished = await transition(cms, editor, 'reports', hct.id, 'unpublish')
  expect(unpublished.status).toBe(200)
  expect(site.cache.has(hctPath)).toBe(true) // the webhook goes out with the job runner, after the commit

  await runWorkflowJobs(cms)
  const deliveries = (await cms.payload.find({ collection: 'workflow-webhook-deliveries', where: { docId: { equals: hct.id } } })).docs
  expect(deliveries).toEqual([expect.objectContaining({ event: 'unpublish', statusCode: 200, ok: true, url: `${site.url}/revalidate` })])
  expect(site.cache.has(hctPath)).toBe(false)
  const gone = await get(hctPath)
  expect(gone.status).toBe(404)
  expect((await get('/')).html).not.toContain(`/reports/${hctReport.slug}"`)
})
