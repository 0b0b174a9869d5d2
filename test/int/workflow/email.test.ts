import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { createWorkflowWorld, stageOf, transition, type WorkflowWorld } from '../../helpers/workflowFixtures.js'
import { captureEmails } from '../../helpers/workflowEmail.js'
import { startTestServer, type TestServer } from '../../helpers/testServer.js'

/**
 * Transition emails go through Payload's email adapter, after the commit, to the people who act next:
 * a submission to those who may approve it (or to its assignee), a review's answer to the submitter, a publish
 * to the submitter and those who wrote the item. Nobody is emailed about their own action.
 */
let server: TestServer
let world: WorkflowWorld
let reportId: string
const mail = captureEmails()

beforeAll(async () => {
  server = await startTestServer({ seed: false, demoUsers: false, extend: (config) => ({ ...config, email: mail.adapter }) })
  world = await createWorkflowWorld(server)
  reportId = (await world.report({ title: 'Mailed report' })).id
  const { docs } = await server.payload.find({ collection: 'users', where: { email: { like: 'owner-' } }, limit: 1 })
  ownerEmail = docs[0].email
})
afterAll(async () => {
  await server?.close()
})

const recipients = () => mail.sent.map((m) => m.to).sort()
const emailsOf = (...actors: (keyof WorkflowWorld['users'] | 'owner')[]) =>
  actors.map((actor) => (actor === 'owner' ? ownerEmail : world.users[actor].email)).sort()
/** The admin account that createAccounts makes first on an empty install: an approver like any admin. */
let ownerEmail: string

describe('workflow emails', () => {
  test('a submission without an assignee goes to everyone who may approve it, never to the submitter', async () => {
    const item = await world.evidence(reportId, { title: 'Submitted evidence' })
    mail.sent.length = 0
    const response = await transition(server, world.users.contributorOwn.token, 'evidence', item.id, 'submit', { comment: 'Ready' })
    expect(response.status).toBe(200)
    expect(recipients()).toEqual(emailsOf('reviewer', 'reviewer2', 'editor', 'admin', 'owner'))
    expect(recipients()).not.toContain(world.users.contributorOwn.email)
    expect(mail.sent[0].subject).toBe('Submitted evidence: Submit for review (Draft → In review)')
    expect(String(mail.sent[0].text)).toContain('The contributorOwn moved "Submitted evidence"')
    expect(String(mail.sent[0].text)).toContain('Ready')
  })

  test('an editor submitting does not mail themselves; the other approvers are told', async () => {
    const item = await world.evidence(reportId)
    mail.sent.length = 0
    expect((await transition(server, world.users.editor.token, 'evidence', item.id, 'submit')).status).toBe(200)
    expect(recipients()).toEqual(emailsOf('reviewer', 'reviewer2', 'admin', 'owner'))
  })

  test('a submission with an assignee goes to the assignee only', async () => {
    const item = await world.evidence(reportId, { title: 'Assigned evidence' })
    mail.sent.length = 0
    const response = await transition(server, world.users.contributorOwn.token, 'evidence', item.id, 'submit', {
      comment: 'Over to you',
      assignee: world.users.reviewer2.id,
    })
    expect(response.status).toBe(200)
    expect(recipients()).toEqual(emailsOf('reviewer2'))
  })

  test('request-changes and approve go to the submitter', async () => {
    const item = await world.evidence(reportId)
    await transition(server, world.users.contributorOwn.token, 'evidence', item.id, 'submit')
    mail.sent.length = 0
    await transition(server, world.users.reviewer.token, 'evidence', item.id, 'request-changes', { comment: 'Needs a source' })
    expect(recipients()).toEqual(emailsOf('contributorOwn'))
    expect(mail.sent[0].subject).toMatch(/Request changes \(In review → Changes requested\)/)
    expect(String(mail.sent[0].text)).toContain('Needs a source')

    await transition(server, world.users.contributorOwn.token, 'evidence', item.id, 'submit')
    mail.sent.length = 0
    expect((await transition(server, world.users.reviewer.token, 'evidence', item.id, 'approve')).status).toBe(200)
    expect(recipients()).toEqual(emailsOf('contributorOwn'))
  })

  test('publish goes to the submitter and those who edited the item, not to the publisher', async () => {
    const item = await world.evidence(reportId, { status: 'published', workflow: { stage: 'published' } })
    // the admin edits the live item (an audit-trail `edit`), the contributor submits the next draft
    const edited = await fetch(`${server.url}/api/evidence/${item.id}?draft=true`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', authorization: `JWT ${world.users.admin.token}` },
      body: JSON.stringify({ title: 'Edited live evidence' }),
    })
    expect(edited.status).toBe(200)
    await transition(server, world.users.contributorOwn.token, 'evidence', item.id, 'submit')
    await transition(server, world.users.reviewer.token, 'evidence', item.id, 'approve')
    mail.sent.length = 0
    expect((await transition(server, world.users.editor.token, 'evidence', item.id, 'publish')).status).toBe(200)
    expect(recipients()).toEqual(emailsOf('contributorOwn', 'admin'))
  })

  test('a refused transition sends nothing', async () => {
    const item = await world.evidence(reportId, { workflow: { stage: 'in_review', submittedBy: world.users.contributorOwn.id } })
    mail.sent.length = 0
    expect((await transition(server, world.users.contributorOwn.token, 'evidence', item.id, 'approve')).status).toBe(403)
    expect((await transition(server, world.users.editor.token, 'evidence', item.id, 'publish')).status).toBe(409)
    expect(mail.sent).toEqual([])
  })

  test('a failing mail server does not undo or fail the transition', async () => {
    const item = await world.evidence(reportId)
    mail.control.fail = true
    try {
      const response = await transition(server, world.users.contributorOwn.token, 'evidence', item.id, 'submit')
      expect(response.status).toBe(200)
    } finally {
      mail.control.fail = false
    }
    expect(await stageOf(server, 'evidence', item.id)).toBe('in_review')
  })
})
