/**
 * The editor's journey through the real admin in Chromium: the server runs as a child process
 * serving the prebuilt admin (built here first when stale) over a fresh seeded SQLite file.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import type { BrowserContext, Page } from 'playwright-core'
import { reports as seededReports } from '../../src/seed/content/index.js'
import { withScreenshotOnFailure } from '../helpers/browser.js'
import { adminE2eSuite, demo, logInAs, restClient } from './session.js'

const suite = adminE2eSuite('admin e2e')
const { api, apiLogin } = restClient(() => suite.server.url)

describe('admin (Chromium)', () => {
  describe('as the demo editor', () => {
    let context: BrowserContext
    let page: Page
    let token: string

    beforeAll(async () => {
      const session = await logInAs(suite.browser, suite.server.url, 'editor')
      context = session.context
      page = session.page
      token = await apiLogin(demo('editor').email, demo('editor').password)
    }, 60_000)
    afterAll(() => context?.close())

    test('logs in to a dashboard listing the collections', () =>
      withScreenshotOnFailure(page, 'editor-dashboard', async () => {
        for (const slug of ['reports', 'evidence', 'organisations', 'frameworks']) {
          expect(await page.locator(`#nav-${slug}`).isVisible()).toBe(true)
        }
        expect(await page.title()).toContain('impact-cms')
      }))

    test('sees the seeded reports in the Reports list', () =>
      withScreenshotOnFailure(page, 'editor-reports-list', async () => {
        await page.click('#nav-reports')
        await page.waitForURL('**/admin/collections/reports')
        await page.locator('.table tbody tr').first().waitFor()
        const titles = await page.locator('.table tbody td.cell-title').allInnerTexts()
        expect(seededReports.length).toBeGreaterThan(0)
        expect(titles.map((t) => t.trim()).sort()).toEqual(seededReports.map((r) => r.title).sort())
      }))

    test('creates an organisation through the form', () =>
      withScreenshotOnFailure(page, 'editor-create-organisation', async () => {
        const name = `E2E Community Trust ${Date.now()}`
        await page.goto(`${suite.server.url}/admin/collections/organisations/create`)
        await page.locator('#field-name').fill(name)
        await page.locator('#field-type .rs__control').click()
        await page.locator('.rs__option', { hasText: 'Charity' }).click()
        await page.click('#action-save')
        // a saved document gets its own URL
        await page.waitForURL((url) => /^\/admin\/collections\/organisations\/(?!create)[^/]+$/.test(url.pathname))
        const id = new URL(page.url()).pathname.split('/').pop()

        const { status, body } = await api(`/api/organisations?where[name][equals]=${encodeURIComponent(name)}&depth=0`, { token })
        expect(status).toBe(200)
        expect(body.docs).toHaveLength(1)
        expect(body.docs[0]).toMatchObject({ id, name, type: 'charity', slug: expect.stringMatching(/^e2e-community-trust-\d+$/) })
      }))
  })

  describe('as the demo contributor', () => {
    let context: BrowserContext
    let page: Page

    beforeAll(async () => {
      const session = await logInAs(suite.browser, suite.server.url, 'contributor')
      context = session.context
      page = session.page
    }, 60_000)
    afterAll(() => context?.close())

    test('has no Users link, sees only their own account, and cannot create users or organisations', () =>
      withScreenshotOnFailure(page, 'contributor-users', async () => {
        // Users is hidden from non-admins (no nav link, no list route); their own account stays at /admin/account.
        await page.locator('#nav-reports').waitFor()
        expect(await page.locator('#nav-users').count()).toBe(0)
        await page.goto(`${suite.server.url}/admin/collections/users`)
        await page.getByText('Nothing found').waitFor()
        await page.goto(`${suite.server.url}/admin/account`)
        await page.locator('#field-email').waitFor()
        expect(await page.locator('#field-email').inputValue()).toBe(demo('contributor').email)

        const token = await apiLogin(demo('contributor').email, demo('contributor').password)
        const users = await api('/api/users?depth=0', { token })
        expect(users.body.totalDocs).toBe(1)
        const created = await api('/api/organisations', { token, body: { name: 'Not allowed', type: 'other' } })
        expect(created.status).toBe(403)
      }))
  })
})
