/**
 * Lost updates in the admin (issue 8, finding 8): two pages open the same evidence item and both edit it; the
 * first save lands, the second is refused with a conflict message instead of overwriting it. Same server and
 * build as admin.test.ts: a child process over a fresh seeded file.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import type { BrowserContext, Page } from 'playwright-core'
import { hctReport } from '../../src/seed/content/reports/hct.js'
import { withScreenshotOnFailure } from '../helpers/browser.js'
import { adminE2eSuite, demo, logInAs, restClient } from './session.js'

const suite = adminE2eSuite('conflict e2e')
const { api, apiLogin } = restClient(() => suite.server.url)

/** Clicks Save draft; resolves with the status of the save's PATCH. */
const saveDraft = async (page: Page, id: string): Promise<number> => {
  const saved = page.waitForResponse((r) => r.request().method() === 'PATCH' && new URL(r.url()).pathname === `/api/evidence/${id}`)
  await page.click('#action-save-draft')
  return (await saved).status()
}

describe('editing conflicts in the admin (Chromium)', () => {
  let context: BrowserContext
  let first: Page
  let second: Page
  let token: string
  let id: string
  const editUrl = () => `${suite.server.url}/admin/collections/evidence/${id}`
  const storedTitle = async () => (await api(`/api/evidence/${id}?draft=true&depth=0`, { token })).body.title

  beforeAll(async () => {
    token = await apiLogin(demo('editor').email, demo('editor').password)
    const reports = await api(`/api/reports?where[slug][equals]=${hctReport.slug}&depth=0`, { token })
    const report = reports.body.docs[0].id
    const sibling = await api(`/api/evidence?where[report][equals]=${report}&depth=0&limit=1`, { token })
    const created = await api('/api/evidence?draft=true', {
      token,
      body: { title: 'E2E contested evidence', report, goal: sibling.body.docs[0].goal, _status: 'draft' },
    })
    expect(created.status).toBe(201)
    id = created.body.doc.id
    // one editor, two tabs: Payload's document lock belongs to the user, so it does not stand between them
    const session = await logInAs(suite.browser, suite.server.url, 'editor')
    context = session.context
    first = session.page
    second = await context.newPage()
  }, 60_000)
  afterAll(() => context?.close())

  test('the second of two saves from the same version shows a conflict and the first edit stays', async () => {
    for (const page of [first, second]) {
      await page.goto(editUrl())
      await page.locator('#field-title').waitFor()
    }
    // both edit before either saves
    await withScreenshotOnFailure(first, 'conflict-first-edit', () => first.locator('#field-title').fill('Title from the first tab'))
    await withScreenshotOnFailure(second, 'conflict-second-edit', async () => {
      // Payload checks once, on the first form-state round trip after an edit, whether the document changed since
      // it was loaded, and then covers the form with its own "reload" notice. Let that check run before the first
      // tab saves, so this test meets our If-Match refusal every time, not Payload's notice by the timing of a debounce.
      const formStateChecked = second.waitForResponse((r) => r.request().method() === 'POST' && 'next-action' in r.request().headers())
      await second.locator('#field-title').fill('Title from the second tab')
      await formStateChecked
    })

    expect(await withScreenshotOnFailure(first, 'conflict-first-save', () => saveDraft(first, id))).toBe(200)
    expect(await storedTitle()).toBe('Title from the first tab')

    await withScreenshotOnFailure(second, 'conflict-second-save', async () => {
      expect(await saveDraft(second, id)).toBe(412)
      const toast = second.locator('[data-sonner-toast]', { hasText: 'changed since you loaded it' })
      await toast.waitFor({ timeout: 20_000 })
      // the refused edit is still in the form, for the editor to copy before reloading
      expect(await second.locator('#field-title').inputValue()).toBe('Title from the second tab')
    })
    expect(await storedTitle()).toBe('Title from the first tab')
  }, 90_000)

  test('the tab that saved can save again: its own save moved its version on', async () => {
    await withScreenshotOnFailure(first, 'conflict-first-saves-again', async () => {
      await first.locator('#field-title').fill('Title from the first tab, revised')
      expect(await saveDraft(first, id)).toBe(200)
    })
    expect(await storedTitle()).toBe('Title from the first tab, revised')
  }, 60_000)

  test('after a reload the other tab saves over the current version', async () => {
    await withScreenshotOnFailure(second, 'conflict-second-after-reload', async () => {
      await second.goto(editUrl())
      await second.locator('#field-title').waitFor()
      expect(await second.locator('#field-title').inputValue()).toBe('Title from the first tab, revised')
      await second.locator('#field-title').fill('Title from the second tab, after reloading')
      expect(await saveDraft(second, id)).toBe(200)
    })
    expect(await storedTitle()).toBe('Title from the second tab, after reloading')
  }, 60_000)
})
