/**
 * Evidence import from the admin (issue 10, items 1–3) in Chromium, as the organisation's contributor: "Import
 * evidence" on the report opens a drawer; a file with two bad rows lists both problems and writes nothing; a good
 * file shows its rows, imports with a progress bar; choosing it again shows every row unchanged (no duplicates).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import type { BrowserContext, Page } from 'playwright-core'
import { projectRoot } from '../../src/cli/adminBuild.js'
import { hctReport } from '../../src/seed/content/reports/hct.js'
import { withScreenshotOnFailure } from '../helpers/browser.js'
import { importFixturePath } from '../helpers/importUpload.js'
import { adminE2eSuite, demo, logInAs, restClient } from './session.js'

const suite = adminE2eSuite('import e2e')
const { api, apiLogin } = restClient(() => suite.server.url)

const screenshot = async (page: Page, name: string) => {
  const dir = path.join(projectRoot, 'docs/screenshots')
  mkdirSync(dir, { recursive: true })
  await page.screenshot({ path: path.join(dir, `${name}.png`) })
}

const goodRows = 300
const goodFile = path.join(os.tmpdir(), `impact-e2e-import-${process.pid}.csv`)

describe('Import evidence (Chromium)', () => {
  let context: BrowserContext
  let page: Page
  let token: string
  let report: { id: string; slug: string }

  const evidenceCount = async (): Promise<number> =>
    (await api(`/api/evidence?where[report][equals]=${report.id}&draft=true&depth=0&limit=1`, { token })).body.totalDocs
  const drawer = () => page.locator('.import-evidence')
  const chooseFile = (file: string) => drawer().locator('input[type="file"]').setInputFiles(file)

  beforeAll(async () => {
    token = await apiLogin(demo('contributor').email, demo('contributor').password)
    const reports = await api('/api/reports?draft=true&depth=0&limit=100', { token })
    report = reports.body.docs.find((r: { slug?: string }) => r.slug?.startsWith('hertfordshire'))
    expect(report).toBeDefined()
    const lines = Array.from({ length: goodRows }, (_, i) => `e2e-${i + 1},${(i % 3) + 1},Imported item ${i + 1},People reached,${(i + 1) * 10},people`)
    writeFileSync(goodFile, ['externalId,goal,title,metric1_label,metric1_value,metric1_unit', ...lines].join('\n'))
    ;({ context, page } = await logInAs(suite.browser, suite.server.url, 'contributor'))
    await page.goto(`${suite.server.url}/admin/collections/reports/${report.id}`)
    await page.getByRole('button', { name: 'Import evidence' }).click()
    await drawer().waitFor()
  }, 120_000)
  afterAll(async () => {
    await context?.close()
    rmSync(goodFile, { force: true })
  })

  test('a file with two bad rows lists both problems and writes nothing', () =>
    withScreenshotOnFailure(page, 'import-bad-rows', async () => {
      const before = await evidenceCount()
      await chooseFile(importFixturePath('two-bad-rows.csv'))
      await drawer().getByRole('alert').waitFor()
      await expect(drawer().locator('.import-evidence__refused').innerText()).resolves.toBe('Nothing was imported: 2 problems. Fix the file and choose it again.')
      const problems = await drawer().locator('.import-evidence__table--problems tbody tr').allInnerTexts()
      expect(problems.map((row) => row.split('\t').slice(0, 2))).toEqual([['3', 'goal'], ['5', 'metric1_value']])
      await screenshot(page, 'import-evidence-problems')
      expect(await evidenceCount()).toBe(before)
    }))

  test('a good file: preview, confirm, progress bar, result; the items are drafts', () =>
    withScreenshotOnFailure(page, 'import-good', async () => {
      const before = await evidenceCount()
      await chooseFile(goodFile)
      await drawer().getByText(`${goodRows} rows are valid: ${goodRows} new, 0 updated, 0 unchanged.`).waitFor()
      const firstRows = await drawer().locator('.import-evidence__table tbody tr').evaluateAll((rows) => rows.slice(0, 2).map((row) => (row as HTMLElement).innerText.split('\t')))
      expect(firstRows).toEqual([
        ['2', 'e2e-1', '1', 'Imported item 1', '1', 'New'],
        ['3', 'e2e-2', '2', 'Imported item 2', '1', 'New'],
      ])
      await screenshot(page, 'import-evidence-preview')

      // remember every state of the progress bar: it may come and go faster than a poll
      await page.evaluate(() => {
        const seen: { value: number; max: number }[] = []
        Object.assign(window, { progressSeen: seen })
        new MutationObserver(() => {
          const bar = document.querySelector<HTMLProgressElement>('.import-evidence__progress')
          if (bar) seen.push({ value: bar.value, max: bar.max })
        }).observe(document.body, { subtree: true, childList: true, attributes: true })
      })
      await drawer().getByRole('button', { name: `Import ${goodRows} rows` }).click()
      await drawer().locator('.import-evidence__done').waitFor({ timeout: 60_000 })
      await expect(drawer().locator('.import-evidence__done').innerText()).resolves.toBe(
        `Imported ${goodRows} rows: ${goodRows} new, 0 updated, 0 unchanged. New items are drafts in the workflow.`,
      )
      const seen = (await page.evaluate(() => (window as unknown as { progressSeen: { value: number; max: number }[] }).progressSeen)) ?? []
      expect(seen.length).toBeGreaterThan(0)
      await screenshot(page, 'import-evidence-done')

      expect(await evidenceCount()).toBe(before + goodRows)
      const item = (await api(`/api/evidence?where[externalId][equals]=e2e-1&where[report][equals]=${report.id}&draft=true&depth=0`, { token })).body.docs[0]
      expect(item).toMatchObject({ title: 'Imported item 1', _status: 'draft', workflow: { stage: 'draft' }, metrics: [{ label: 'People reached', value: 10, unit: 'people' }] })
    }))

  test('choosing the same file again shows every row unchanged and offers nothing to import', () =>
    withScreenshotOnFailure(page, 'import-again', async () => {
      const before = await evidenceCount()
      await chooseFile(goodFile)
      await drawer().getByText(`${goodRows} rows are valid: 0 new, 0 updated, ${goodRows} unchanged.`).waitFor()
      await expect(drawer().getByRole('button', { name: 'Import 0 rows' }).isDisabled()).resolves.toBe(true)
      expect(await evidenceCount()).toBe(before)
    }))
})

describe('who is offered "Import evidence" (Chromium)', () => {
  // the button follows the endpoint's rule (src/import/importTarget.ts mayImport): reviewers review, they do not write
  const dryRunStatus = async (token: string, slug: string): Promise<number> => {
    const form = new FormData()
    form.append('file', new Blob(['externalId,goal,title\nx,1,Y\n'], { type: 'text/csv' }), 'rows.csv')
    const response = await fetch(`${suite.server.url}/api/reports/${slug}/import?dryRun=true`, { method: 'POST', body: form, headers: { authorization: `JWT ${token}` } })
    await response.arrayBuffer()
    return response.status
  }
  const offered = async (role: 'contributor' | 'editor' | 'reviewer') => {
    const token = await apiLogin(demo(role).email, demo(role).password)
    const reports = await api('/api/reports?draft=true&depth=0&limit=100', { token })
    const report = reports.body.docs.find((r: { slug?: string }) => r.slug?.startsWith('hertfordshire'))
    const { context, page } = await logInAs(suite.browser, suite.server.url, role)
    try {
      return await withScreenshotOnFailure(page, `import-button-${role}`, async () => {
        await page.goto(`${suite.server.url}/admin/collections/reports/${report.id}`)
        // the document controls have rendered (the Workflow panel's stage is there too) before the button is looked for
        await page.locator('.doc-controls').waitFor()
        await page.locator('.workflow-panel .workflow-stage-badge').waitFor({ timeout: 20_000 })
        await screenshot(page, `import-button-${role}`)
        return await page.getByRole('button', { name: 'Import evidence' }).count()
      })
    } finally {
      await context.close()
    }
  }

  test('a reviewer is not offered it (the endpoint answers 403)', async () => {
    expect(await offered('reviewer')).toBe(0)
    const token = await apiLogin(demo('reviewer').email, demo('reviewer').password)
    expect(await dryRunStatus(token, hctReport.slug)).toBe(403)
  }, 60_000)

  test('an editor is offered it', async () => {
    expect(await offered('editor')).toBe(1)
  }, 60_000)

  test("a contributor of the report's organisation is offered it", async () => {
    expect(await offered('contributor')).toBe(1)
  }, 60_000)

  test("a contributor of another organisation is not (the report is published, so they can open it)", async () => {
    const admin = await apiLogin(demo('admin').email, demo('admin').password)
    const organisations = await api('/api/organisations?where[slug][equals]=south-warwickshire-nhs-foundation-trust&depth=0', { token: admin })
    const email = `e2e-swft-contributor-${process.pid}@impact-cms.test`
    const password = 'e2e-swft-contributor-pass'
    const created = await api('/api/users', {
      token: admin,
      body: { email, password, name: 'SWFT Contributor', role: 'contributor', organisations: [organisations.body.docs[0].id] },
    })
    expect(created.status).toBe(201)
    const token = await apiLogin(email, password)
    const reports = await api('/api/reports?depth=0&limit=100', { token })
    const report = reports.body.docs.find((r: { slug?: string }) => r.slug?.startsWith('hertfordshire'))
    expect(report).toBeDefined()
    const context = await suite.browser.newContext({ viewport: { width: 1600, height: 1000 } })
    const page = await context.newPage()
    try {
      await withScreenshotOnFailure(page, 'import-button-other-organisation', async () => {
        await page.goto(`${suite.server.url}/admin/login`)
        await page.fill('#field-email', email)
        await page.fill('#field-password', password)
        await page.click('button[type="submit"]')
        await page.waitForURL((url) => url.pathname === '/admin')
        await page.goto(`${suite.server.url}/admin/collections/reports/${report.id}`)
        await page.locator('.doc-controls').waitFor()
        await page.locator('.workflow-panel .workflow-stage-badge').waitFor({ timeout: 20_000 })
        expect(await page.getByRole('button', { name: 'Import evidence' }).count()).toBe(0)
      })
    } finally {
      await context.close()
    }
    // and the endpoint agrees
    expect(await dryRunStatus(token, report.slug)).toBe(403)
  }, 60_000)
})
