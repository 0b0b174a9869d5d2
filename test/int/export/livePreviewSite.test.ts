import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { startReportSite, type RunningReportSite } from '../../../examples/report-site/site.js'
import { reportPreviewUrl } from '../../../src/livePreview/reportLivePreview.js'

/** The example site's live-preview routes on their own: what they answer, that nothing is cached, that nothing runs. */
let site: RunningReportSite
const adminOrigin = 'http://127.0.0.1:3999'

beforeAll(async () => {
  // no CMS is needed: the preview renders only what it is sent
  site = await startReportSite({ cmsUrl: adminOrigin, port: 0, host: '127.0.0.1' })
})
afterAll(async () => {
  await site?.close()
})

const render = (body: unknown) =>
  fetch(`${site.url}/preview/render`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: typeof body === 'string' ? body : JSON.stringify(body) })

const paragraph = (text: string) => ({ type: 'paragraph', version: 1, children: [{ type: 'text', version: 1, text, format: 0 }] })
const lexical = (...children: unknown[]) => ({ root: { type: 'root', version: 1, children } })

describe('live preview on the example site', () => {
  test('the admin frames /preview/reports/{id} at LIVE_PREVIEW_URL', () => {
    expect(reportPreviewUrl('abc 1', new URL('http://127.0.0.1:4000/'))).toBe('http://127.0.0.1:4000/preview/reports/abc%201')
    expect(reportPreviewUrl('abc', null)).toBeNull()
  })

  test('the shell: no-store, framed only by the admin, its script from the site itself', async () => {
    const response = await fetch(`${site.url}/preview/reports/some-id`)
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('no-store')
    const csp = response.headers.get('content-security-policy') ?? ''
    expect(csp).toContain(`frame-ancestors ${adminOrigin}`)
    expect(csp).toContain("script-src 'self'")
    const html = await response.text()
    expect(html).toContain(`data-admin-origin="${adminOrigin}"`)
    expect(html).toContain('<script src="/preview/client.js" defer></script>')
    const script = await fetch(`${site.url}/preview/client.js`)
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    const code = await script.text()
    // messages count only from the admin's origin, and ready is announced to it alone
    expect(code).toContain('event.origin !== adminOrigin')
    expect(code).toContain("parent.postMessage({ type: 'payload-live-preview', ready: true }, adminOrigin)")
  })

  test('renders the draft it is sent, escaped, never into the page cache', async () => {
    const response = await render({
      collection: 'reports',
      data: {
        title: 'Draft <b>title</b>',
        summary: 'A summary & more',
        periodFrom: '2023-04-01T00:00:00.000Z',
        periodTo: '2024-03-31T00:00:00.000Z',
        introduction: lexical(paragraph('An introduction of 1.2 million people.'), { type: 'paragraph', children: [{ type: 'text', text: '<img src=x onerror=alert(1)>' }] }),
      },
    })
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('no-store')
    const html = await response.text()
    expect(html).toContain('<h1 id="preview-title">Draft &lt;b&gt;title&lt;/b&gt;</h1>')
    expect(html).toContain('<p class="meta">1 April 2023 – 31 March 2024</p>')
    expect(html).toContain('<p>A summary &amp; more</p>')
    expect(html).toContain('<section><h2>Introduction</h2><p>An introduction of 1.2 million people.</p>')
    // the text of a paragraph stays text
    expect(html).toContain('<p>&lt;img src=x onerror=alert(1)&gt;</p>')
    expect(html).not.toContain('<img')
    expect(site.cache.size).toBe(0)
  })

  test('bad requests: 400 for non-JSON or no data, 405 for GET, 413 past 2 MB', async () => {
    expect((await render('not json')).status).toBe(400)
    expect((await render({ nothing: true })).status).toBe(400)
    expect((await fetch(`${site.url}/preview/render`)).status).toBe(405)
    expect((await render({ data: { title: 'x'.repeat(3 * 1024 * 1024) } })).status).toBe(413)
  })
})
