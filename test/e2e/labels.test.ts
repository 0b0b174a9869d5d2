/**
 * One lifecycle and human labels in the admin (issue 9, items 5, 7 and 12), in the real admin (Chromium): lists show
 * the workflow stage (with the live version behind a draft) instead of Payload's draft/published status, the
 * recommendation's own status reads "Progress", metric rows are titled by their label and open, quotes say
 * yes/no, the audit trail speaks in labels with linked titles, and the versions tab names each version's stage,
 * change and author.
 */
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import type { BrowserContext, Page } from 'playwright-core'
import { projectRoot } from '../../src/cli/adminBuild.js'
import type { Role } from '../../src/access/roles.js'
import { hctReport } from '../../src/seed/content/reports/hct.js'
import { withScreenshotOnFailure } from '../helpers/browser.js'
import { adminE2eSuite, demo, logInAs, restClient } from './session.js'

const suite = adminE2eSuite('labels e2e')
const { api, apiLogin } = restClient(() => suite.server.url)

/** Where the README's screenshots live. */
const screenshotPath = (name: string) => {
  const dir = path.join(projectRoot, 'docs/screenshots')
  mkdirSync(dir, { recursive: true })
  return path.join(dir, `${name}.png`)
}

const headersOf = async (page: Page): Promise<string[]> =>
  (await page.locator('.table thead th').allInnerTexts()).map((t) => t.trim()).filter(Boolean)

/** Raw stored values that must not reach the screen. */
const rawValues = ['in_review', 'changes_requested', 'request-changes', 'reapproval']

describe('labels and one lifecycle (Chromium)', () => {
  const tokens = {} as Record<Role, string>
  let context: BrowserContext
  let page: Page
  let liveItem: { id: number | string; title: string; metrics: { label: string }[] }

  beforeAll(async () => {
    for (const role of ['editor', 'reviewer'] as const) tokens[role] = await apiLogin(demo(role).email, demo(role).password)
    const reports = await api(`/api/reports?where[slug][equals]=${hctReport.slug}&depth=0`, { token: tokens.editor })
    const reportId = reports.body.docs[0].id
    // a published item with metrics: edited as a draft (its live version stays), submitted, sent back
    const items = await api(`/api/evidence?where[report][equals]=${reportId}&where[_status][equals]=published&depth=0&limit=100`, {
      token: tokens.editor,
    })
    const published = items.body.docs[0]
    expect(published).toBeDefined()
    const title = `Labelled evidence ${Date.now()}`
    const metrics = [
      { label: 'People served', value: 1200000, unit: 'people' },
      { label: 'Dental sessions in deprived areas', value: 40, unit: 'sessions' },
    ]
    const edited = await api(`/api/evidence/${published.id}?draft=true`, {
      method: 'PATCH',
      token: tokens.editor,
      body: { title, metrics, activityType: null },
    })
    expect(edited.status).toBe(200)
    for (const [role, name] of [['editor', 'submit'], ['reviewer', 'request-changes']] as const) {
      const moved = await api(`/api/evidence/${published.id}/workflow/${name}`, { token: tokens[role], body: { comment: `By ${role}` } })
      expect(moved.status).toBe(200)
    }
    liveItem = { id: published.id, title, metrics }
    ;({ context, page } = await logInAs(suite.browser, suite.server.url, 'editor'))
  }, 120_000)
  afterAll(() => context?.close())

  test('the evidence list has one lifecycle column, "Stage", naming the live version behind a draft', () =>
    withScreenshotOnFailure(page, 'labels-evidence-list', async () => {
      await page.goto(`${suite.server.url}/admin/collections/evidence?limit=10`)
      await page.locator('.table tbody tr').first().waitFor()
      const headers = await headersOf(page)
      expect(headers).toContain('Stage')
      expect(headers.filter((h) => /status/i.test(h) || h.includes('>'))).toEqual([])
      // the relationship cells fill in after the first paint: the README's screenshot shows them loaded
      await page.locator('.table tbody', { hasText: 'Loading' }).waitFor({ state: 'detached', timeout: 15_000 }).catch(() => {})
      await page.screenshot({ path: screenshotPath('evidence-list-stage') })

      await page.goto(`${suite.server.url}/admin/collections/evidence?where[id][equals]=${liveItem.id}`)
      const row = page.locator('.table tbody tr', { hasText: liveItem.title })
      await row.waitFor()
      expect((await row.locator('.workflow-stage-cell').innerText()).replace(/\s+/g, ' ').trim()).toBe(
        'Changes requested live version: published',
      )
    }))

  test('the recommendations list shows Progress and Stage, no two columns with one name', () =>
    withScreenshotOnFailure(page, 'labels-recommendations-list', async () => {
      await page.goto(`${suite.server.url}/admin/collections/recommendations`)
      await page.locator('.table tbody tr').first().waitFor()
      const headers = await headersOf(page)
      expect(headers).toEqual(expect.arrayContaining(['Progress', 'Stage']))
      expect(headers.filter((h) => /status/i.test(h))).toEqual([])
      expect(new Set(headers).size).toBe(headers.length)
      await page.screenshot({ path: screenshotPath('recommendations-list') })
    }))

  test('quotes say whether the speaker approved in words', () =>
    withScreenshotOnFailure(page, 'labels-quotes-list', async () => {
      await page.goto(`${suite.server.url}/admin/collections/quotes`)
      await page.locator('.table tbody tr').first().waitFor()
      expect(await headersOf(page)).toContain('Speaker approved')
      const cells = (await page.locator('.table tbody .yes-no-cell').allInnerTexts()).map((t) => t.trim())
      expect(cells.length).toBeGreaterThan(0)
      expect(cells.every((c) => c === 'yes' || c === 'no')).toBe(true)
      expect(await page.locator('.table tbody code', { hasText: /^(true|false)$/ }).count()).toBe(0)
    }))

  test('the edit view names the stage and the live version instead of Payload\'s status; metric rows are titled and open', () =>
    withScreenshotOnFailure(page, 'labels-evidence-edit', async () => {
      await page.goto(`${suite.server.url}/admin/collections/evidence/${liveItem.id}`)
      const status = page.locator('.workflow-lifecycle-status')
      await status.waitFor()
      expect((await status.innerText()).replace(/\s+/g, ' ').trim()).toBe('Stage: Changes requested · live version: published')
      expect(await page.locator('.doc-controls').innerText()).not.toMatch(/Status:/)

      const rows = page.locator('#field-metrics .array-field__row')
      await rows.first().waitFor()
      expect(await rows.count()).toBe(liveItem.metrics.length)
      const headers = (await page.locator('#field-metrics .array-field__row-header').allInnerTexts()).map((t) => t.trim())
      liveItem.metrics.forEach((metric, i) => expect(headers[i]).toContain(metric.label))
      expect(headers.some((h) => /Metric \d+/.test(h))).toBe(false)
      expect(await page.locator('#field-metrics .collapsible--collapsed').count()).toBe(0)
      await page.locator('#field-metrics').scrollIntoViewIfNeeded()
      await page.screenshot({ path: screenshotPath('metric-rows') })
    }))

  test('the workflow events list speaks in labels, with the document title linked', () =>
    withScreenshotOnFailure(page, 'labels-events-list', async () => {
      await page.goto(`${suite.server.url}/admin/collections/workflow-events`)
      const row = page.locator('.table tbody tr', { hasText: 'Request changes' }).first()
      await row.waitFor()
      const link = row.locator('a.workflow-event-document')
      await link.filter({ hasText: liveItem.title }).waitFor({ timeout: 15_000 })
      expect(await link.getAttribute('href')).toBe(`/admin/collections/evidence/${liveItem.id}`)
      expect((await row.innerText()).replace(/\s+/g, ' ')).toMatch(/Request changes.*Labelled evidence.*Evidence.*In review.*Changes requested.*Demo Reviewer/)
      const text = await page.locator('.table tbody').innerText()
      for (const raw of rawValues) expect(text).not.toContain(raw)
      await page.screenshot({ path: screenshotPath('workflow-events') })

      await link.click()
      await page.waitForURL(`**/admin/collections/evidence/${liveItem.id}`)
    }))

  test('the versions tab shows each version\'s stage, the change that made it and who; the comparison shows no null', () =>
    withScreenshotOnFailure(page, 'labels-versions', async () => {
      await page.goto(`${suite.server.url}/admin/collections/evidence/${liveItem.id}/versions`)
      const rows = page.locator('.workflow-versions__row')
      await rows.first().waitFor()
      const texts = (await rows.allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim())
      expect(texts[0]).toMatch(/Changes requested Request changes Demo Reviewer/)
      expect(texts[1]).toMatch(/In review Submit for review Demo Editor/)
      expect(texts[2]).toMatch(/Draft Edited Demo Editor/)
      expect(texts.some((t) => /Published .*published$/.test(t))).toBe(true)
      await page.screenshot({ path: screenshotPath('versions') })

      await rows.first().locator('a').click()
      await page.waitForURL(new RegExp(`/admin/collections/evidence/${liveItem.id}/versions/[^/]+$`))

      // the comparison of every field: the unset activity type shows as nothing, not Payload's `null`
      await page.goto(`${page.url()}?modifiedOnly=false`)
      await page.locator('.select-diff').first().waitFor()
      expect(await page.locator('body').innerText()).not.toMatch(/\bnull\b/)
      await page.screenshot({ path: screenshotPath('version-comparison') })
    }))
})
