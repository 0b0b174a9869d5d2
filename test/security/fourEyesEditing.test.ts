import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import {
  createWorkflowWorld,
  eventsOf,
  graphqlTransition,
  stageOf,
  transition,
  type WorkflowActor,
  type WorkflowWorld,
} from '../helpers/workflowFixtures.js'
import { startTestServer, type TestServer } from '../helpers/testServer.js'

/**
 * Issue 8, finding 3: an editor could rewrite what a contributor submitted, then approve and publish it alone,
 * and the audit trail did not show the edit. Whoever changed the content since submission now counts as an
 * author (no approving it), and every such edit is an event: who, when, which fields.
 */
let server: TestServer
let world: WorkflowWorld

beforeAll(async () => {
  server = await startTestServer({ seed: false, demoUsers: false })
  world = await createWorkflowWorld(server)
})
afterAll(async () => {
  await server?.close()
})

/** A report the own-organisation contributor wrote and submitted, as the example. */
const submittedReport = async (title = `Submitted ${Date.now()}`) => {
  const report = await world.report({ title })
  expect((await transition(server, world.users.contributorOwn.token, 'reports', report.id, 'submit')).status).toBe(200)
  return report
}

const edit = (actor: WorkflowActor, collection: string, id: string, data: Record<string, unknown>) =>
  server.request(`/api/${collection}/${id}?draft=true`, { method: 'PATCH', body: data, token: world.users[actor].token })

const panelTransitions = async (actor: WorkflowActor, collection: string, id: string): Promise<string[]> => {
  const answer = await server.request(`/api/${collection}/${id}/workflow`, { token: world.users[actor].token })
  expect(answer.status).toBe(200)
  return answer.body.transitions
}

describe('four-eyes counts editors since submission as authors', () => {
  test('an editor who rewrote a submitted report cannot approve it (REST): 403 saying why, and the panel hides approve', async () => {
    const report = await submittedReport()
    expect(await panelTransitions('editor', 'reports', report.id)).toContain('approve')

    const edited = await edit('editor', 'reports', report.id, { title: 'Rewritten by the editor', summary: 'New words' })
    expect(edited.status).toBe(200)
    expect(await stageOf(server, 'reports', report.id)).toBe('in_review')

    expect(await panelTransitions('editor', 'reports', report.id)).not.toContain('approve')
    const refused = await transition(server, world.users.editor.token, 'reports', report.id, 'approve')
    expect(refused.status).toBe(403)
    expect(refused.body.errors[0].message).toMatch(/four-eyes/i)
    expect(refused.body.errors[0].message).toMatch(/you changed this document since it was submitted/i)
    expect(await stageOf(server, 'reports', report.id)).toBe('in_review')

    // someone who did not touch it still can
    expect(await panelTransitions('reviewer', 'reports', report.id)).toContain('approve')

    // a resubmission starts a new count: the submitter vouches for the content they send
    expect((await transition(server, world.users.reviewer.token, 'reports', report.id, 'request-changes')).status).toBe(200)
    expect((await transition(server, world.users.contributorOwn.token, 'reports', report.id, 'submit')).status).toBe(200)
    expect(await panelTransitions('editor', 'reports', report.id)).toContain('approve')
  })

  test('the same for an admin, for a child item, and over GraphQL', async () => {
    const report = await submittedReport()
    const item = await world.evidence(report.id)
    expect((await transition(server, world.users.contributorOwn.token, 'evidence', item.id, 'submit')).status).toBe(200)
    expect((await edit('admin', 'evidence', item.id, { title: 'Admin wrote this instead' })).status).toBe(200)

    const answer = await graphqlTransition(server, world.users.admin.token, 'evidence', item.id, 'approve')
    expect(answer.body.errors?.[0]?.message).toMatch(/four-eyes.*changed this document since it was submitted/i)
    expect(await stageOf(server, 'evidence', item.id)).toBe('in_review')
    expect(await panelTransitions('admin', 'evidence', item.id)).not.toContain('approve')
    // the editor did not edit it: they may
    expect(await panelTransitions('editor', 'evidence', item.id)).toContain('approve')
  })

  test('an edit made over GraphQL counts too', async () => {
    const report = await submittedReport()
    const updated = await server.graphql(
      'mutation ($id: String!) { updateReport(id: $id, data: { title: "GraphQL rewrite" }, draft: true) { id title } }',
      { id: report.id },
      world.users.editor.token,
    )
    expect(updated.body.errors).toBeUndefined()
    expect((await transition(server, world.users.editor.token, 'reports', report.id, 'approve')).status).toBe(403)
  })

})

describe('edits during review are in the audit trail', () => {
  test('who, when and which fields, for every content edit after submission (not for drafting or saves that change nothing)', async () => {
    const report = await world.report({ title: 'Audited report' })
    // drafting before submission is not logged edit by edit
    expect((await edit('contributorOwn', 'reports', report.id, { summary: 'Drafting' })).status).toBe(200)
    expect(await eventsOf(server, report.id)).toEqual([])
    expect((await transition(server, world.users.contributorOwn.token, 'reports', report.id, 'submit')).status).toBe(200)
    // a save that changes no content is not an edit, and leaves the saver free to approve
    expect((await edit('editor', 'reports', report.id, { title: 'Audited report', summary: 'Drafting' })).status).toBe(200)
    expect((await eventsOf(server, report.id)).map((e) => e.transition)).toEqual(['submit'])
    expect(await panelTransitions('editor', 'reports', report.id)).toContain('approve')

    const before = Date.now()
    expect((await edit('editor', 'reports', report.id, { title: 'Edited in review', summary: 'Changed too' })).status).toBe(200)
    expect((await edit('contributorOwn', 'reports', report.id, { summary: 'Author answers' })).status).toBe(200)

    const trail = await eventsOf(server, report.id)
    expect(trail.map((e) => [e.transition, e.from, e.to])).toEqual([
      ['submit', 'draft', 'in_review'],
      ['edit', 'in_review', 'in_review'],
      ['edit', 'in_review', 'in_review'],
    ])
    const [, byEditor, byAuthor] = trail
    expect(byEditor).toMatchObject({ user: world.users.editor.id, comment: 'Changed: summary, title' })
    expect(byAuthor).toMatchObject({ user: world.users.contributorOwn.id, comment: 'Changed: summary' })
    expect(new Date(byEditor.createdAt).getTime()).toBeGreaterThanOrEqual(before - 1000)
    expect(byEditor.versionId).toEqual(expect.any(String))
  })

  test('editing approved content (reapproval) names the fields, and the editor may not approve it again', async () => {
    const report = await submittedReport()
    expect((await transition(server, world.users.reviewer.token, 'reports', report.id, 'approve')).status).toBe(200)
    expect((await edit('editor', 'reports', report.id, { summary: 'After approval' })).status).toBe(200)
    const last = (await eventsOf(server, report.id)).at(-1)
    expect(last).toMatchObject({ transition: 'reapproval', from: 'approved', to: 'in_review', user: world.users.editor.id, comment: 'Changed: summary' })
    expect((await transition(server, world.users.editor.token, 'reports', report.id, 'approve')).status).toBe(403)
  })
})
