import { randomUUID } from 'node:crypto'
import { configToSchema } from '@payloadcms/graphql'
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { buildConfig, createLocalReq, getPayload, handleEndpoints, type Payload, type SanitizedConfig } from 'payload'
import { workflowPlugin } from '../../../plugins/workflow/index.js'
import { localAPI } from '../../../plugins/workflow/services/localApi.js'
import { minimalConfig, unitRoleOf } from '../../helpers/workflowMinimalConfig.js'

/** The plugin on a real Payload with a temp SQLite file, driven through Payload's own REST handler. */
let payload: Payload
let config: SanitizedConfig
let cleanup: () => void
const key = `workflow-unit-${randomUUID()}`
const tokens: Record<'author' | 'boss', string> = { author: '', boss: '' }

const call = async (method: string, pathname: string, token: string, body?: unknown) => {
  const response = await handleEndpoints({
    config,
    payloadInstanceCacheKey: key,
    request: new Request(`http://localhost/api${pathname}`, {
      method,
      headers: { authorization: `JWT ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    }),
  })
  return { status: response.status, body: await response.json() }
}

beforeAll(async () => {
  const minimal = minimalConfig()
  cleanup = minimal.cleanup
  config = await buildConfig(
    workflowPlugin({
      collections: ['posts'],
      access: { transitions: { publish: ({ req }) => unitRoleOf(req) === 'boss', approve: ({ req }) => unitRoleOf(req) === 'boss' } },
      notifications: { email: false },
    })(minimal.config),
  )
  payload = await getPayload({ config, key })
  // this config's collections are not impact-cms's, so not in payload-types: the plugin's untyped Local API
  const req = await createLocalReq({}, payload)
  for (const role of ['author', 'boss'] as const) {
    const email = `${role}@unit.test`
    await localAPI(req).create({ collection: 'users', data: { email, password: 'unit-password', role }, overrideAccess: true, req })
    tokens[role] = (await payload.login({ collection: 'users', data: { email, password: 'unit-password' } })).token ?? ''
  }
})

afterAll(async () => {
  await payload?.destroy()
  cleanup?.()
})

describe('workflow on a minimal posts config', () => {
  test('a post goes draft → in_review → approved → published, with an event per step', async () => {
    const created = await call('POST', '/posts', tokens.author, { title: 'Hello' })
    expect(created.status).toBe(201)
    const id = created.body.doc.id as string
    expect(created.body.doc.workflow.stage).toBe('draft')
    expect(created.body.doc.hostHookRan).toBe(true)

    const submitted = await call('POST', `/posts/${id}/workflow/submit`, tokens.author, { comment: 'ready' })
    expect(submitted.status).toBe(200)
    expect(submitted.body.state).toMatchObject({ stage: 'in_review', previousStage: 'draft', status: 'draft' })
    expect(submitted.body.event).toMatchObject({ transition: 'submit', from: 'draft', to: 'in_review', comment: 'ready' })

    expect((await call('POST', `/posts/${id}/workflow/approve`, tokens.author)).status).toBe(403)
    expect((await call('POST', `/posts/${id}/workflow/publish`, tokens.boss)).status).toBe(409)
    expect((await call('POST', `/posts/${id}/workflow/approve`, tokens.boss)).status).toBe(200)
    const published = await call('POST', `/posts/${id}/workflow/publish`, tokens.boss)
    expect(published.status).toBe(200)
    expect(published.body.state).toMatchObject({ stage: 'published', status: 'published' })

    const req = await createLocalReq({}, payload)
    const live = await localAPI(req).findByID({ collection: 'posts', id, depth: 0, overrideAccess: true, disableErrors: true, req })
    expect(live?._status).toBe('published')
    const events = await localAPI(req).find({ collection: 'workflow-events', where: { docId: { equals: id } }, sort: 'createdAt', overrideAccess: true, req })
    expect(events.docs.map((e) => e.transition)).toEqual(['submit', 'approve', 'publish'])
  })

  test('a user cannot publish with a plain update, and the workflow group ignores their edits', async () => {
    const created = await call('POST', '/posts', tokens.boss, { title: 'Sneaky' })
    const id = created.body.doc.id as string
    const patched = await call('PATCH', `/posts/${id}`, tokens.boss, { _status: 'published' })
    expect(patched.status).toBe(403)
    const stageEdit = await call('PATCH', `/posts/${id}?draft=true`, tokens.boss, { workflow: { stage: 'approved' } })
    expect(stageEdit.status).toBe(200)
    expect(stageEdit.body.doc.workflow.stage).toBe('draft')
  })

  test('an unknown transition is a JSON 404, not a 500', async () => {
    const created = await call('POST', '/posts', tokens.author, { title: 'Other' })
    const response = await call('POST', `/posts/${created.body.doc.id}/workflow/teleport`, tokens.author)
    expect(response.status).toBe(404)
    expect(response.body.errors[0].message).toMatch(/Unknown workflow transition "teleport"/)
  })

  test('the GraphQL schema has the workflow mutation and queries next to the host query', () => {
    const { schema } = configToSchema(config)
    const mutation = schema.getMutationType()?.getFields().workflowTransition
    expect(mutation?.args.map((a) => a.name)).toEqual(['collection', 'id', 'transition', 'comment', 'assignee', 'excludeUnapproved'])
    expect(String(mutation?.type)).toBe('WorkflowTransitionResult!')
    expect(Object.keys(schema.getQueryType()?.getFields() ?? {})).toEqual(expect.arrayContaining(['hostQuery', 'workflowQueue', 'workflowDocument']))
    const transitions = schema.getType('WorkflowTransitionName')
    expect(transitions && 'getValues' in transitions ? transitions.getValues().map((v) => v.name) : []).toEqual([
      'submit',
      'request_changes',
      'approve',
      'publish',
      'unpublish',
      'withdraw',
    ])
  })
})
