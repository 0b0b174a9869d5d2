/**
 * Live preview (issue 10, item 6) in Chromium: the admin, started with LIVE_PREVIEW_URL pointing at the example
 * site (examples/report-site, on 127.0.0.1 too), frames the site's preview of a report; typing a new title in the
 * edit view changes the framed page without saving, and the site never caches the draft.
 */
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import type { BrowserContext, Page } from 'playwright-core'
import { startReportSite, type RunningReportSite } from '../../examples/report-site/site.js'
import { projectRoot } from '../../src/cli/adminBuild.js'
import { freePort } from '../../src/net/freePort.js'
import { withScreenshotOnFailure } from '../helpers/browser.js'
import { adminE2eSuite, demo, logInAs, restClient } from './session.js'

// read by the admin server the suite spawns (it inherits this environment): set before the suite starts
const sitePort = await freePort()
process.env.LIVE_PREVIEW_URL = `http://127.0.0.1:${sitePort}`

const suite = adminE2eSuite('live preview e2e')
const { api, apiLogin } = restClient(() => suite.server.url)

describe('live preview of a report (Chromium)', () => {
  let site: RunningReportSite
  let context: BrowserContext
  let page: Page
  let report: { id: string; title: string }

  beforeAll(async () => {
    site = await startReportSite({ cmsUrl: () => suite.server.url, port: sitePort, host: '127.0.0.1' })
    const token = await apiLogin(demo('editor').email, demo('editor').password)
    const reports = await api('/api/reports?draft=true&depth=0&limit=100', { token })
    report = reports.body.docs.find((r: { slug?: string }) => r.slug?.startsWith('hertfordshire'))
    ;({ context, page } = await logInAs(suite.browser, suite.server.url, 'editor'))
  }, 60_000)
  afterAll(async () => {
    await context?.close()
    await site?.close()
  })

  test('the admin allows framing the preview site, and only it', async () => {
    const response = await fetch(`${suite.server.url}/admin/login`)
    expect(response.headers.get('content-security-policy')).toContain(`frame-src 'self' http://127.0.0.1:${sitePort}`)
  })

  test('editing the title changes the framed preview; nothing is saved or cached', async () => {
    await withScreenshotOnFailure(page, 'live-preview', async () => {
      await page.goto(`${suite.server.url}/admin/collections/reports/${report.id}`)
      await page.locator('#live-preview-toggler').click()
      const frame = page.frameLocator('#live-preview-iframe')
      // the admin posts the form once the site says it is ready
      await expect(frame.locator('#preview-title').textContent({ timeout: 30_000 })).resolves.toBe(report.title)
      const src = await page.locator('#live-preview-iframe').getAttribute('src')
      expect(src).toBe(`http://127.0.0.1:${sitePort}/preview/reports/${report.id}`)

      const title = 'Levelling Up Impact Report — typed in the live preview'
      await page.fill('#field-title', title)
      await frame.locator('#preview-title', { hasText: title }).waitFor({ timeout: 15_000 })
      await expect(frame.locator('#preview-status').textContent()).resolves.toBe('Showing your unsaved changes.')

      const dir = path.join(projectRoot, 'docs/screenshots')
      mkdirSync(dir, { recursive: true })
      await page.screenshot({ path: path.join(dir, 'live-preview.png') })
    })
    // the typed title was never saved
    const token = await apiLogin(demo('editor').email, demo('editor').password)
    const saved = await api(`/api/reports/${report.id}?draft=true&depth=0`, { token })
    expect(saved.body.title).toBe(report.title)
    // the site kept no page, and tells every cache not to keep its preview answers
    expect(site.cache.size).toBe(0)
    const shell = await fetch(`${site.url}/preview/reports/${report.id}`)
    expect(shell.headers.get('cache-control')).toBe('no-store')
    expect(shell.headers.get('content-security-policy')).toContain(`frame-ancestors ${new URL(suite.server.url).origin}`)
    const rendered = await fetch(`${site.url}/preview/render`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ data: { title: '<script>alert(1)</script>' } }),
    })
    expect(rendered.headers.get('cache-control')).toBe('no-store')
    const fragment = await rendered.text()
    expect(fragment).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(fragment).not.toContain('<script>')
  }, 120_000)
})
