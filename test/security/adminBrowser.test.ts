/**
 * Findings 9 and 10 in the real admin (Chromium, prebuilt admin, child server): the admin runs under its
 * Content-Security-Policy without a single violation, and its own cookie-authenticated saves pass the
 * origin check, while the headers carry no X-Powered-By.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals'
import type { BrowserContext, Page } from 'playwright-core'
import { withScreenshotOnFailure } from '../helpers/browser.js'
import { adminE2eSuite, submitLoginForm } from '../e2e/session.js'

const suite = adminE2eSuite('admin security headers e2e')
const violations: string[] = []
let context: BrowserContext
let page: Page

beforeAll(async () => {
  context = await suite.browser.newContext({ viewport: { width: 1600, height: 1000 } })
  // the browser reports each blocked load or inline script as a securitypolicyviolation event
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`)
    })
  })
  page = await context.newPage()
  page.on('console', (message) => {
    if (/Content Security Policy|CSP violation/i.test(message.text())) violations.push(message.text())
  })
}, 60_000)
afterAll(() => context?.close())

test('the admin page answers with its policy and without X-Powered-By', async () => {
  const response = await fetch(`${suite.server.url}/admin/login`)
  expect(response.status).toBe(200)
  expect(response.headers.get('x-powered-by')).toBeNull()
  expect(response.headers.get('content-security-policy')).toMatch(/frame-ancestors 'self'/)
  expect(response.headers.get('x-content-type-options')).toBe('nosniff')
})

test('log in, browse, open a report and save a new organisation with no CSP violation', () =>
  withScreenshotOnFailure(page, 'security-admin-csp', async () => {
    // on this page, so the listener attached before sign-in hears the login screen too
    await submitLoginForm(page, suite.server.url, 'editor')

    await page.click('#nav-reports')
    await page.locator('.table tbody tr').first().waitFor()
    await page.locator('.table tbody td.cell-title a').first().click()
    await page.locator('#field-title').waitFor()
    // the rich-text sections (Lexical) are on their own tab
    await page.locator('button', { hasText: /^Sections$/ }).first().click()
    await page.locator('[data-lexical-editor="true"]').first().waitFor()

    // a cookie-authenticated save from the admin's own origin passes the origin check
    const name = `CSP Trust ${Date.now()}`
    await page.goto(`${suite.server.url}/admin/collections/organisations/create`)
    await page.locator('#field-name').fill(name)
    await page.locator('#field-type .rs__control').click()
    await page.locator('.rs__option', { hasText: 'Charity' }).click()
    await page.click('#action-save')
    await page.waitForURL((url) => /^\/admin\/collections\/organisations\/(?!create)[^/]+$/.test(url.pathname))

    expect(violations).toEqual([])

    // and the policy is in force (and the listener hears it): a script from elsewhere is blocked
    await page.evaluate(() => {
      const script = document.createElement('script')
      script.src = 'https://evil.example/steal.js'
      document.head.appendChild(script)
    })
    for (let waited = 0; violations.length === 0 && waited < 5000; waited += 100) await page.waitForTimeout(100)
    expect(violations.join('\n')).toMatch(/evil\.example.*script-src/)
  }))
