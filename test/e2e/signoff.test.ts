/**
 * Speaker sign-off in the admin (issue 11, item 5), in Chromium: the quote's sidebar shows its sign-off history
 * and "Request sign-off" emails the speaker (the e2e server writes emails to its console); the quotes list says
 * in words whether the speaker approved the words of each row.
 */
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import type { BrowserContext, Page } from 'playwright-core'
import { projectRoot } from '../../src/cli/adminBuild.js'
import { hctReport } from '../../src/seed/content/reports/hct.js'
import { withScreenshotOnFailure } from '../helpers/browser.js'
import { adminE2eSuite, demo, logInAs, restClient } from './session.js'

const suite = adminE2eSuite('sign-off e2e')
const { api, apiLogin } = restClient(() => suite.server.url)

const screenshotPath = (name: string) => {
  const dir = path.join(projectRoot, 'docs/screenshots')
  mkdirSync(dir, { recursive: true })
  return path.join(dir, `${name}.png`)
}

describe('speaker sign-off (Chromium)', () => {
  let context: BrowserContext
  let page: Page
  let quoteId: string
  let seededQuoteId: string
  const speakerName = `Pat Speaker ${Date.now()}`

  beforeAll(async () => {
    const token = await apiLogin(demo('editor').email, demo('editor').password)
    const reports = await api(`/api/reports?where[slug][equals]=${hctReport.slug}&depth=0`, { token })
    const reportId = reports.body.docs[0].id
    const person = await api('/api/people', { token, body: { name: speakerName, roleTitle: 'Chair', email: 'pat.speaker@people.test' } })
    expect(person.status).toBe(201)
    const quote = await api('/api/quotes?draft=true', {
      token,
      body: { report: reportId, person: person.body.doc.id, text: 'Words waiting for their speaker.', context: 'statement' },
    })
    expect(quote.status).toBe(201)
    quoteId = quote.body.doc.id
    const seeded = await api(`/api/quotes?where[report][equals]=${reportId}&where[speakerName][equals]=Anne Milton&depth=0`, { token })
    seededQuoteId = seeded.body.docs[0].id
    ;({ context, page } = await logInAs(suite.browser, suite.server.url, 'editor'))
  })
  afterAll(async () => {
    await context?.close()
  })

  test('a seeded press statement shows its sign-off on record', () =>
    withScreenshotOnFailure(page, 'signoff-seeded', async () => {
      await page.goto(`${suite.server.url}/admin/collections/quotes/${seededQuoteId}`)
      const panel = page.getByTestId('signoff-panel')
      await panel.getByText(/Approved on record \(Published statement: News article/).waitFor()
    }))

  test('"Request sign-off" emails the speaker and lists the open request', () =>
    withScreenshotOnFailure(page, 'signoff-request', async () => {
      await page.goto(`${suite.server.url}/admin/collections/quotes/${quoteId}`)
      const panel = page.getByTestId('signoff-panel')
      await panel.getByText('Not signed off yet.').waitFor()
      await panel.getByRole('button', { name: 'Request sign-off' }).click()
      await panel.getByRole('status').getByText(`Sign-off requested from ${speakerName}.`).waitFor()
      await panel.getByText(/^Requested .*, waiting \(link valid until /).waitFor()
      await panel.scrollIntoViewIfNeeded()
      await page.screenshot({ path: screenshotPath('quote-signoff-panel') })
    }))

  test('the quotes list says "yes" for words the speaker approved and "no" otherwise', () =>
    withScreenshotOnFailure(page, 'signoff-list', async () => {
      await page.goto(`${suite.server.url}/admin/collections/quotes?limit=50`)
      await page.locator('.table tbody tr').first().waitFor()
      const headers = (await page.locator('.table thead th').allInnerTexts()).map((t) => t.trim())
      expect(headers).toContain('Speaker approved')
      const cellOf = (name: string) => page.locator('.table tbody tr', { hasText: name }).locator('.yes-no-cell')
      await expect(cellOf('Anne Milton').innerText()).resolves.toBe('yes')
      await expect(cellOf(speakerName).innerText()).resolves.toBe('no')
    }))
})
