import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { createWorkflowWorld, graphqlTransition, transition, type WorkflowWorld } from '../../helpers/workflowFixtures.js'
import { startTestServer, type TestServer } from '../../helpers/testServer.js'

/** Every refusal is JSON `{ errors: [{ message }] }` with a telling status, never a 500. */
let server: TestServer
let world: WorkflowWorld
let draftId: string

beforeAll(async () => {
  server = await startTestServer({ seed: false, demoUsers: false })
  world = await createWorkflowWorld(server)
  const report = await world.report({ title: 'Errors report' })
  draftId = (await world.evidence(report.id)).id
})
afterAll(async () => {
  await server?.close()
})

const editor = () => world.users.editor.token
const unknownId = '00000000-0000-4000-8000-000000000000'

describe('REST errors', () => {
  test.each([
    ['unknown document', () => transition(server, editor(), 'evidence', unknownId, 'submit'), 404, /no evidence document/],
    ['unknown transition', () => transition(server, editor(), 'evidence', draftId, 'teleport'), 404, /Unknown workflow transition "teleport"/],
    ['illegal from this stage', () => transition(server, editor(), 'evidence', draftId, 'approve'), 409, /Allowed from "draft": submit\./],
    ['not permitted', () => transition(server, world.users.reviewer.token, 'evidence', draftId, 'submit'), 403, /not allowed to submit/],
    ['anonymous', () => transition(server, undefined, 'evidence', draftId, 'submit'), 401, /Sign in/],
    ['comment not a string', () => transition(server, editor(), 'evidence', draftId, 'submit', { comment: 42 }), 400, /"comment" must be a string/],
    ['unknown assignee', () => transition(server, editor(), 'evidence', draftId, 'submit', { assignee: unknownId }), 400, /no user with ID/],
  ] as const)('%s', async (_name, call, status, message) => {
    const response = await call()
    expect(response.status).toBe(status)
    expect(response.body).toEqual({ errors: [expect.objectContaining({ message: expect.stringMatching(message) })] })
  })

  test('collections without the workflow have no workflow routes', async () => {
    expect((await transition(server, editor(), 'goals', draftId, 'submit')).status).toBe(404)
  })

  test('a 409 names the stage and the allowed transitions in its data too', async () => {
    const response = await transition(server, editor(), 'evidence', draftId, 'publish')
    expect(response.body.errors[0].data).toEqual({ stage: 'draft', allowed: ['submit'] })
  })

  test('a body that is not JSON is a 400', async () => {
    const response = await fetch(`${server.url}/api/evidence/${draftId}/workflow/submit`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `JWT ${editor()}` },
      body: '{ not json',
    })
    expect(response.status).toBe(400)
    // the server's body guard may answer first, naming where the JSON breaks
    expect((await response.json()).errors[0].message).toMatch(/^Invalid JSON/)
  })
})

describe('GraphQL errors', () => {
  test('carry the status in extensions.statusCode', async () => {
    const illegal = await graphqlTransition(server, editor(), 'evidence', draftId, 'approve')
    expect(illegal.body.errors[0]).toMatchObject({ message: expect.stringMatching(/Allowed from "draft"/), extensions: { statusCode: 409 } })
    const forbidden = await graphqlTransition(server, world.users.reviewer.token, 'evidence', draftId, 'submit')
    expect(forbidden.body.errors[0].extensions.statusCode).toBe(403)
    const missing = await graphqlTransition(server, editor(), 'evidence', unknownId, 'submit')
    expect(missing.body.errors[0].extensions.statusCode).toBe(404)
  })

  test('unknown collections and transitions are rejected by the schema enums', async () => {
    const response = await server.graphql(
      `mutation { workflowTransition(collection: goals, id: "x", transition: teleport) { state { stage } } }`,
      {},
      editor(),
    )
    expect(response.body.errors.map((e: { message: string }) => e.message).join(' ')).toMatch(/WorkflowCollectionSlug|WorkflowTransitionName/)
  })

  test('workflowDocument reads one document’s state, options and history', async () => {
    const response = await server.graphql(
      `query ($id: String!) { workflowDocument(collection: evidence, id: $id) { id state { stage status } transitions events { transition } schedules { id } } }`,
      { id: draftId },
      world.users.contributorOwn.token,
    )
    expect(response.body.errors).toBeUndefined()
    expect(response.body.data.workflowDocument).toEqual({ id: draftId, state: { stage: 'draft', status: 'draft' }, transitions: ['submit'], events: [], schedules: [] })
  })
})
