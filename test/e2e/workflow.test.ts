/**
 * The editorial workflow in the real admin (Chromium): a contributor submits a draft evidence item from its
 * sidebar panel, the reviewer finds it under "Waiting for you" and approves it, the editor publishes it, and
 * anonymous readers then see it. Same server and build as admin.test.ts: a child process over a fresh seeded file.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import type { BrowserContext, Page } from 'playwright-core'
import { withScreenshotOnFailure } from '../helpers/browser.js'
import { hctReport } from '../../src/seed/content/reports/hct.js'
import { adminE2eSuite, demo, logInAs, restClient } from './session.js'

const suite = adminE2eSuite('workflow e2e')
const { api, apiLogin } = restClient(() => suite.server.url)

const panelBadge = (page: Page) => page.locator('.workflow-panel .workflow-panel__header .workflow-stage-badge')

/** Waits until the sidebar panel shows `stage` (its label, e.g. "In review"). */
const waitForStage = (page: Page, stage: string) =>
  panelBadge(page)
    .filter({ hasText: new RegExp(`^${stage.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) })
    .waitFor({ timeout: 20_000 })

/** Performs a transition from the sidebar panel and waits for the panel to show the new stage. */
const transition = async (page: Page, name: string, comment: string, expectedStage: string) => {
  await page.locator('#workflow-comment').fill(comment)
  await page.click(`#workflow-transition-${name}`)
  // publishing and unpublishing ask first (test/e2e/workflowPanel.test.ts covers cancelling)
  if (name === 'publish' || name === 'unpublish') await page.click('#confirm-action')
  await waitForStage(page, expectedStage)
  await page.getByText(comment).first().waitFor()
}

describe('workflow in the admin (Chromium)', () => {
  const title = `E2E workflow evidence ${Date.now()}`
  let evidenceId: number | string
  const editUrl = () => `${suite.server.url}/admin/collections/evidence/${evidenceId}`
  const sessions: BrowserContext[] = []
  afterAll(async () => {
    for (const context of sessions) await context.close()
  })

  beforeAll(async () => {
    // the contributor drafts an evidence item for their organisation's report, as the REST client would
    const token = await apiLogin(demo('contributor').email, demo('contributor').password)
    const reports = await api(`/api/reports?where[slug][equals]=${hctReport.slug}&depth=0`, { token })
    expect(reports.body.docs).toHaveLength(1)
    const report = reports.body.docs[0].id
    const siblings = await api(`/api/evidence?where[report][equals]=${report}&depth=0&limit=1`, { token })
    const goal = siblings.body.docs[0]?.goal
    expect(goal).toBeDefined()
    const created = await api('/api/evidence?draft=true', { token, body: { title, report, goal, _status: 'draft' } })
    expect(created.status).toBe(201)
    evidenceId = created.body.doc.id
    // not live yet
    expect((await api(`/api/evidence/${evidenceId}`)).status).not.toBe(200)
  }, 60_000)

  test('the contributor sees the Draft badge, no Publish button, and submits with a comment', async () => {
    const { context, page } = await logInAs(suite.browser, suite.server.url, 'contributor')
    sessions.push(context)
    await withScreenshotOnFailure(page, 'workflow-contributor-submit', async () => {
      await page.goto(editUrl())
      await panelBadge(page).waitFor()
      expect(await panelBadge(page).innerText()).toBe('Draft')
      // the stage takes the Publish button's place; Save draft stays
      expect(await page.locator('.workflow-stage-control .workflow-stage-badge').innerText()).toBe('Draft')
      expect(await page.locator('#action-save').count()).toBe(0)
      expect(await page.locator('#action-save-draft').isVisible()).toBe(true)
      // a contributor may not approve or publish
      expect(await page.locator('#workflow-transition-approve').count()).toBe(0)
      expect(await page.locator('#workflow-transition-publish').count()).toBe(0)

      await transition(page, 'submit', 'Ready for review: figures from the 2024 annual report.', 'In review')
      expect(await page.locator('.workflow-stage-control .workflow-stage-badge').innerText()).toBe('In review')
      const event = page.locator('.workflow-history__event[data-transition="submit"]')
      expect(await event.innerText()).toContain('Draft → In review')
      expect(await event.innerText()).toContain('Demo Contributor (HCT)')
    })
  }, 60_000)

  test('the reviewer finds it under "Waiting for you", sees the stage column and filter, and approves it', async () => {
    const { context, page } = await logInAs(suite.browser, suite.server.url, 'reviewer')
    sessions.push(context)
    await withScreenshotOnFailure(page, 'workflow-reviewer-approve', async () => {
      // the list shows the stage and filters on it
      await page.goto(`${suite.server.url}/admin/collections/evidence?where[or][0][and][0][workflow.stage][equals]=in_review`)
      await page.locator('.table tbody tr').first().waitFor()
      const rows = page.locator('.table tbody tr')
      expect(await rows.count()).toBe(1)
      expect(await rows.first().innerText()).toContain(title)
      expect(await rows.first().locator('.workflow-stage-badge').innerText()).toBe('In review')

      await page.goto(`${suite.server.url}/admin`)
      const queue = page.locator('.workflow-queue')
      await queue.getByRole('link', { name: title }).waitFor()
      await queue.getByRole('link', { name: title }).click()
      await page.waitForURL((url) => url.pathname === `/admin/collections/evidence/${evidenceId}`)
      await waitForStage(page, 'In review')
      expect(await page.locator('#workflow-transition-publish').count()).toBe(0)
      await transition(page, 'approve', 'Checked against the source: approved.', 'Approved')
      // it no longer waits on the reviewer
      await page.goto(`${suite.server.url}/admin`)
      await page.locator('.workflow-queue[data-state="loaded"]').waitFor()
      expect(await page.locator('.workflow-queue').getByRole('link', { name: title }).count()).toBe(0)
    })
  }, 60_000)

  test('the editor publishes it, anonymous readers see it, and the history lists every step', async () => {
    const { context, page } = await logInAs(suite.browser, suite.server.url, 'editor')
    sessions.push(context)
    await withScreenshotOnFailure(page, 'workflow-editor-publish', async () => {
      await page.locator('.workflow-queue').getByRole('link', { name: title }).waitFor()
      await page.goto(editUrl())
      await waitForStage(page, 'Approved')
      // the header shows the workflow's stage in place of Payload's draft/published status (one lifecycle)
      expect(await page.locator('.workflow-lifecycle-status').getAttribute('data-stage')).toBe('approved')
      await transition(page, 'publish', 'Going live with the report.', 'Published')
      // the header's stage follows without a reload
      await page.locator('.workflow-lifecycle-status[data-stage="published"]').waitFor()

      const anonymous = await api(`/api/evidence/${evidenceId}?depth=0`)
      expect(anonymous.status).toBe(200)
      expect(anonymous.body.title).toBe(title)

      const events = page.locator('.workflow-history__event')
      expect(await events.evaluateAll((items) => items.map((i) => i.getAttribute('data-transition')))).toEqual([
        'publish',
        'approve',
        'submit',
      ])
      const history = await page.locator('.workflow-history').innerText()
      for (const text of [
        'Approved → Published',
        'In review → Approved',
        'Draft → In review',
        'Demo Editor (you)',
        'Demo Reviewer',
        'Demo Contributor (HCT)',
        'Checked against the source: approved.',
        'Ready for review: figures from the 2024 annual report.',
      ]) {
        expect(history).toContain(text)
      }
    })
  }, 60_000)

  test('a transition refused by the server (409: the stage moved on meanwhile) shows its message in a toast', async () => {
    const token = await apiLogin(demo('contributor').email, demo('contributor').password)
    const { body } = await api(`/api/evidence/${evidenceId}?depth=0`, { token })
    const stale = await api('/api/evidence?draft=true', {
      token,
      body: { title: `${title} (second)`, report: body.report, goal: body.goal, _status: 'draft' },
    })
    expect(stale.status).toBe(201)
    const { context, page } = await logInAs(suite.browser, suite.server.url, 'contributor')
    sessions.push(context)
    await withScreenshotOnFailure(page, 'workflow-contributor-conflict', async () => {
      await page.goto(`${suite.server.url}/admin/collections/evidence/${stale.body.doc.id}`)
      await page.locator('#workflow-transition-submit').waitFor()
      // submitted elsewhere (another tab, the API) while this page still offers Submit
      expect((await api(`/api/evidence/${stale.body.doc.id}/workflow/submit`, { token, body: {} })).status).toBe(200)
      await page.click('#workflow-transition-submit')
      const toast = page.locator('[data-sonner-toast]', { hasText: 'Submit for review failed' })
      await toast.waitFor({ timeout: 20_000 })
      expect(await toast.innerText()).toMatch(/in_review|In review/)
    })
  }, 60_000)
})
