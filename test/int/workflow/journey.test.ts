import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { createWorkflowWorld, eventsOf, graphqlTransition, transition, type WorkflowWorld } from '../../helpers/workflowFixtures.js'
import { startTestServer, type TestServer } from '../../helpers/testServer.js'

/**
 * The editorial journey of one evidence item over real HTTP, and what an anonymous reader sees at each point:
 * contributor creates and submits, reviewer requests changes, contributor fixes and resubmits, reviewer
 * approves, editor publishes.
 */
let server: TestServer
let world: WorkflowWorld
let reportId: string

beforeAll(async () => {
  server = await startTestServer({ seed: false, demoUsers: false })
  world = await createWorkflowWorld(server)
  // the report is live already (as a seed would leave it): children are public once they are published too
  reportId = (await world.report({ title: 'Live report', status: 'published' })).id
})
afterAll(async () => {
  await server?.close()
})

const anonymousSees = async (id: string) => {
  const rest = await server.request(`/api/evidence?where[id][equals]=${id}&depth=0`)
  expect(rest.status).toBe(200)
  const graphql = await server.graphql(`query ($id: String) { EvidenceItems(where: { id: { equals: $id } }) { docs { id title } } }`, { id })
  expect(graphql.body.errors).toBeUndefined()
  const restTitles = (rest.body.docs as { title: string }[]).map((d) => d.title)
  const graphqlTitles = (graphql.body.data.EvidenceItems.docs as { title: string }[]).map((d) => d.title)
  expect(graphqlTitles).toEqual(restTitles)
  return restTitles
}

describe('evidence from draft to published', () => {
  test('the whole journey, with anonymous readers seeing nothing until the editor publishes', async () => {
    const { users } = world
    const created = await server.request('/api/evidence', {
      body: { report: reportId, title: 'Falls reduced', goal: world.goal.id },
      token: users.contributorOwn.token,
    })
    expect(created.status).toBe(201)
    const id = created.body.doc.id as string
    expect(created.body.doc.workflow.stage).toBe('draft')
    expect(await anonymousSees(id)).toEqual([])

    const submitted = await transition(server, users.contributorOwn.token, 'evidence', id, 'submit', { comment: 'Please review' })
    expect(submitted.status).toBe(200)
    expect(submitted.body.state).toMatchObject({ stage: 'in_review', previousStage: 'draft', submittedBy: users.contributorOwn.id })
    expect(await anonymousSees(id)).toEqual([])

    const changes = await transition(server, users.reviewer.token, 'evidence', id, 'request-changes', {
      comment: 'Add the baseline year',
      assignee: users.contributorOwn.id,
    })
    expect(changes.status).toBe(200)
    expect(changes.body.state).toMatchObject({ stage: 'changes_requested', assignee: users.contributorOwn.id })
    expect(changes.body.event).toMatchObject({ transition: 'request-changes', from: 'in_review', to: 'changes_requested', comment: 'Add the baseline year' })

    const edited = await server.request(`/api/evidence/${id}?draft=true`, {
      method: 'PATCH',
      body: { title: 'Falls reduced by 20% since 2021' },
      token: users.contributorOwn.token,
    })
    expect(edited.status).toBe(200)
    expect(edited.body.doc.workflow.stage).toBe('changes_requested')

    // the resubmission goes over GraphQL: the same service behind both APIs
    const resubmitted = await graphqlTransition(server, users.contributorOwn.token, 'evidence', id, 'submit', { comment: 'Done' })
    expect(resubmitted.body.errors).toBeUndefined()
    expect(resubmitted.body.data.workflowTransition.state).toMatchObject({ stage: 'in_review', previousStage: 'changes_requested' })

    const approved = await transition(server, users.reviewer.token, 'evidence', id, 'approve')
    expect(approved.status).toBe(200)
    expect(approved.body.state).toMatchObject({ stage: 'approved', approvedBy: users.reviewer.id })
    expect(approved.body.state.approvedVersion).toEqual(expect.any(String))
    expect(await anonymousSees(id)).toEqual([])

    const published = await transition(server, users.editor.token, 'evidence', id, 'publish', { comment: 'Going live' })
    expect(published.status).toBe(200)
    expect(published.body.state).toMatchObject({ stage: 'published', previousStage: 'approved', status: 'published' })
    expect(await anonymousSees(id)).toEqual(['Falls reduced by 20% since 2021'])

    const trail = await eventsOf(server, id)
    expect(trail.map((e) => [e.transition, e.from, e.to])).toEqual([
      ['submit', 'draft', 'in_review'],
      ['request-changes', 'in_review', 'changes_requested'],
      // the contributor's answer to the review: an edit after submission is in the trail, with its fields
      ['edit', 'changes_requested', 'changes_requested'],
      ['submit', 'changes_requested', 'in_review'],
      ['approve', 'in_review', 'approved'],
      ['publish', 'approved', 'published'],
    ])
    expect(trail[2].comment).toBe('Changed: title')
    expect(trail.map((e) => e.user)).toEqual([
      users.contributorOwn.id,
      users.reviewer.id,
      users.contributorOwn.id,
      users.contributorOwn.id,
      users.reviewer.id,
      users.editor.id,
    ])
    expect(trail.every((e) => typeof e.versionId === 'string')).toBe(true)
  })

  test('the document workflow endpoint gives the stage, what the user may do next, and the history', async () => {
    const { users } = world
    const id = (await world.evidence(reportId, { workflow: { stage: 'in_review', submittedBy: world.author.id } })).id
    await transition(server, users.reviewer.token, 'evidence', id, 'request-changes', { comment: 'Cite the source' })
    const forContributor = await server.request(`/api/evidence/${id}/workflow`, { token: users.contributorOwn.token })
    expect(forContributor.status).toBe(200)
    expect(forContributor.body.state.stage).toBe('changes_requested')
    expect(forContributor.body.transitions).toEqual(['submit'])
    // contributors may not list the audit trail, but they see the history of what they can open
    expect(forContributor.body.events.map((e: { comment: string }) => e.comment)).toEqual(['Cite the source'])
    const forOtherOrganisation = await server.request(`/api/evidence/${id}/workflow`, { token: users.contributorOther.token })
    expect(forOtherOrganisation.status).toBe(404)
    const anonymous = await server.request(`/api/evidence/${id}/workflow`)
    expect(anonymous.status).toBe(401)
  })
})
