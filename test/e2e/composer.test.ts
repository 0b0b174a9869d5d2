/**
 * The report composer (issue 9, item 10) in Chromium: a seeded report's Composer tab lists its edition's goals in
 * order with their evidence and the gaps, "add evidence for this goal" opens a drawer with report and goal filled
 * in, and evidence is reordered within a goal with the buttons and by dragging, persisted as `order`.
 */
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import type { BrowserContext, Page } from 'playwright-core'
import { projectRoot } from '../../src/cli/adminBuild.js'
import { withScreenshotOnFailure } from '../helpers/browser.js'
import { adminE2eSuite, demo, logInAs, restClient } from './session.js'

const suite = adminE2eSuite('composer e2e')
const { api, apiLogin } = restClient(() => suite.server.url)

const screenshot = async (page: Page, name: string) => {
  const dir = path.join(projectRoot, 'docs/screenshots')
  mkdirSync(dir, { recursive: true })
  await page.screenshot({ path: path.join(dir, `${name}.png`) })
}

/** `read()` once it equals `expected` (polled for up to `ms`), so a mismatch fails with the last value read. */
const eventually = async <T>(read: () => Promise<T>, expected: T, ms = 10_000): Promise<void> => {
  const deadline = Date.now() + ms
  let value = await read()
  while (Date.now() < deadline && JSON.stringify(value) !== JSON.stringify(expected)) {
    await new Promise((resolve) => setTimeout(resolve, 250))
    value = await read()
  }
  expect(value).toEqual(expected)
}

type Goal = { id: string; number: number; title: string }
type Evidence = { id: string; title: string; goal: string; order: number }

describe('report composer (Chromium)', () => {
  let context: BrowserContext
  let page: Page
  let token: string
  let report: { id: string; framework: string }
  let goals: Goal[]

  const evidenceOfReport = async (): Promise<Evidence[]> => {
    const { body } = await api(`/api/evidence?where[report][equals]=${report.id}&draft=true&depth=0&limit=100&sort=order`, { token })
    return body.docs
  }
  const composer = () => page.locator('.report-composer')
  const goalSection = (goal: string) => page.locator(`.report-composer__goal[data-goal="${goal}"]`)
  const openComposer = async () => {
    await page.goto(`${suite.server.url}/admin/collections/reports/${report.id}`)
    await page.locator('.tabs-field__tab-button', { hasText: 'Composer' }).click()
    await page.locator('.report-composer[data-state="loaded"]').waitFor()
  }
  const titlesIn = (goal: string) => goalSection(goal).locator('.report-composer__item-title').allInnerTexts()

  beforeAll(async () => {
    token = await apiLogin(demo('editor').email, demo('editor').password)
    const reports = await api('/api/reports?draft=true&depth=0&limit=100&sort=title', { token })
    report = reports.body.docs.find((r: { slug?: string }) => r.slug?.startsWith('hertfordshire'))
    expect(report).toBeDefined()
    goals = (await api(`/api/goals?where[framework][equals]=${report.framework}&depth=0&limit=100&sort=number`, { token })).body.docs
    expect(goals.length).toBeGreaterThan(1)
    // two more items for the first goal (something to reorder), one with metrics to summarise
    for (const n of [1, 2]) {
      const metrics = n === 1 ? [{ label: 'Children reached', value: 1200, unit: 'children' }, { label: 'Schools', value: 14 }] : []
      const { status } = await api('/api/evidence?draft=true', {
        token,
        body: { report: report.id, goal: goals[0].id, title: `Composer order ${n}`, assurance: 'self-reported', metrics, _status: 'draft' },
      })
      expect(status).toBe(201)
    }
    ;({ context, page } = await logInAs(suite.browser, suite.server.url, 'editor'))
  }, 60_000)
  afterAll(() => context?.close())

  test("lists the edition's goals in order, each with its evidence, and shows goals without evidence as gaps", () =>
    withScreenshotOnFailure(page, 'composer-goals', async () => {
      await openComposer()
      const headings = await composer().locator('.report-composer__goal-title').allInnerTexts()
      expect(headings).toEqual(goals.map((g) => `Goal ${g.number} — ${g.title}`))
      const evidence = await evidenceOfReport()
      expect(evidence.length).toBeGreaterThan(0)
      for (const goal of goals) {
        const expected = evidence.filter((e) => e.goal === goal.id).map((e) => e.title)
        expect((await titlesIn(goal.id)).sort()).toEqual(expected.sort())
        expect(await goalSection(goal.id).locator('.report-composer__gap', { hasText: 'No evidence yet' }).count()).toBe(expected.length ? 0 : 1)
      }
      // metrics in brief, as written or as value and unit
      const withMetrics = composer().locator('.report-composer__item', { hasText: 'Composer order 1' })
      expect(await withMetrics.locator('.report-composer__metrics').innerText()).toBe('Children reached: 1,200 children · Schools: 14')
      // every item shows its stage
      expect(await composer().locator('.report-composer__item .workflow-stage-badge').count()).toBe(evidence.length)
      // the tab bar and the first goals in view (the document header is sticky)
      await page.locator('.tabs-field__tabs').evaluate((tabs) => window.scrollTo(0, tabs.getBoundingClientRect().top + window.scrollY - 120))
      await screenshot(page, 'composer')
    }))

  test('"Add evidence for this goal" opens a drawer with the report and goal filled in; the new item appears under its goal', () =>
    withScreenshotOnFailure(page, 'composer-drawer', async () => {
      const evidence = await evidenceOfReport()
      const target = goals.find((g) => !evidence.some((e) => e.goal === g.id)) ?? goals[goals.length - 1]
      await goalSection(target.id).locator('.report-composer__add').click()
      const drawer = page.locator('.doc-drawer')
      await drawer.locator('#field-title').waitFor()
      const title = `Composer drawer evidence ${Date.now()}`
      await drawer.locator('#field-title').fill(title)
      await drawer.locator('#action-save-draft').click()
      await goalSection(target.id).locator('.report-composer__item-title', { hasText: title }).waitFor({ timeout: 15_000 })
      const created = (await api(`/api/evidence?where[title][equals]=${encodeURIComponent(title)}&draft=true&depth=0`, { token })).body.docs
      expect(created).toHaveLength(1)
      expect(created[0]).toMatchObject({ report: report.id, goal: target.id })
    }))

  test('reorders evidence within a goal with the up/down buttons and by dragging, saving the new order', () =>
    withScreenshotOnFailure(page, 'composer-reorder', async () => {
      const goal = goals[0]
      await openComposer()
      const savedOrder = async () =>
        (await evidenceOfReport())
          .filter((e) => e.goal === goal.id)
          .sort((a, b) => a.order - b.order)
          .map((e) => e.title)
      const before = await titlesIn(goal.id)
      expect(before.length).toBeGreaterThanOrEqual(2)

      // keyboard path: the first item one down
      await goalSection(goal.id).locator('.report-composer__down').first().click()
      const swapped = [before[1], before[0], ...before.slice(2)]
      await eventually(() => titlesIn(goal.id), swapped)
      await eventually(savedOrder, swapped)

      // pointer path: drag the (new) second item onto the first
      const items = goalSection(goal.id).locator('.report-composer__item')
      await items.nth(1).dragTo(items.nth(0))
      await eventually(savedOrder, before)
      await openComposer()
      expect(await titlesIn(goal.id)).toEqual(before)
    }))
})
