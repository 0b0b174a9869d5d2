/**
 * axe-core scans of the project's own admin components (workflow panel, stage badges and cells, Waiting for
 * you, the editors' dashboard, the report composer) in the real admin. Each scan is scoped to our components'
 * root elements: Payload's own UI is not ours to fix here. Serious and critical violations fail the test,
 * listed rule by rule with the elements they hit.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { mkdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import type { AxeResults, ImpactValue } from 'axe-core'
import type { BrowserContext, Page } from 'playwright-core'
import { projectRoot } from '../../src/cli/adminBuild.js'
import { withScreenshotOnFailure } from '../helpers/browser.js'
import { adminE2eSuite, demo, logInAs, restClient } from './session.js'

const suite = adminE2eSuite('accessibility e2e')
const { api, apiLogin } = restClient(() => suite.server.url)

// axe's browser build, injected into each page as a script
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

const failing: ImpactValue[] = ['serious', 'critical']

/**
 * Runs axe on the elements matching `selectors` (each must be on the page: a scan of nothing proves nothing)
 * and returns the serious and critical violations as readable lines. Components that fetch their data mark
 * it with data-state; they are scanned once it says "loaded", not while they show a spinner.
 */
const seriousViolations = async (page: Page, selectors: string[]): Promise<string[]> => {
  for (const selector of selectors) {
    const element = page.locator(selector).first()
    await element.waitFor({ timeout: 30_000 })
    if ((await element.getAttribute('data-state')) !== null) {
      await page.locator(`${selector}[data-state="loaded"]`).first().waitFor({ timeout: 30_000 })
    }
  }
  await page.addScriptTag({ content: axeSource })
  const violations = await page.evaluate(async (include: string[]) => {
    const { axe } = window as unknown as { axe: { run: (context: { include: string[][] }, options: object) => Promise<AxeResults> } }
    const results = await axe.run({ include: include.map((selector) => [selector]) }, { resultTypes: ['violations'] })
    return results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? null,
      help: violation.help,
      nodes: violation.nodes.map((node) => `${node.target.join(' ')}: ${(node.failureSummary ?? '').replace(/\s+/g, ' ')}`),
    }))
  }, selectors)
  return violations
    .filter((violation) => violation.impact !== null && failing.includes(violation.impact))
    .map((violation) => `${violation.impact} ${violation.id} (${violation.help}) on ${violation.nodes.join(' | ')}`)
}

const screenshot = async (page: Page, name: string) => {
  const dir = path.join(projectRoot, 'docs/screenshots')
  mkdirSync(dir, { recursive: true })
  await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: false })
}

describe('accessibility of our admin components (axe-core, Chromium)', () => {
  let context: BrowserContext
  let page: Page
  let token: string

  beforeAll(async () => {
    const session = await logInAs(suite.browser, suite.server.url, 'editor')
    context = session.context
    page = session.page
    token = await apiLogin(demo('editor').email, demo('editor').password)
  }, 60_000)
  afterAll(() => context?.close())

  test('the dashboard: editors’ dashboard and Waiting for you', () =>
    withScreenshotOnFailure(page, 'a11y-dashboard', async () => {
      await page.goto(`${suite.server.url}/admin`)
      const violations = await seriousViolations(page, ['.impact-dashboard', '.workflow-queue'])
      await screenshot(page, 'accessibility-dashboard')
      expect(violations).toEqual([])
    }))

  test('Waiting for you with an item in it (the reviewer, after a draft is submitted)', async () => {
    // a new draft beside a seeded evidence item (same report, goal and assurance), submitted for review
    const { status, body } = await api('/api/evidence?depth=0&limit=1&sort=id', { token })
    expect(status).toBe(200)
    const { report, goal, assurance } = body.docs[0]
    const created = await api('/api/evidence?draft=true', {
      token,
      body: { title: `Accessibility check ${Date.now()}`, report, goal, assurance, _status: 'draft' },
    })
    expect(created.status).toBe(201)
    const submitted = await api(`/api/evidence/${created.body.doc.id}/workflow/submit`, { token, body: {} })
    expect({ status: submitted.status, body: submitted.body }).toMatchObject({ status: 200 })
    const reviewer = await logInAs(suite.browser, suite.server.url, 'reviewer')
    try {
      await withScreenshotOnFailure(reviewer.page, 'a11y-queue-reviewer', async () => {
        await reviewer.page.locator('.workflow-queue__item').first().waitFor({ timeout: 30_000 })
        expect(await seriousViolations(reviewer.page, ['.workflow-queue'])).toEqual([])
      })
    } finally {
      await reviewer.context.close()
    }
  }, 90_000)

  test('the reports list: stage column and stage cells', () =>
    withScreenshotOnFailure(page, 'a11y-reports-list', async () => {
      await page.goto(`${suite.server.url}/admin/collections/reports`)
      await page.locator('.table tbody tr').first().waitFor()
      expect(await seriousViolations(page, ['.workflow-stage-cell'])).toEqual([])
    }))

  test('an evidence edit view: the workflow panel with its stage badge and controls', () =>
    withScreenshotOnFailure(page, 'a11y-evidence-edit', async () => {
      const { status, body } = await api('/api/evidence?draft=true&depth=0&limit=1&sort=id', { token })
      expect(status).toBe(200)
      const id = body.docs[0].id as number | string
      await page.goto(`${suite.server.url}/admin/collections/evidence/${id}`)
      const violations = await seriousViolations(page, ['.workflow-panel'])
      await screenshot(page, 'accessibility-evidence-panel')
      expect(violations).toEqual([])
    }))

  test('a report’s Composer tab', () =>
    withScreenshotOnFailure(page, 'a11y-report-composer', async () => {
      const { status, body } = await api('/api/reports?draft=true&depth=0&limit=1&sort=id', { token })
      expect(status).toBe(200)
      await page.goto(`${suite.server.url}/admin/collections/reports/${body.docs[0].id}`)
      await page.locator('.workflow-panel').first().waitFor()
      await page.getByRole('button', { name: 'Composer', exact: true }).click()
      expect(await seriousViolations(page, ['.report-composer', '.workflow-panel'])).toEqual([])
    }))
})
