import type { Browser, BrowserContext, Page } from 'playwright-core'
import type { Role } from '../../src/access/roles.js'
import { demoUsers } from '../../src/seed/demoUsers.js'
import { withScreenshotOnFailure } from '../helpers/browser.js'

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
  const { email, password } = demo(role)
  // wide enough for the admin to keep its nav open
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } })
  const page = await context.newPage()
  await withScreenshotOnFailure(page, `login-${role}`, async () => {
    await page.goto(`${baseUrl}/admin`)
    await page.waitForURL('**/admin/login**')
    await page.fill('#field-email', email)
    await page.fill('#field-password', password)
    await page.click('button[type="submit"]')
    await page.waitForURL((url) => url.pathname === '/admin')
    await page.locator('.dashboard').waitFor()
  })
  return { context, page }
}
