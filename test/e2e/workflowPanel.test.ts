/**
 * The workflow panel without traps (issue 9, traps 4 and 6, history labels of 7), in the real admin (Chromium):
 * unsaved edits are saved before a transition (or it is refused, keeping them), a refused Approve says why, the
 * assignee is set from the panel, publishing is scheduled and cancelled there, Publish asks first, and a report
 * blocked by a draft item links to it and publishes the ready items only.
 */
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import type { BrowserContext, Page } from 'playwright-core'
import { hctReport } from '../../src/seed/content/reports/hct.js'
import { swftReport } from '../../src/seed/content/reports/swft.js'
import { projectRoot } from '../../src/cli/adminBuild.js'
import type { Role } from '../../src/access/roles.js'
import { withScreenshotOnFailure } from '../helpers/browser.js'
import { adminE2eSuite, demo, logInAs, restClient } from './session.js'

const suite = adminE2eSuite('workflow panel e2e')
const { api, apiLogin } = restClient(() => suite.server.url)

const panelBadge = (page: Page) => page.locator('.workflow-panel .workflow-panel__header .workflow-stage-badge')

const waitForStage = (page: Page, label: string) =>
  panelBadge(page).filter({ hasText: new RegExp(`^${label}$`) }).waitFor({ timeout: 20_000 })

/** Where the README's screenshots live. */
const screenshotPath = (name: string) => {
  const dir = path.join(projectRoot, 'docs/screenshots')
  mkdirSync(dir, { recursive: true })
  return path.join(dir, `${name}.png`)
}

describe('the workflow panel (Chromium)', () => {
  const tokens = {} as Record<Role, string>
  const sessions: Partial<Record<Role, { context: BrowserContext; page: Page }>> = {}
  let hctReportId: number | string
  let hctGoal: number | string

  /** One signed-in browser page per role, reused across tests. */
  const pageFor = async (role: Role): Promise<Page> => {
    sessions[role] ??= await logInAs(suite.browser, suite.server.url, role)
    return sessions[role].page
  }
  const editUrl = (collection: string, id: number | string) => `${suite.server.url}/admin/collections/${collection}/${id}`
  const latest = async (collection: string, id: number | string, role: Role = 'editor') =>
    (await api(`/api/${collection}/${id}?draft=true&depth=0`, { token: tokens[role] })).body
  const draftEvidence = async (role: Role, title: string, report = hctReportId, goal = hctGoal) => {
    const created = await api('/api/evidence?draft=true', { token: tokens[role], body: { title, report, goal, _status: 'draft' } })
    expect(created.status).toBe(201)
    return created.body.doc.id as number | string
  }
  const transitionByApi = async (role: Role, collection: string, id: number | string, name: string) => {
    const { status, body } = await api(`/api/${collection}/${id}/workflow/${name}`, { token: tokens[role], body: {} })
    expect({ status, body }).toMatchObject({ status: 200 })
  }

  beforeAll(async () => {
    for (const role of ['admin', 'editor', 'reviewer', 'contributor'] as const) {
      tokens[role] = await apiLogin(demo(role).email, demo(role).password)
    }
    const reports = await api(`/api/reports?where[slug][equals]=${hctReport.slug}&depth=0`, { token: tokens.editor })
    hctReportId = reports.body.docs[0].id
    const sibling = await api(`/api/evidence?where[report][equals]=${hctReportId}&depth=0&limit=1`, { token: tokens.editor })
    hctGoal = sibling.body.docs[0].goal
  }, 60_000)
  afterAll(async () => {
    for (const session of Object.values(sessions)) await session?.context.close()
  })

  test('Submit with unsaved edits: invalid ones are refused and kept, valid ones are saved first and stay in the form', async () => {
    const id = await draftEvidence('contributor', 'E2E panel: unsaved edit')
    const page = await pageFor('contributor')
    await withScreenshotOnFailure(page, 'workflow-panel-unsaved-edit', async () => {
      await page.goto(editUrl('evidence', id))
      await waitForStage(page, 'Draft')

      // an edit that does not validate: nothing is saved or moved, the prompt says why, the form keeps it
      await page.locator('#field-title').fill('')
      await page.click('#workflow-transition-submit')
      await page.locator('[data-sonner-toast]', { hasText: 'Your unsaved changes have errors' }).waitFor({ timeout: 20_000 })
      expect((await latest('evidence', id, 'contributor')).workflow.stage).toBe('draft')
      expect(await page.locator('#field-title').inputValue()).toBe('')

      await page.locator('#field-title').fill('E2E panel: edited just before submitting')
      // after a transition the panel refreshes the page from the server (router.refresh: an RSC request), which
      // re-initialises the form; here the typing comes after it (typing before it lands: the next test)
      const refreshed = page.waitForResponse((response) => response.request().headers()['rsc'] === '1' && response.url().includes(`/collections/evidence/${id}`), {
        timeout: 30_000,
      })
      await page.click('#workflow-transition-submit')
      await waitForStage(page, 'In review')
      await refreshed
      await page.waitForTimeout(1500)
      const stored = await latest('evidence', id, 'contributor')
      expect(stored.title).toBe('E2E panel: edited just before submitting')
      expect(stored.workflow.stage).toBe('in_review')
      expect(await page.locator('#field-title').inputValue()).toBe('E2E panel: edited just before submitting')

      // the form now knows the version the transition wrote: editing on is not "modified by another user"
      await page.locator('#field-title').fill('E2E panel: edited after submitting')
      await page.waitForTimeout(2500)
      expect(await page.getByText('Document modified').count()).toBe(0)
      expect(await page.locator('#field-title').inputValue()).toBe('E2E panel: edited after submitting')
    })
  }, 90_000)

  test('text typed right after a transition, before the page refresh lands, survives it (title and comment)', async () => {
    const id = await draftEvidence('contributor', 'E2E panel: typed after submitting')
    const page = await pageFor('contributor')
    const editPath = `/admin/collections/evidence/${id}`
    // the refresh (an RSC GET of this page) is held until the typing is done: the race CI met, made certain
    let release: () => void = () => {}
    const typed = new Promise<void>((resolve) => (release = resolve))
    let held = 0
    const thisPage = (url: URL) => url.pathname === editPath
    await page.route(thisPage, async (route) => {
      const request = route.request()
      if (request.method() !== 'GET' || request.headers()['rsc'] !== '1') return route.fallback()
      held += 1
      await typed
      return route.fallback()
    })
    const panel = page.locator('.workflow-panel')
    try {
      await withScreenshotOnFailure(page, 'workflow-panel-typed-after-transition', async () => {
        await page.goto(editUrl('evidence', id))
        await waitForStage(page, 'Draft')
        const landedBefore = Number(await panel.getAttribute('data-refreshes-landed'))

        await page.click('#workflow-transition-submit')
        await waitForStage(page, 'In review')
        await page.locator('.workflow-panel[data-refreshing="true"]').waitFor()
        // Payload checks the first edit against the stored version (a server function): it must not call the
        // transition's own write someone else's change
        const checked = page.waitForResponse((response) => response.request().method() === 'POST' && 'next-action' in response.request().headers())
        await page.locator('#field-title').fill('E2E panel: typed while the page refreshed')
        await page.locator('#workflow-comment').fill('Typed while the page refreshed')
        await checked
        expect(held).toBe(1)
        expect(Number(await panel.getAttribute('data-refreshes-landed'))).toBe(landedBefore)
        release()

        await page.locator(`.workflow-panel[data-refreshes-landed="${landedBefore + 1}"]`).waitFor({ timeout: 30_000 })
        expect(await page.locator('#field-title').inputValue()).toBe('E2E panel: typed while the page refreshed')
        expect(await page.locator('#workflow-comment').inputValue()).toBe('Typed while the page refreshed')
        expect(await page.getByText('Document modified').count()).toBe(0)
        // what the refresh brought is there too: the stage the server now has
        expect((await latest('evidence', id, 'contributor')).workflow.stage).toBe('in_review')
        await page.locator('[data-sonner-toast]').first().waitFor({ state: 'detached', timeout: 15_000 }).catch(() => {})
        await page.screenshot({ path: screenshotPath('workflow-panel-typed-after-transition') })
      })
    } finally {
      release()
      await page.unroute(thisPage)
    }
  }, 90_000)

  test("the submitter's own Approve is shown disabled with the reason", async () => {
    const id = await draftEvidence('editor', 'E2E panel: own submission')
    await transitionByApi('editor', 'evidence', id, 'submit')
    const page = await pageFor('editor')
    await withScreenshotOnFailure(page, 'workflow-panel-own-approve', async () => {
      await page.goto(editUrl('evidence', id))
      await waitForStage(page, 'In review')
      const approve = page.locator('#workflow-transition-approve')
      await approve.waitFor()
      expect(await approve.isDisabled()).toBe(true)
      expect(await page.locator('.workflow-panel__blocked[data-transition="approve"]').innerText()).toContain(
        'You submitted this: another reviewer must approve it.',
      )
      // the other actions stay available
      expect(await page.locator('#workflow-transition-request-changes').isEnabled()).toBe(true)
    })
    // and the server says the same
    const workflow = await api(`/api/evidence/${id}/workflow`, { token: tokens.editor })
    expect(workflow.body.blocked).toEqual([{ name: 'approve', reason: 'You submitted this: another reviewer must approve it.' }])
  }, 60_000)

  test('the assignee is chosen in the panel and set with the transition', async () => {
    const id = await draftEvidence('editor', 'E2E panel: assigned')
    const reviewer = await api(`/api/users?where[email][equals]=${encodeURIComponent(demo('reviewer').email)}&depth=0`, {
      token: tokens.admin,
    })
    const reviewerId = reviewer.body.docs[0].id
    const page = await pageFor('admin')
    await withScreenshotOnFailure(page, 'workflow-panel-assignee', async () => {
      await page.goto(editUrl('evidence', id))
      await waitForStage(page, 'Draft')
      await page.locator('label[for="workflow-assignee"]', { hasText: 'now: nobody' }).waitFor()
      await page.selectOption('#workflow-assignee', String(reviewerId))
      await page.click('#workflow-transition-submit')
      await waitForStage(page, 'In review')
      await page.locator('label[for="workflow-assignee"]', { hasText: 'now: Demo Reviewer' }).waitFor()
    })
    expect((await latest('evidence', id)).workflow.assignee).toBe(reviewerId)
  }, 60_000)

  test('the schedules collection offers no "Create new" (schedules are made from the panel)', async () => {
    const page = await pageFor('admin')
    await withScreenshotOnFailure(page, 'workflow-panel-schedules-list', async () => {
      const createLinks = page.locator('a[href$="/collections/workflow-schedules/create"]')
      await page.goto(`${suite.server.url}/admin`)
      await page.locator('.dashboard').waitFor()
      expect(await createLinks.count()).toBe(0)
      await page.goto(`${suite.server.url}/admin/collections/workflow-schedules`)
      await page.getByText('Plan or cancel one in the Workflow panel of the document').waitFor()
      expect(await createLinks.count()).toBe(0)
      expect(await page.getByText('Create new', { exact: false }).count()).toBe(0)
    })
  }, 60_000)

  describe('an approved item', () => {
    let id: number | string
    beforeAll(async () => {
      id = await draftEvidence('contributor', 'E2E panel: ready to publish')
      await transitionByApi('contributor', 'evidence', id, 'submit')
      await transitionByApi('reviewer', 'evidence', id, 'approve')
    }, 60_000)

    test('publishing is scheduled and the schedule cancelled from the panel', async () => {
      const page = await pageFor('editor')
      await withScreenshotOnFailure(page, 'workflow-panel-schedule', async () => {
        await page.goto(editUrl('evidence', id))
        await waitForStage(page, 'Approved')
        await page.fill('#workflow-schedule-at', '2035-06-01T09:00')
        await page.click('#workflow-schedule-submit')
        const scheduled = page.locator('.workflow-schedules__item[data-transition="publish"]')
        await scheduled.waitFor({ timeout: 20_000 })
        const pending = (await api(`/api/evidence/${id}/workflow`, { token: tokens.editor })).body.schedules
        expect(pending).toHaveLength(1)
        expect(pending[0]).toMatchObject({ transition: 'publish', at: new Date(2035, 5, 1, 9, 0).toISOString() })
        await page.locator('.workflow-history__event[data-transition="schedule"]', { hasText: 'Scheduled' }).waitFor()
        // the panel for the README, once the toasts have gone
        await page.locator('[data-sonner-toast]').first().waitFor({ state: 'detached', timeout: 15_000 }).catch(() => {})
        await page.locator('.workflow-panel').screenshot({ path: screenshotPath('workflow-panel') })

        await scheduled.getByRole('button', { name: 'Cancel' }).click()
        await scheduled.waitFor({ state: 'detached', timeout: 20_000 })
        expect((await api(`/api/evidence/${id}/workflow`, { token: tokens.editor })).body.schedules).toEqual([])
        await page.locator('.workflow-history__event[data-transition="unschedule"]', { hasText: 'Schedule cancelled' }).waitFor()
      })
    }, 60_000)

    test('Publish asks for confirmation: cancelled, nothing happens; confirmed, it goes live', async () => {
      const page = await pageFor('editor')
      await withScreenshotOnFailure(page, 'workflow-panel-confirm-publish', async () => {
        await page.goto(editUrl('evidence', id))
        await waitForStage(page, 'Approved')
        await page.click('#workflow-transition-publish')
        await page.locator('#confirm-action').waitFor()
        expect(await page.locator('.workflow-confirm').innerText()).toContain('This version goes live')
        await page.click('#confirm-cancel')
        await page.locator('#confirm-action').waitFor({ state: 'hidden' })
        expect((await latest('evidence', id)).workflow.stage).toBe('approved')
        expect((await api(`/api/evidence/${id}?depth=0`)).status).not.toBe(200)

        await page.click('#workflow-transition-publish')
        await page.click('#confirm-action')
        await waitForStage(page, 'Published')
        expect((await api(`/api/evidence/${id}?depth=0`)).status).toBe(200)
        // the history in the plugin's words, not raw names
        const history = await page.locator('.workflow-history').innerText()
        for (const text of ['Publish', 'Approved → Published', 'Approve', 'In review → Approved', 'Submit for review']) {
          expect(history).toContain(text)
        }
        expect(history).not.toMatch(/\bin_review\b|\bunschedule\b/)
      })
    }, 60_000)
  })

  test('a report publish blocked by a draft item links to it, and "publish the ready items only" works', async () => {
    const reports = await api(`/api/reports?where[slug][equals]=${swftReport.slug}&depth=0`, { token: tokens.editor })
    const report = reports.body.docs[0]
    const sibling = await api(`/api/evidence?where[report][equals]=${report.id}&depth=0&limit=1`, { token: tokens.editor })
    const blockerTitle = 'E2E panel: draft item of the report'
    const blocker = await draftEvidence('editor', blockerTitle, report.id, sibling.body.docs[0].goal)
    // the report's next version goes through review: edited (back to draft), submitted, approved by someone else
    const edited = await api(`/api/reports/${report.id}?draft=true`, {
      token: tokens.editor,
      method: 'PATCH',
      body: { title: `${report.title} (2025 update)`, _status: 'draft' },
    })
    expect(edited.status).toBe(200)
    await transitionByApi('editor', 'reports', report.id, 'submit')
    await transitionByApi('reviewer', 'reports', report.id, 'approve')

    const page = await pageFor('editor')
    await withScreenshotOnFailure(page, 'workflow-panel-bundle-blocked', async () => {
      await page.goto(editUrl('reports', report.id))
      await waitForStage(page, 'Approved')
      await page.click('#workflow-transition-publish')
      await page.click('#confirm-action')
      const link = page.locator('.workflow-blocked-children').getByRole('link', { name: blockerTitle })
      await link.waitFor({ timeout: 20_000 })
      expect(await link.getAttribute('href')).toBe(`/admin/collections/evidence/${blocker}`)
      await page.locator('.workflow-panel').screenshot({ path: screenshotPath('workflow-panel-blocked-publish') })

      await page.click('#workflow-publish-ready-only')
      await waitForStage(page, 'Published')
      await page.locator('[data-sonner-toast]', { hasText: 'not ready were left out' }).waitFor()
      expect(await page.locator('.workflow-blocked-children').count()).toBe(0)
    })
    const live = await api(`/api/reports/${report.id}?depth=0`)
    expect(live.status).toBe(200)
    expect(live.body.title).toBe(`${report.title} (2025 update)`)
    // the draft item stayed out
    expect((await api(`/api/evidence/${blocker}?depth=0`)).status).not.toBe(200)
    expect((await latest('evidence', blocker)).workflow.stage).toBe('draft')
  }, 90_000)
})
