import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { createAccounts, type Account } from '../helpers/accounts.js'
import { startTestServer, type TestServer } from '../helpers/testServer.js'
import { createWorkflowWorld, eventsOf, graphqlTransition, stageOf, transition, type WorkflowWorld } from '../helpers/workflowFixtures.js'

/**
 * Issue 13, item 2: four-eyes cases that test/security/fourEyesEditing.test.ts and test/int/workflow/* leave open —
 * own submissions of a report (REST and GraphQL), staff who belong to the report's organisation, an editor who
 * edited during review and then tries to become the submitter, edits after approval followed by a publish, and
 * reviewers who edited (or tried to).
 */
let server: TestServer
let world: WorkflowWorld
/** Staff who belong to the report's organisation: membership must neither grant editing nor lift four-eyes. */
let members: Record<'reviewerOwn' | 'editorOwn', Account>

beforeAll(async () => {
  server = await startTestServer({ seed: false, demoUsers: false })
  world = await createWorkflowWorld(server)
  members = await createAccounts(
    server,
    { reviewerOwn: { role: 'reviewer', organisations: [world.orgA.id] }, editorOwn: { role: 'editor', organisations: [world.orgA.id] } },
    (name) => `${name.toLowerCase()}@four-eyes.test`,
  )
})
afterAll(async () => {
  await server?.close()
})

const edit = (token: string, id: string, data: Record<string, unknown>) =>
  server.request(`/api/reports/${id}?draft=true`, { method: 'PATCH', body: data, token })
const offered = async (token: string, id: string): Promise<string[]> => (await server.request(`/api/reports/${id}/workflow`, { token })).body.transitions
const stored = (id: string) => server.payload.findByID({ collection: 'reports', id, draft: true, depth: 0 })

/** A report of organisation A that `submitter` sent to review. */
const inReview = async (submitter: string) => {
  const report = await world.report({ title: `Four-eyes ${Date.now()} ${Math.random()}` })
  expect((await transition(server, submitter, 'reports', report.id, 'submit')).status).toBe(200)
  return report
}

describe('own submission', () => {
  test.each(['editor', 'admin', 'editorOwn'] as const)('a %s cannot approve a report they submitted, over REST or GraphQL; the panel hides it', async (who) => {
    const token = who === 'editorOwn' ? members.editorOwn.token : world.users[who].token
    const report = await inReview(token)
    expect(await offered(token, report.id)).not.toContain('approve')
    const rest = await transition(server, token, 'reports', report.id, 'approve')
    const graphql = await graphqlTransition(server, token, 'reports', report.id, 'approve')
    expect([rest.status, rest.body.errors[0].message]).toEqual([403, expect.stringMatching(/submitted this document cannot also approve/)])
    expect(graphql.body.errors?.[0]?.message).toMatch(/submitted this document cannot also approve/)
    expect(await stored(report.id)).toMatchObject({ workflow: { stage: 'in_review', approvedBy: null } })
    expect((await eventsOf(server, report.id)).map((e) => e.transition)).toEqual(['submit'])
  })
})

describe('edit during review, then approve', () => {
  test('the content approved is the edited content, approved by someone who did not edit it', async () => {
    const report = await inReview(world.users.contributorOwn.token)
    expect((await edit(world.users.editor.token, report.id, { title: 'Edited in review' })).status).toBe(200)
    expect((await transition(server, world.users.editor.token, 'reports', report.id, 'approve')).status).toBe(403)
    expect((await transition(server, world.users.reviewer.token, 'reports', report.id, 'approve')).status).toBe(200)
    expect(await stored(report.id)).toMatchObject({ title: 'Edited in review', workflow: { stage: 'approved', approvedBy: world.users.reviewer.id } })
  })

  test('an editor who edited cannot clear their trail by withdrawing and submitting it themselves', async () => {
    const report = await inReview(world.users.contributorOwn.token)
    expect((await edit(world.users.editor.token, report.id, { summary: 'The editor’s words' })).status).toBe(200)
    expect((await transition(server, world.users.editor.token, 'reports', report.id, 'withdraw')).status).toBe(200)
    expect((await transition(server, world.users.editor.token, 'reports', report.id, 'submit')).status).toBe(200)
    // now they are the submitter: still not theirs to approve
    expect((await transition(server, world.users.editor.token, 'reports', report.id, 'approve')).status).toBe(403)
    expect(await stageOf(server, 'reports', report.id)).toBe('in_review')
  })

  test('an editor of the report’s own organisation who edited cannot approve either', async () => {
    const report = await inReview(world.users.contributorOwn.token)
    expect((await edit(members.editorOwn.token, report.id, { summary: 'Member edit' })).status).toBe(200)
    expect(await offered(members.editorOwn.token, report.id)).not.toContain('approve')
    expect((await transition(server, members.editorOwn.token, 'reports', report.id, 'approve')).status).toBe(403)
  })
})

describe('edit after approval', () => {
  test('sends it back to review: no publish of the unapproved change, and the editor who made it may not approve it', async () => {
    const report = await inReview(world.users.contributorOwn.token)
    expect((await transition(server, world.users.reviewer.token, 'reports', report.id, 'approve')).status).toBe(200)
    expect((await edit(world.users.editor.token, report.id, { title: 'Changed after approval' })).status).toBe(200)
    expect(await stored(report.id)).toMatchObject({ workflow: { stage: 'in_review', approvedBy: null } })
    const publish = await transition(server, world.users.editor.token, 'reports', report.id, 'publish')
    expect(publish.status).toBe(409)
    expect((await server.request(`/api/reports/${report.id}?depth=0`)).status).toBe(404)
    expect((await transition(server, world.users.editor.token, 'reports', report.id, 'approve')).status).toBe(403)
    // the reviewer who approved the earlier content did not write this change: they may approve it
    expect((await transition(server, world.users.reviewer.token, 'reports', report.id, 'approve')).status).toBe(200)
  })
})

describe('a reviewer who edited', () => {
  test.each(['reviewer', 'reviewerOwn'] as const)('a %s cannot edit in review (membership or not): refused, unchanged, not an author, still free to approve', async (who) => {
    const token = who === 'reviewerOwn' ? members.reviewerOwn.token : world.users.reviewer.token
    const report = await inReview(world.users.contributorOwn.token)
    const before = await stored(report.id)
    const attempt = await edit(token, report.id, { title: `Rewritten by ${who}` })
    expect([403, 404]).toContain(attempt.status)
    expect((await stored(report.id)).title).toBe(before.title)
    expect((await eventsOf(server, report.id)).map((e) => e.transition)).toEqual(['submit'])
    expect((await transition(server, token, 'reports', report.id, 'approve')).status).toBe(200)
  })

  test('someone who edited as an editor and is now a reviewer still may not approve what they changed', async () => {
    const [account] = Object.values(
      await createAccounts(server, { demoted: { role: 'editor', organisations: [] } }, () => `demoted-${Date.now()}@four-eyes.test`),
    )
    const report = await inReview(world.users.contributorOwn.token)
    expect((await edit(account.token, report.id, { summary: 'Written while an editor' })).status).toBe(200)
    await server.payload.update({ collection: 'users', id: account.id, data: { role: 'reviewer' } })
    const refused = await transition(server, account.token, 'reports', report.id, 'approve')
    expect([refused.status, refused.body.errors?.[0]?.message]).toEqual([403, expect.stringMatching(/you changed this document since it was submitted/)])
    expect(await stageOf(server, 'reports', report.id)).toBe('in_review')
  })
})
