import { afterAll, beforeAll } from '@jest/globals'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { ensureAdminBuilt } from '../../src/cli/adminBuild.js'
import type { Role } from '../../src/access/roles.js'
import { demoUsers } from '../../src/seed/demoUsers.js'
import { launchBrowser, withScreenshotOnFailure } from '../helpers/browser.js'
import { startAdminServer, type AdminServer } from './adminServer.js'

/** The demo account of `role` (src/seed/demoUsers.ts), as the README documents it. */
export const demo = (role: Role) => {
  const user = demoUsers.find((u) => u.role === role)
  if (!user) throw new Error(`no demo ${role} in src/seed/demoUsers.ts`)
  return user
}

// Response bodies are whatever JSON the server sends: each test asserts the parts it relies on.
type Json = any

/** REST calls against the admin server under test, JSON in and out. */
export const restClient = (baseUrl: () => string) => {
  const api = async (pathname: string, init: { token?: string; method?: string; body?: unknown } = {}) => {
    const response = await fetch(baseUrl() + pathname, {
      method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
      headers: {
        ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(init.token ? { authorization: `JWT ${init.token}` } : {}),
      },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    })
    return { status: response.status, body: (await response.json()) as Json }
  }
  const apiLogin = async (email: string, password: string): Promise<string> => {
    const { status, body } = await api('/api/users/login', { body: { email, password } })
    if (status !== 200) throw new Error(`REST login ${email}: ${status} ${JSON.stringify(body)}`)
    return body.token
  }
  return { api, apiLogin }
}

/** Signs in as the demo `role` through the login form and waits for the dashboard. */
export const logInAs = async (browser: Browser, baseUrl: string, role: Role): Promise<{ context: BrowserContext; page: Page }> => {
  // wide enough for the admin to keep its nav open
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } })
  const page = await context.newPage()
  await withScreenshotOnFailure(page, `login-${role}`, () => submitLoginForm(page, baseUrl, role))
  return { context, page }
}

/** Fills and sends the admin's login form on `page` as the demo `role`, then waits for the dashboard. */
export const submitLoginForm = async (page: Page, baseUrl: string, role: Role): Promise<void> => {
  const { email, password } = demo(role)
  await page.goto(`${baseUrl}/admin`)
  await page.waitForURL('**/admin/login**')
  await page.fill('#field-email', email)
  await page.fill('#field-password', password)
  await page.click('button[type="submit"]')
  await page.waitForURL((url) => url.pathname === '/admin')
  await page.locator('.dashboard').waitFor()
}

/**
 * One browser suite's lifecycle: Chromium first (so a machine without it fails in a second with the install
 * command, not after a build), the admin built when stale, the server spawned; all closed afterwards.
 */
export const adminE2eSuite = (label: string) => {
  const suite = {} as { browser: Browser; server: AdminServer }
  const started = performance.now()
  beforeAll(async () => {
    suite.browser = await launchBrowser()
    const build = await ensureAdminBuilt({ stdio: 'pipe', log: (message) => console.log(message) })
    suite.server = await startAdminServer()
    console.log(
      `${label}: next build ${build.built ? `${(build.ms / 1000).toFixed(1)} s` : 'skipped (up to date)'}, ` +
        `server spawn → /healthz 200 in ${suite.server.timings.healthMs} ms, → first /admin 200 in ${suite.server.timings.adminMs} ms`,
    )
  }, 15 * 60_000)
  afterAll(async () => {
    await suite.browser?.close()
    await suite.server?.stop()
    console.log(`${label}: ${((performance.now() - started) / 1000).toFixed(1)} s in all`)
  }, 30_000)
  return suite
}
