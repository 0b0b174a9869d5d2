/**
 * "Waiting for you" shows the last comment (issue 9, item 11): GET /api/workflow/queue gives each item the newest
 * review comment of its history, to those who may read that history.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals'
import { startTestServer, type TestServer } from '../../helpers/testServer.js'
import { createWorkflowWorld, transition, type WorkflowWorld } from '../../helpers/workflowFixtures.js'

let server: TestServer
let world: WorkflowWorld

beforeAll(async () => {
  server = await startTestServer({ seed: false, demoUsers: false })
  world = await createWorkflowWorld(server)
}, 60_000)
afterAll(async () => {
  await server?.close()
})

type QueueItem = { id: string; stage: string; lastComment: null | { comment: string; transition: string } }
const queueOf = async (token: string) => {
  const { status, body } = await server.request('/api/workflow/queue', { token })
  expect(status).toBe(200)
  return body.docs as QueueItem[]
}

test('the reviewer sees the submitter’s note, the contributor the reviewer’s answer; items without comments have none', async () => {
  const report = await world.report()
  const commented = await world.evidence(report.id)
  const silent = await world.evidence(report.id)
  const own = world.users.contributorOwn.token
  expect((await transition(server, own, 'evidence', commented.id, 'submit', { comment: 'Figures from the 2023 audit.' })).status).toBe(200)
  expect((await transition(server, own, 'evidence', silent.id, 'submit')).status).toBe(200)

  const forReviewer = await queueOf(world.users.reviewer.token)
  expect(forReviewer.find((i) => i.id === commented.id)?.lastComment).toMatchObject({ comment: 'Figures from the 2023 audit.', transition: 'submit' })
  expect(forReviewer.find((i) => i.id === silent.id)?.lastComment).toBeNull()

  const answer = 'The source link is missing: add it, please.'
  expect((await transition(server, world.users.reviewer.token, 'evidence', commented.id, 'request-changes', { comment: answer })).status).toBe(200)
  const forContributor = await queueOf(own)
  expect(forContributor.find((i) => i.id === commented.id)?.lastComment).toMatchObject({ comment: answer, transition: 'request-changes' })
})
