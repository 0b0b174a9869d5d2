/**
 * The editors' dashboard (issue 9, item 11) in Chromium: reports in progress with their items by stage and who
 * they wait on, the goal-coverage heatmap (as the coverage endpoint counts it) with click-through to the filtered
 * evidence list, a contributor's dashboard held to their organisation, "Waiting for you" with the last comment,
 * and the project's brand instead of Payload's.
 */
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import type { Page } from 'playwright-core'
import { projectRoot } from '../../src/cli/adminBuild.js'
import { withScreenshotOnFailure } from '../helpers/browser.js'
import { adminE2eSuite, demo, logInAs, restClient } from './session.js'

const suite = adminE2eSuite('dashboard e2e')
const { api, apiLogin } = restClient(() => suite.server.url)

const screenshot = async (page: Page, name: string) => {
  const dir = path.join(projectRoot, 'docs/screenshots')
  mkdirSync(dir, { recursive: true })
  await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: true })
}

type Cell = { goal: string; report: string; published: number; inProgress: number }
type Matrix = { goals: { id: string }[]; reports: { id: string; title: string; organisation: string }[]; cells: Cell[] }

describe("editors' dashboard (Chromium)", () => {
  let editorToken: string
  let contributorToken: string
  let draftReport: { id: string; title: string }
  let framework: string
  let hct: string
  const comment = `Figures checked against the board papers ${Date.now()}`

  const loadedDashboard = async (page: Page) => {
    await page.locator('.impact-dashboard[data-state="loaded"]').waitFor({ timeout: 20_000 })
  }
  const matrixFor = async (token: string, organisation = ''): Promise<Matrix> => {
    const { status, body } = await api(`/api/reports/coverage-matrix?framework=${framework}${organisation ? `&organisation=${organisation}` : ''}`, { token })
    expect(status).toBe(200)
    return body
  }

  beforeAll(async () => {
    editorToken = await apiLogin(demo('editor').email, demo('editor').password)
    contributorToken = await apiLogin(demo('contributor').email, demo('contributor').password)
    const reports = (await api('/api/reports?draft=true&depth=0&limit=100', { token: editorToken })).body.docs
    const seeded = reports.find((r: { slug?: string }) => r.slug?.startsWith('hertfordshire'))
    framework = seeded.framework
    hct = seeded.organisation
    const goal = (await api(`/api/goals?where[framework][equals]=${framework}&depth=0&limit=1&sort=number`, { token: editorToken })).body.docs[0]
    // a report in progress, written by the contributor, with one item submitted for review with a comment
    const created = await api('/api/reports?draft=true', {
      token: contributorToken,
      body: { title: `Dashboard draft report ${Date.now()}`, organisation: hct, framework, _status: 'draft' },
    })
    expect(created.status).toBe(201)
    draftReport = created.body.doc
    const evidence = await api('/api/evidence?draft=true', {
      token: contributorToken,
      body: { report: draftReport.id, goal: goal.id, title: 'Dashboard evidence', assurance: 'self-reported', _status: 'draft' },
    })
    expect(evidence.status).toBe(201)
    const submitted = await api(`/api/evidence/${evidence.body.doc.id}/workflow/submit`, { token: contributorToken, body: { comment } })
    expect(submitted.status).toBe(200)
  }, 60_000)

  test('an editor sees reports in progress and the coverage heatmap as the endpoint counts it, with click-through', async () => {
    const { context, page } = await logInAs(suite.browser, suite.server.url, 'editor')
    try {
      await withScreenshotOnFailure(page, 'dashboard-editor', async () => {
        await loadedDashboard(page)
        await page.locator('select[name="coverage-framework"]').selectOption(framework)
        await loadedDashboard(page)
        const matrix = await matrixFor(editorToken)
        await page.locator('.impact-heatmap__cell').first().waitFor()

        // reports in progress: the new draft, its items by stage, who must act
        const row = page.locator(`.impact-dashboard__progress tr[data-report="${draftReport.id}"]`)
        await row.waitFor()
        expect(await row.locator('.impact-dashboard__stage-count[data-stage="in_review"]').innerText()).toMatch(/^1\s/)
        expect(await row.locator('.impact-dashboard__waiting-on').innerText()).toMatch(/authors, reviewers/)

        // every heatmap cell shows the endpoint's count
        expect(await page.locator('.impact-heatmap__report').count()).toBe(matrix.reports.length)
        expect(await page.locator('.impact-heatmap__cell').count()).toBe(matrix.reports.length * matrix.goals.length)
        const counts = new Map(matrix.cells.map((c) => [`${c.goal}:${c.report}`, c.published + c.inProgress]))
        const shown = await page
          .locator('.impact-heatmap__cell')
          .evaluateAll((cells) => cells.map((c) => [`${c.getAttribute('data-goal')}:${c.getAttribute('data-report')}`, Number(c.getAttribute('data-count'))]))
        for (const [key, count] of shown) expect(count).toBe(counts.get(key as string) ?? 0)
        expect(shown.some(([, count]) => count === 0)).toBe(true)
        await screenshot(page, 'dashboard')

        // click-through: the busiest cell opens the evidence list filtered to that report and goal
        const busiest = [...matrix.cells].sort((a, b) => b.published + b.inProgress - (a.published + a.inProgress))[0]
        await page.locator(`.impact-heatmap__cell[data-goal="${busiest.goal}"][data-report="${busiest.report}"] a`).click()
        await page.waitForURL('**/admin/collections/evidence?**')
        await page.locator('.table tbody tr').first().waitFor()
        expect(await page.locator('.table tbody tr').count()).toBe(busiest.published + busiest.inProgress)
      })
    } finally {
      await context.close()
    }
  }, 60_000)

  test("a contributor's heatmap holds only their organisation's reports", async () => {
    const { context, page } = await logInAs(suite.browser, suite.server.url, 'contributor')
    try {
      await withScreenshotOnFailure(page, 'dashboard-contributor', async () => {
        await loadedDashboard(page)
        await page.locator('select[name="coverage-framework"]').selectOption(framework)
        await loadedDashboard(page)
        const matrix = await matrixFor(contributorToken)
        expect(matrix.reports.length).toBeGreaterThan(0)
        expect(matrix.reports.every((r) => r.organisation === hct)).toBe(true)
        const all = await matrixFor(editorToken)
        expect(all.reports.length).toBeGreaterThan(matrix.reports.length)
        await page.locator('.impact-heatmap__report').first().waitFor()
        expect((await page.locator('.impact-heatmap__report').allInnerTexts()).sort()).toEqual(matrix.reports.map((r) => r.title).sort())
      })
    } finally {
      await context.close()
    }
  }, 60_000)

  test('"Waiting for you" shows the reviewer the last comment of a submitted item', async () => {
    const { context, page } = await logInAs(suite.browser, suite.server.url, 'reviewer')
    try {
      await withScreenshotOnFailure(page, 'dashboard-reviewer', async () => {
        const item = page.locator('.workflow-queue__item', { hasText: 'Dashboard evidence' })
        await item.waitFor()
        expect(await item.locator('.workflow-queue__comment').innerText()).toContain(comment)
      })
    } finally {
      await context.close()
    }
  }, 60_000)

  test("the login screen, the nav and the browser tab show the project's name and mark, not Payload's", async () => {
    const context = await suite.browser.newContext({ viewport: { width: 1600, height: 1000 } })
    const page = await context.newPage()
    try {
      await withScreenshotOnFailure(page, 'branding', async () => {
        await page.goto(`${suite.server.url}/admin/login`)
        const logo = page.locator('.impact-logo')
        await logo.waitFor()
        expect(await logo.getAttribute('aria-label')).toBe('impact-cms')
        expect(await page.locator('.graphic-logo').count()).toBe(0)
        expect(await page.locator('link[rel="icon"]').first().getAttribute('href')).toMatch(/^data:image\/svg\+xml/)
        await page.fill('#field-email', demo('editor').email)
        await page.fill('#field-password', demo('editor').password)
        await page.click('button[type="submit"]')
        await page.waitForURL((url) => url.pathname === '/admin')
        await page.locator('.impact-icon').first().waitFor()
        expect(await page.locator('.graphic-icon').count()).toBe(0)
      })
    } finally {
      await context.close()
    }
  }, 60_000)
})
