/**
 * Coverage declarations in the admin (issue 11, item 1): a seeded report's Coverage tab lists its declarations, one
 * row per goal of the edition with status, reason and where the reason comes from.
 */
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import type { BrowserContext, Page } from 'playwright-core'
import { projectRoot } from '../../src/cli/adminBuild.js'
import { withScreenshotOnFailure } from '../helpers/browser.js'
import { adminE2eSuite, demo, logInAs, restClient } from './session.js'

const suite = adminE2eSuite('coverage e2e')
const { api, apiLogin } = restClient(() => suite.server.url)

describe('coverage tab (Chromium)', () => {
  let context: BrowserContext
  let page: Page
  let report: { id: string }

  beforeAll(async () => {
    const token = await apiLogin(demo('editor').email, demo('editor').password)
    const reports = await api('/api/reports?draft=true&depth=0&limit=100&sort=title', { token })
    report = reports.body.docs.find((r: { slug?: string }) => r.slug?.startsWith('hertfordshire'))
    ;({ context, page } = await logInAs(suite.browser, suite.server.url, 'editor'))
  })
  afterAll(async () => {
    await context?.close()
  })

  test('lists the 14 declarations with status and reason', async () => {
    await withScreenshotOnFailure(page, 'coverage-tab', async () => {
      await page.goto(`${suite.server.url}/admin/collections/reports/${report.id}`)
      await page.locator('.tabs-field__tab-button', { hasText: 'Coverage' }).click()
      const rows = page.locator('#field-coverage .array-field__row')
      await rows.first().waitFor()
      expect(await rows.count()).toBe(14)
      // rows start collapsed: open the first two to show a goal, its status and its reason
      for (const index of [0, 4]) await rows.nth(index).locator('.collapsible__toggle').click()
      await expect(page.locator('#field-coverage__4__reason').inputValue()).resolves.toContain('pre-employment support')
      const dir = path.join(projectRoot, 'docs/screenshots')
      mkdirSync(dir, { recursive: true })
      await page.screenshot({ path: path.join(dir, 'coverage-tab.png'), fullPage: false })
    })
  })

  test('each row is titled by its goal and status, not "Goal declaration 05"', async () => {
    await withScreenshotOnFailure(page, 'coverage-row-labels', async () => {
      await page.goto(`${suite.server.url}/admin/collections/reports/${report.id}`)
      await page.locator('.tabs-field__tab-button', { hasText: 'Coverage' }).click()
      const labels = page.locator('#field-coverage .array-field__row-header .coverage-row-label')
      // the goals' numbers and titles come in one request: wait until the last row has its goal
      await labels.nth(13).filter({ hasText: /^Goal 14 · / }).waitFor({ timeout: 20_000 })
      const texts = await labels.allInnerTexts()
      expect(texts).toHaveLength(14)
      expect(texts.map((text) => text.split(' · ')[0])).toEqual(Array.from({ length: 14 }, (_, i) => `Goal ${i + 1}`))
      expect(texts[0]).toBe('Goal 1 · Strong foundations in Early Years — Covered')
      expect(texts[4]).toBe('Goal 5 · Open recruitment — Planned')
      expect(texts[11]).toBe('Goal 12 · Building homes & sustainable communities — Not reported (information unavailable)')
      expect(await page.getByText(/Goal declaration \d/).count()).toBe(0)
      const dir = path.join(projectRoot, 'docs/screenshots')
      mkdirSync(dir, { recursive: true })
      await page.locator('#field-coverage').screenshot({ path: path.join(dir, 'coverage-row-labels.png') })
    })
  }, 60_000)
})
