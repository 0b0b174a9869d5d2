/**
 * Relationship cells and pickers in the admin (issue 9, traps 1-3), in Chromium against the prebuilt admin:
 * every relationship cell of a long list shows its title, the goal picker offers the report's edition only
 * (labelled with number and edition), a goal of another edition is marked on the field with the server's
 * message, and a contributor is offered only the reports they may write.
 */
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import type { BrowserContext, Locator, Page } from 'playwright-core'
import { projectRoot } from '../../src/cli/adminBuild.js'
import { withScreenshotOnFailure } from '../helpers/browser.js'
import { adminE2eSuite, demo, logInAs, restClient } from './session.js'

const suite = adminE2eSuite('pickers e2e')
const { api, apiLogin } = restClient(() => suite.server.url)

const screenshotsDir = path.join(projectRoot, 'docs/screenshots')
const screenshot = async (page: Page, name: string) => {
  mkdirSync(screenshotsDir, { recursive: true })
  await page.screenshot({ path: path.join(screenshotsDir, `${name}.png`) })
}

type Doc = { id: string; title?: string; slug?: string; name?: string; edition?: string; framework?: string; organisation?: string }

/** Payload's placeholder for an empty relationship cell, e.g. `<No Goal>`. */
const placeholder = /<No /

/** The texts of the cells in `cells` once none of them is still loading (at most `ms`). */
const settledTexts = async (page: Page, cells: Locator, ms = 10_000): Promise<string[]> => {
  const deadline = Date.now() + ms
  let texts = await cells.allInnerTexts()
  while (Date.now() < deadline && texts.some((text) => /Loading|<No /.test(text))) {
    await page.waitForTimeout(250)
    texts = await cells.allInnerTexts()
  }
  return texts.map((text) => text.trim())
}

/** Opens a relationship field's dropdown and returns the option labels it offers. */
const optionsOf = async (page: Page, fieldId: string): Promise<string[]> => {
  await page.locator(`#field-${fieldId} .rs__control`).click()
  await page.locator('.rs__menu').waitFor()
  // the menu loads pages as they are scrolled to; wait until its first load has settled
  await page.waitForTimeout(1_500)
  const labels = await page.locator('.rs__menu .rs__option').allInnerTexts()
  return labels.map((label) => label.trim())
}

/** Picks the option labelled `label` in a relationship field, typing `search` first (menus load 10 at a time). */
const pick = async (page: Page, fieldId: string, label: string | RegExp, search?: string) => {
  await page.locator(`#field-${fieldId} .rs__control`).click()
  if (search) await page.keyboard.type(search)
  await page.locator('.rs__menu .rs__option', { hasText: label }).first().click()
}

describe('relationship cells and pickers (Chromium)', () => {
  let editorToken: string
  let frameworks: Doc[]
  let hct: Doc
  let swft: Doc
  let hctTitles: string[]

  beforeAll(async () => {
    editorToken = await apiLogin(demo('editor').email, demo('editor').password)
    frameworks = (await api('/api/frameworks?depth=0&limit=100', { token: editorToken })).body.docs
    const reports: Doc[] = (await api('/api/reports?depth=0&limit=100&draft=true', { token: editorToken })).body.docs
    // both seeded reports are called "Levelling Up Impact Report": tell them apart by slug
    hct = reports.find((r) => r.slug?.startsWith('hertfordshire'))!
    swft = reports.find((r) => r.slug?.startsWith('south-warwickshire'))!

    // two editions in use by one organisation: draft reports against Purpose Goals 2021 and the current edition
    for (const [title, edition] of [
      ['Picker report, 2021 edition', '2021'],
      ['Picker report, current edition', 'Current'],
    ]) {
      const framework = frameworks.find((f) => f.name === 'Purpose Goals' && f.edition === edition)!
      const created = await api('/api/reports?draft=true', {
        token: editorToken,
        body: { title, organisation: hct.organisation, framework: framework.id, _status: 'draft' },
      })
      expect(created.status).toBe(201)
    }
    hctTitles = [hct.title!, 'Picker report, 2021 edition', 'Picker report, current edition'].sort()

    // enough evidence for a full page of 50 rows, across two reports and many goals
    const goals: Doc[] = (await api(`/api/goals?depth=0&limit=100&where[framework][equals]=${hct.framework}`, { token: editorToken })).body.docs
    const { totalDocs } = (await api('/api/evidence?depth=0&limit=1&draft=true', { token: editorToken })).body
    for (let i = totalDocs; i < 60; i++) {
      const report = i % 2 ? hct : swft
      const response = await api('/api/evidence?draft=true', {
        token: editorToken,
        body: { report: report.id, title: `Picker evidence ${i}`, goal: goals[i % goals.length].id, _status: 'draft' },
      })
      expect(response.status).toBe(201)
    }
  }, 120_000)

  describe('as the demo editor', () => {
    let context: BrowserContext
    let page: Page

    beforeAll(async () => {
      ;({ context, page } = await logInAs(suite.browser, suite.server.url, 'editor'))
    }, 60_000)
    afterAll(() => context?.close())

    test('the evidence list shows the goal and report of all 50 rows, not only those in view', () =>
      withScreenshotOnFailure(page, 'pickers-evidence-list', async () => {
        // a short window: most rows start below the fold, where Payload's own cell never asks for titles
        await page.setViewportSize({ width: 1600, height: 600 })
        await page.goto(`${suite.server.url}/admin/collections/evidence?limit=50`)
        await page.locator('.table tbody tr').nth(49).waitFor()
        for (const column of ['goal', 'report']) {
          const texts = await settledTexts(page, page.locator(`.table tbody td.cell-${column}`))
          expect(texts).toHaveLength(50)
          expect(texts.filter((text) => placeholder.test(text) || text === '')).toEqual([])
        }
        // the goal column names number and edition, so identical titles of two editions stay apart
        const goals = await settledTexts(page, page.locator('.table tbody td.cell-goal'))
        expect(goals.every((text) => /^\d+\. .+ \(Purpose Goals 2021\)$/.test(text))).toBe(true)
        await page.setViewportSize({ width: 1600, height: 1000 })
        await screenshot(page, 'evidence-list')
      }))

    test("a report's Contents tab shows the goal and report of every evidence and recommendation", () =>
      withScreenshotOnFailure(page, 'pickers-report-contents', async () => {
        await page.setViewportSize({ width: 1600, height: 600 })
        await page.goto(`${suite.server.url}/admin/collections/reports/${hct.id}`)
        await page.locator('.tabs-field__tab-button', { hasText: 'Contents' }).click()
        // join tables show 10 rows a page: quotes, a full page of evidence, recommendations, all below the fold
        await page.locator('#field-evidence tbody tr').nth(9).waitFor()
        const cells = page.locator('.relationship-table tbody td.cell-goal, .relationship-table tbody td.cell-report')
        const texts = await settledTexts(page, cells)
        expect(texts.length).toBeGreaterThanOrEqual(20)
        expect(texts.filter((text) => placeholder.test(text) || text === '')).toEqual([])
        await page.setViewportSize({ width: 1600, height: 1000 })
      }))

    test("a framework's Goals table shows the framework of every goal", () =>
      withScreenshotOnFailure(page, 'pickers-framework-goals', async () => {
        const sdgs = frameworks.find((f) => f.name?.includes('Sustainable'))!
        await page.setViewportSize({ width: 1600, height: 600 })
        await page.goto(`${suite.server.url}/admin/collections/frameworks/${sdgs.id}`)
        await page.locator('#field-goals tbody tr').nth(9).waitFor()
        const texts = await settledTexts(page, page.locator('#field-goals tbody td.cell-framework'))
        expect(texts).toHaveLength(10)
        expect(texts.filter((text) => placeholder.test(text) || text === '')).toEqual([])
        await page.setViewportSize({ width: 1600, height: 1000 })
      }))

    test("the goal picker offers the goals of the report's edition, labelled with number and edition", () =>
      withScreenshotOnFailure(page, 'pickers-goal-picker', async () => {
        await page.goto(`${suite.server.url}/admin/collections/evidence/create`)
        await pick(page, 'report', 'Picker report, current edition')
        // the form state is rebuilt on the server with the new report before the goal options change
        await page.waitForTimeout(1_500)
        const options = await optionsOf(page, 'goal')
        expect(options.length).toBeGreaterThan(5)
        expect(options.filter((label) => !/^\d+\. .+ \(Purpose Goals Current\)$/.test(label))).toEqual([])
        await screenshot(page, 'goal-picker')
        await page.keyboard.press('Escape')
      }))

    test('a goal of another edition is marked on the goal field with the server message', () =>
      withScreenshotOnFailure(page, 'pickers-goal-field-error', async () => {
        await page.goto(`${suite.server.url}/admin/collections/evidence/create`)
        await page.locator('#field-title').fill('Evidence whose report changes edition')
        await pick(page, 'report', 'Picker report, 2021 edition')
        await page.waitForTimeout(1_500)
        await pick(page, 'goal', /Good health and wellbeing \(Purpose Goals 2021\)/, 'Good health')
        // the report moves to another edition: the chosen goal no longer belongs to it
        await pick(page, 'report', 'Picker report, current edition')
        await page.waitForTimeout(1_500)
        await page.locator('#action-save-draft, #action-save').first().click()
        // the field itself is marked and carries the server's message (not only a generic toast)
        const goalField = page.locator('#field-goal')
        await goalField.locator('.field-error').waitFor({ state: 'attached', timeout: 10_000 })
        // and stays marked once the form state is rebuilt after the failed save (a server error alone is then cleared)
        await page.waitForTimeout(3_000)
        expect((await goalField.getAttribute('class'))?.split(' ')).toContain('error')
        expect(await goalField.locator('.field-error').textContent()).toContain('Choose goals from the framework edition this report uses.')
        await screenshot(page, 'goal-field-error')
      }))
  })

  describe('as the demo contributor', () => {
    let context: BrowserContext
    let page: Page

    beforeAll(async () => {
      ;({ context, page } = await logInAs(suite.browser, suite.server.url, 'contributor'))
    }, 60_000)
    afterAll(() => context?.close())

    test("is offered only their organisation's reports when adding evidence", () =>
      withScreenshotOnFailure(page, 'pickers-contributor-reports', async () => {
        // the other organisation's report is published, so the contributor can read it: reading is not writing
        const readable = await api(`/api/reports/${swft.id}`, { token: await apiLogin(demo('contributor').email, demo('contributor').password) })
        expect(readable.status).toBe(200)

        await page.goto(`${suite.server.url}/admin/collections/evidence/create`)
        const options = await optionsOf(page, 'report')
        // the seeded reports of both organisations share a title: only the contributor's organisation's remain
        expect(options.sort()).toEqual(hctTitles)
      }))
  })
})
