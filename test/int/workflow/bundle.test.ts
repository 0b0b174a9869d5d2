import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { ValidationError, type CollectionBeforeChangeHook, type Config } from 'payload'
import { transitionWriteOf } from '../../../plugins/workflow/index.js'
import {
  createWorkflowWorld,
  eventsOf,
  liveStatusOf,
  stageOf,
  transition,
  type WorkflowWorld,
} from '../../helpers/workflowFixtures.js'
import { startTestServer, type TestServer } from '../../helpers/testServer.js'

/**
 * A report is published as a bundle: its approved children go live with it in one transaction, it refuses
 * while a child is not ready, and nothing is left half-published when one child's write fails.
 */
let server: TestServer
let world: WorkflowWorld

/** What the transaction had written when the injected failure struck: proves there was something to roll back. */
const seenAtFailure: { reportStatus?: string | null; events?: number } = {}

/** Test-only failure: publishing evidence titled "FAIL…" throws, as a validation rule of a child might. */
const failOnPublish: CollectionBeforeChangeHook = async ({ data, originalDoc, req, collection }) => {
  const title = String(data.title ?? originalDoc?.title ?? '')
  if (transitionWriteOf(req, collection.slug, originalDoc?.id) === 'publish' && title.startsWith('FAIL')) {
    const report = await req.payload.findByID({ collection: 'reports', id: String(data.report ?? originalDoc?.report), depth: 0, req })
    seenAtFailure.reportStatus = report._status
    seenAtFailure.events = (await req.payload.count({ collection: 'workflow-events', req })).totalDocs
    throw new ValidationError({ collection: collection.slug, errors: [{ path: 'title', message: 'Injected failure' }] })
  }
  return data
}

const extend = (config: Config): Config => ({
  ...config,
  collections: (config.collections ?? []).map((c) =>
    c.slug === 'evidence' ? { ...c, hooks: { ...c.hooks, beforeChange: [...(c.hooks?.beforeChange ?? []), failOnPublish] } } : c,
  ),
})

beforeAll(async () => {
  server = await startTestServer({ seed: false, demoUsers: false, extend })
  world = await createWorkflowWorld(server)
})
afterAll(async () => {
  await server?.close()
})

const ready = { stage: 'approved' as const, submittedBy: '' }
const approvedSetup = () => ({ ...ready, submittedBy: world.author.id })

const anonymousCount = async (collection: string, reportId: string) =>
  (await server.request(`/api/${collection}?where[report][equals]=${reportId}&depth=0`)).body.totalDocs as number

describe('publishing a report with its children', () => {
  test('refuses with 409 listing the children that are neither approved nor published, and changes nothing', async () => {
    const report = await world.report({ title: 'Not ready', workflow: approvedSetup() })
    const fine = await world.evidence(report.id, { workflow: approvedSetup() })
    const inReview = await world.evidence(report.id, { title: 'Still in review', workflow: { stage: 'in_review', submittedBy: world.author.id } })
    const draftQuote = await world.quote(report.id)

    const response = await transition(server, world.users.editor.token, 'reports', report.id, 'publish')
    expect(response.status).toBe(409)
    const [error] = response.body.errors
    expect(error.message).toMatch(/Still in review/)
    expect(error.data.blocked).toEqual(
      expect.arrayContaining([
        { collection: 'evidence', id: inReview.id, stage: 'in_review', title: 'Still in review' },
        expect.objectContaining({ collection: 'quotes', id: draftQuote.id, stage: 'draft' }),
      ]),
    )
    expect(error.data.blocked).toHaveLength(2)
    expect(await stageOf(server, 'reports', report.id)).toBe('approved')
    expect(await stageOf(server, 'evidence', fine.id)).toBe('approved')
    expect(await liveStatusOf(server, 'evidence', fine.id)).toBe('draft')
    expect(await eventsOf(server, report.id)).toEqual([])
  })

  test('publishes the report and its approved children together; published children stay as they are', async () => {
    const report = await world.report({ title: 'Ready report', workflow: approvedSetup() })
    const evidence = await world.evidence(report.id, { workflow: approvedSetup() })
    const quote = await world.quote(report.id, { workflow: approvedSetup() })
    const alreadyLive = await world.recommendation(report.id, { status: 'published' })
    expect(await anonymousCount('evidence', report.id)).toBe(0)

    const response = await transition(server, world.users.editor.token, 'reports', report.id, 'publish')
    expect(response.status).toBe(200)
    expect(response.body.state).toMatchObject({ stage: 'published', status: 'published' })
    expect(response.body.bundle.moved.map((m: { id: string }) => m.id).sort()).toEqual([evidence.id, quote.id].sort())
    expect(response.body.bundle.excluded).toEqual([])
    for (const [collection, id] of [['evidence', evidence.id], ['quotes', quote.id]] as const) {
      expect(await liveStatusOf(server, collection, id)).toBe('published')
      expect((await eventsOf(server, id)).map((e) => e.transition)).toEqual(['publish'])
    }
    expect(await eventsOf(server, alreadyLive.id)).toEqual([])
    expect(await anonymousCount('evidence', report.id)).toBe(1)
    expect(await anonymousCount('quotes', report.id)).toBe(1)
    expect(await anonymousCount('recommendations', report.id)).toBe(1)

    // unpublishing the report hides its children from anonymous readers (the host's read access)
    expect((await transition(server, world.users.editor.token, 'reports', report.id, 'unpublish')).status).toBe(200)
    expect(await liveStatusOf(server, 'evidence', evidence.id)).toBe('published')
    for (const collection of ['evidence', 'quotes', 'recommendations']) expect(await anonymousCount(collection, report.id)).toBe(0)
    expect((await server.request(`/api/reports/${report.id}`)).status).toBe(404)
    const graphql = await server.graphql(`query ($id: String) { EvidenceItems(where: { id: { equals: $id } }) { totalDocs } }`, { id: evidence.id })
    expect(graphql.body.data.EvidenceItems.totalDocs).toBe(0)
  })

  test('excludeUnapproved publishes without the children that are not ready', async () => {
    const report = await world.report({ title: 'Partly ready', workflow: approvedSetup() })
    const fine = await world.evidence(report.id, { workflow: approvedSetup() })
    const notReady = await world.evidence(report.id, { workflow: { stage: 'changes_requested', submittedBy: world.author.id } })
    const response = await transition(server, world.users.editor.token, 'reports', report.id, 'publish', { excludeUnapproved: true })
    expect(response.status).toBe(200)
    expect(response.body.bundle.moved.map((m: { id: string }) => m.id)).toEqual([fine.id])
    expect(response.body.bundle.excluded.map((m: { id: string }) => m.id)).toEqual([notReady.id])
    expect(await liveStatusOf(server, 'evidence', notReady.id)).toBe('draft')
    expect(await anonymousCount('evidence', report.id)).toBe(1)
  })

  test('rolls everything back when one child cannot be published', async () => {
    const report = await world.report({ title: 'Doomed report', workflow: approvedSetup() })
    const first = await world.evidence(report.id, { title: 'Fine child', workflow: approvedSetup() })
    const failing = await world.evidence(report.id, { title: 'FAIL child', workflow: approvedSetup() })
    const jobsBefore = (await server.payload.count({ collection: 'payload-jobs' })).totalDocs
    const eventsBefore = (await server.payload.count({ collection: 'workflow-events' })).totalDocs

    const response = await transition(server, world.users.editor.token, 'reports', report.id, 'publish')
    expect(response.status).toBe(400)
    expect(response.body.errors).toBeDefined()
    // inside the transaction the report had been published with its event (and maybe the other child too)
    expect(seenAtFailure.reportStatus).toBe('published')
    expect(seenAtFailure.events).toBeGreaterThan(eventsBefore)

    for (const [collection, id] of [['reports', report.id], ['evidence', first.id], ['evidence', failing.id]] as const) {
      expect(await liveStatusOf(server, collection, id)).toBe('draft')
      expect(await stageOf(server, collection, id)).toBe('approved')
    }
    expect((await server.payload.count({ collection: 'workflow-events' })).totalDocs).toBe(eventsBefore)
    expect((await server.payload.count({ collection: 'payload-jobs' })).totalDocs).toBe(jobsBefore)
    expect((await server.request(`/api/reports/${report.id}`)).status).toBe(404)
  })
})
