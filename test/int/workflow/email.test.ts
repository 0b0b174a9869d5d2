import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { createWorkflowWorld, stageOf, transition, type WorkflowWorld } from '../../helpers/workflowFixtures.js'
import { captureEmails } from '../../helpers/workflowEmail.js'
import { startTestServer, type TestServer } from '../../helpers/testServer.js'

/** Transition emails go through Payload's email adapter to the assignee and the submitter, after the commit. */
let server: TestServer
let world: WorkflowWorld
let reportId: string
const mail = captureEmails()

beforeAll(async () => {
  server = await startTestServer({ seed: false, demoUsers: false, extend: (config) => ({ ...config, email: mail.adapter }) })
  world = await createWorkflowWorld(server)
  reportId = (await world.report({ title: 'Mailed report' })).id
})
afterAll(async () => {
  await server?.close()
})

const recipients = () => mail.sent.map((m) => m.to).sort()

describe('workflow emails', () => {
  test('submitting with an assignee mails the assignee and the submitter', async () => {
    const { users } = world
    const item = await world.evidence(reportId, { title: 'Mailed evidence' })
    mail.sent.length = 0
    const response = await transition(server, users.contributorOwn.token, 'evidence', item.id, 'submit', {
      comment: 'Over to you',
      assignee: users.reviewer.id,
    })
    expect(response.status).toBe(200)
    expect(recipients()).toEqual([users.contributorOwn.email, users.reviewer.email].sort())
    const [message] = mail.sent
    expect(message.subject).toBe('Mailed evidence: Submit for review (Draft → In review)')
    expect(String(message.text)).toContain('Over to you')
    expect(String(message.text)).toContain('The contributorOwn moved "Mailed evidence"')

    mail.sent.length = 0
    await transition(server, users.reviewer.token, 'evidence', item.id, 'request-changes', { comment: 'Needs a source', assignee: users.contributorOwn.id })
    expect(recipients()).toEqual([users.contributorOwn.email])
    expect(mail.sent[0].subject).toMatch(/Request changes \(In review → Changes requested\)/)
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
