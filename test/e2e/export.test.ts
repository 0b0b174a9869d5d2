/**
 * The report edit view's Export menu (issue 10, item 4) in Chromium: the ⋯ menu lists PDF, print HTML, CSV and
 * JSON; the PDF link downloads the editor's preview of the report with the admin's session.
 */
import { mkdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import type { BrowserContext, Page } from 'playwright-core'
import { projectRoot } from '../../src/cli/adminBuild.js'
import { withScreenshotOnFailure } from '../helpers/browser.js'
import { pdfPages } from '../helpers/pdfText.js'
import { adminE2eSuite, demo, logInAs, restClient } from './session.js'

const suite = adminE2eSuite('export e2e')
const { api, apiLogin } = restClient(() => suite.server.url)

describe('Export menu on a report (Chromium)', () => {
  let context: BrowserContext
  let page: Page
  let report: { id: string; title: string; slug: string }

  beforeAll(async () => {
    const token = await apiLogin(demo('editor').email, demo('editor').password)
    const reports = await api('/api/reports?draft=true&depth=0&limit=100', { token })
    report = reports.body.docs.find((r: { slug?: string }) => r.slug?.startsWith('hertfordshire'))
    ;({ context, page } = await logInAs(suite.browser, suite.server.url, 'editor'))
  }, 60_000)
  afterAll(async () => {
    await context?.close()
  })

  test('the ⋯ menu offers the four formats; the PDF downloads with the session', async () => {
    await withScreenshotOnFailure(page, 'export-menu', async () => {
      await page.goto(`${suite.server.url}/admin/collections/reports/${report.id}`)
      await page.locator('.doc-controls__dots').click()
      const links = page.locator('a[data-export-format]')
      await links.first().waitFor()
      expect(await links.allInnerTexts()).toEqual(['PDF with contents', 'Print page (HTML)', 'Evidence metrics (CSV)', 'Assembled report (JSON)'])
      for (const format of ['pdf', 'html', 'csv', 'json']) {
        expect(await page.locator(`a[data-export-format="${format}"]`).getAttribute('href')).toBe(`/api/reports/${report.slug}/export?format=${format}&draft=true`)
      }
      const dir = path.join(projectRoot, 'docs/screenshots')
      mkdirSync(dir, { recursive: true })
      await page.screenshot({ path: path.join(dir, 'export-menu.png') })

      const [download] = await Promise.all([page.waitForEvent('download'), page.locator('a[data-export-format="pdf"]').click()])
      expect(download.suggestedFilename()).toBe(`${report.slug}.pdf`)
      const file = await download.path()
      const bytes = readFileSync(file)
      expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-')
      const pages = await pdfPages(bytes)
      expect(pages[0]).toContain(report.title)
      expect(pages.join(' ')).toContain('Contents')
    })
  }, 120_000)
})
