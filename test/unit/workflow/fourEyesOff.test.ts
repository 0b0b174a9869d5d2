import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, expect, test } from '@jest/globals'
import { buildConfig, createLocalReq, getPayload, type Payload, type TypedUser } from 'payload'
import { performTransition, workflowPlugin } from '../../../plugins/workflow/index.js'
import { sanitizeOptions } from '../../../plugins/workflow/sanitizeOptions.js'
import { localAPI } from '../../../plugins/workflow/services/localApi.js'
import { minimalConfig } from '../../helpers/workflowMinimalConfig.js'

/** A host that turns the four-eyes rule off lets one person submit and approve. */
let payload: Payload
let cleanup: () => void
const options = { collections: ['posts'], fourEyes: false, notifications: { email: false as const } }

beforeAll(async () => {
  const minimal = minimalConfig()
  cleanup = minimal.cleanup
  payload = await getPayload({ config: await buildConfig(workflowPlugin(options)(minimal.config)), key: `four-eyes-${randomUUID()}` })
})
afterAll(async () => {
  await payload?.destroy()
  cleanup?.()
})

test('fourEyes: false lets the submitter approve, through the service the endpoints use', async () => {
  const system = await createLocalReq({}, payload)
  const user = await localAPI(system).create({ collection: 'users', data: { email: 'solo@unit.test', password: 'solo-password' }, overrideAccess: true, req: system })
  const post = await localAPI(system).create({ collection: 'posts', data: { title: 'Solo' }, overrideAccess: true, req: system })
  const sanitized = sanitizeOptions(options, minimalConfig().config)
  const req = await createLocalReq({ user: { ...user, collection: 'users' } as unknown as TypedUser }, payload)
  await performTransition(req, sanitized, { collection: 'posts', id: post.id, transition: 'submit' })
  const approved = await performTransition(req, sanitized, { collection: 'posts', id: post.id, transition: 'approve' })
  expect(approved.state).toMatchObject({ stage: 'approved', submittedBy: user.id, approvedBy: user.id })
})
