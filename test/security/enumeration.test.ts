import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { createWorkflowWorld, transition, type WorkflowWorld } from '../helpers/workflowFixtures.js'
import { startTestServer, type TestServer } from '../helpers/testServer.js'

/**
 * Issue 8, finding 4: nobody learns other users' emails, names or roles by filtering or sorting through a
 * relationship into `users` (workflow.submittedBy/approvedBy/assignee, workflow-events.user, schedules' scheduledBy),
 * over REST, GraphQL or the Local API with `overrideAccess: false`. The answer for an existing email is the
 * answer for one that exists nowhere: a 400 naming the path.
 */
let server: TestServer
let world: WorkflowWorld
let reportId: string
let evidenceId: string

const existing = 'reviewer-' // a fragment of the reviewer's and reviewer2's emails
const missing = 'nobody-at-all'

beforeAll(async () => {
  server = await startTestServer({ seed: false, demoUsers: false })
  world = await createWorkflowWorld(server)
  const report = await world.report({ title: 'Enumerated report' })
  reportId = report.id
  evidenceId = (await world.evidence(report.id, { title: 'Enumerated evidence' })).id
  const { contributorOwn, reviewer, editor } = world.users
  for (const [collection, id] of [['reports', reportId], ['evidence', evidenceId]] as const) {
    expect((await transition(server, contributorOwn.token, collection, id, 'submit', { assignee: reviewer.id })).status).toBe(200)
    expect((await transition(server, reviewer.token, collection, id, 'approve', { comment: 'fine' })).status).toBe(200)
  }
  const at = new Date(Date.now() + 86_400_000).toISOString()
  expect((await server.request(`/api/evidence/${evidenceId}/workflow/schedule`, { body: { transition: 'publish', at }, token: editor.token })).status).toBe(201)
})
afterAll(async () => {
  await server?.close()
})

const answer = async (pathname: string, token?: string) => {
  const { status, body } = await server.request(pathname, { token })
  return { status, totalDocs: body?.totalDocs, docs: body?.docs?.length, message: body?.errors?.[0]?.message }
}

/** The same request for an existing and a missing email fragment: the two answers and the first. */
const probe = async (template: (value: string) => string, token?: string) => {
  const hit = await answer(template(existing), token)
  const miss = await answer(template(missing), token)
  return { hit, miss }
}

const userPaths = ['workflow.submittedBy.email', 'workflow.approvedBy.email', 'workflow.assignee.email', 'workflow.assignee.role', 'workflow.approvedBy.name']

describe('where-queries through relationships into users', () => {
  test('a contributor gets the same 400 for existing and missing emails, drafts and published, on every users path', async () => {
    const token = world.users.contributorOwn.token
    let probes = 0
    for (const collection of ['reports', 'evidence']) {
      for (const path of userPaths) {
        for (const draft of ['false', 'true']) {
          const { hit, miss } = await probe((value) => `/api/${collection}?draft=${draft}&depth=0&where[${path}][like]=${value}`, token)
          expect({ collection, path, draft, hit }).toEqual({ collection, path, draft, hit: miss })
          expect(hit.status).toBe(400)
          expect(hit.message).toContain(path.split('.').slice(0, 2).join('.'))
          probes++
        }
      }
    }
    expect(probes).toBe(20)
  })

  test('nor through counts, versions, joins, or/and nesting and bulk writes', async () => {
    const token = world.users.contributorOwn.token
    const templates = [
      (v: string) => `/api/reports/count?where[workflow.approvedBy.email][like]=${v}`,
      (v: string) => `/api/reports/versions?where[version.workflow.approvedBy.email][like]=${v}`,
      (v: string) => `/api/reports?where[or][0][title][equals]=x&where[or][1][workflow.assignee.email][like]=${v}`,
      (v: string) => `/api/reports/${reportId}?draft=true&joins[evidence][where][workflow.approvedBy.email][like]=${v}`,
      (v: string) => `/api/reports?draft=true&joins[evidence][where][workflow.assignee.role][equals]=${v}`,
    ]
    for (const template of templates) {
      const { hit, miss } = await probe(template, token)
      expect(hit).toEqual(miss)
      expect(hit.status).toBe(400)
    }
    // a bulk update that matched by a user's email would tell by how many documents it changed
    for (const value of [existing, missing]) {
      const bulk = await server.request(`/api/reports?draft=true&where[workflow.assignee.email][like]=${value}`, {
        method: 'PATCH',
        body: { title: 'renamed' },
        token,
      })
      expect(bulk.status).toBe(400)
    }
    expect((await server.payload.findByID({ collection: 'reports', id: reportId, draft: true })).title).toBe('Enumerated report')
  })

  test('sorting by a user field is refused too (the order would rank hidden emails)', async () => {
    const token = world.users.contributorOwn.token
    for (const sort of ['workflow.assignee.email', '-workflow.submittedBy.name', 'title,workflow.approvedBy.role']) {
      const response = await answer(`/api/reports?draft=true&sort=${sort}`, token)
      expect(response.status).toBe(400)
    }
  })

  test('staff are held to the same rule: reviewers and editors cannot list users either', async () => {
    for (const actor of ['reviewer', 'editor'] as const) {
      const token = world.users[actor].token
      for (const template of [
        (v: string) => `/api/reports?draft=true&where[workflow.submittedBy.email][like]=${v}`,
        (v: string) => `/api/workflow-events?where[user.email][like]=${v}`,
        (v: string) => `/api/workflow-schedules?where[scheduledBy.role][like]=${v}`,
      ]) {
        const { hit, miss } = await probe(template, token)
        expect(hit).toEqual(miss)
        expect(hit.status).toBe(400)
      }
    }
  })

  test('the same email filter is refused to an editor and answered for an admin (who reads users); IDs filter for all', async () => {
    const { editor, admin, reviewer, contributorOwn } = world.users
    const refused = await answer(`/api/reports?draft=true&where[workflow.approvedBy.email][like]=${existing}`, editor.token)
    expect(refused.status).toBe(400)
    const byId = await answer(`/api/reports?draft=true&where[workflow.assignee][equals]=${reviewer.id}`, editor.token)
    expect(byId).toMatchObject({ status: 200, totalDocs: 1 })
    const byIdPath = await answer(`/api/reports?draft=true&where[workflow.assignee.id][equals]=${reviewer.id}`, contributorOwn.token)
    expect(byIdPath).toMatchObject({ status: 200, totalDocs: 1 })
    const { hit, miss } = await probe((v) => `/api/reports?draft=true&where[workflow.approvedBy.email][like]=${v}`, admin.token)
    expect([hit.status, hit.totalDocs, miss.status, miss.totalDocs]).toEqual([200, 1, 200, 0])
    // paths into collections everyone reads are untouched
    const anonymous = await answer(`/api/reports?where[organisation.name][like]=Workflow`)
    expect(anonymous.status).toBe(200)
  })
})

describe('GraphQL', () => {
  const reports = (value: string, extra = '') =>
    `query { Reports(draft: true${extra}, where: { workflow__approvedBy: { exists: true }, title: { like: "${value}" } }) { totalDocs } }`

  test('a sort through users is refused; where-paths into users do not exist in the schema', async () => {
    const token = world.users.contributorOwn.token
    const sorted = await server.graphql(reports('Enumerated', ', sort: "workflow.approvedBy.email"'), {}, token)
    expect(sorted.body.data?.Reports ?? null).toBeNull()
    expect(sorted.body.errors[0].message).toContain('workflow.approvedBy')
    const answers = []
    for (const value of [existing, missing]) {
      const query = `query { Reports(draft: true, where: { workflow__approvedBy__email: { like: "${value}" } }) { totalDocs } }`
      const { body } = await server.graphql(query, {}, token)
      answers.push({ data: body.data ?? null, failed: Boolean(body.errors?.length) })
    }
    expect(answers[0]).toEqual(answers[1])
    expect(answers[0].failed).toBe(true)
    const evidence = await server.graphql(
      `query { EvidenceItems(draft: true, sort: "-workflow.assignee.role") { totalDocs } }`,
      {},
      token,
    )
    expect(evidence.body.errors[0].message).toContain('workflow.assignee')
  })
})

describe('Local API with overrideAccess: false', () => {
  const asUser = async (id: string) => ({ ...(await server.payload.findByID({ collection: 'users', id })), collection: 'users' as const })

  test('refuses a contributor, answers an admin, and leaves system calls alone', async () => {
    const contributor = await asUser(world.users.contributorOwn.id)
    const where = { 'workflow.approvedBy.email': { like: existing } }
    await expect(
      server.payload.find({ collection: 'reports', draft: true, overrideAccess: false, user: contributor, where }),
    ).rejects.toMatchObject({ status: 400 })
    await expect(
      server.payload.count({ collection: 'evidence', overrideAccess: false, user: contributor, where }),
    ).rejects.toMatchObject({ status: 400 })
    const admin = await asUser(world.users.admin.id)
    expect((await server.payload.find({ collection: 'reports', draft: true, overrideAccess: false, user: admin, where })).totalDocs).toBe(1)
    expect((await server.payload.find({ collection: 'reports', draft: true, where })).totalDocs).toBe(1)
  })
})

describe('users', () => {
  test('a contributor learns nothing of other accounts: only their own is listed, none is found through the workflow', async () => {
    const { contributorOwn, reviewer } = world.users
    const { hit: throughWorkflow, miss: throughNothing } = await probe(
      (v) => `/api/evidence?draft=true&where[workflow.assignee.email][like]=${v}`,
      contributorOwn.token,
    )
    expect(throughWorkflow).toEqual(throughNothing)
    const list = await server.request('/api/users?limit=100', { token: contributorOwn.token })
    expect(list.status).toBe(200)
    expect(list.body.docs.map((u: { id: string }) => u.id)).toEqual([contributorOwn.id])
    const { hit, miss } = await probe((v) => `/api/users?where[email][like]=${v}`, contributorOwn.token)
    expect(hit).toEqual(miss)
    expect((await server.request(`/api/users/${reviewer.id}`, { token: contributorOwn.token })).status).toBe(404)
    const graphql = await server.graphql(`query { Users(limit: 100) { docs { id email } } }`, {}, contributorOwn.token)
    expect(graphql.body.data.Users.docs).toEqual([{ id: contributorOwn.id, email: contributorOwn.email }])
    expect((await server.request('/api/users')).status).toBe(403)
  })
})
