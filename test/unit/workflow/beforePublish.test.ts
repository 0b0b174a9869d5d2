import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, expect, test } from '@jest/globals'
import { buildConfig, createLocalReq, getPayload, type Payload, type TypedUser } from 'payload'
import { performTransition, workflowPlugin, type PublishCheck, type WorkflowPluginOptions } from '../../../plugins/workflow/index.js'
import { sanitizeOptions } from '../../../plugins/workflow/sanitizeOptions.js'
import { localAPI } from '../../../plugins/workflow/services/localApi.js'
import { minimalConfig } from '../../helpers/workflowMinimalConfig.js'

/** The plugin's `beforePublish` host check on a config with nothing of impact-cms in it: reasons refuse with 409. */
let payload: Payload
let cleanup: () => void
const seen: { collection: string; transition: string; title: unknown }[] = []
const beforePublish: PublishCheck = ({ collection, doc, transition }) => {
  seen.push({ collection, transition, title: doc.title })
  return String(doc.title).startsWith('WIP') ? ['The title still says WIP.'] : undefined
}
const options: WorkflowPluginOptions = { collections: ['posts'], fourEyes: false, notifications: { email: false }, beforePublish }

beforeAll(async () => {
  const minimal = minimalConfig()
  cleanup = minimal.cleanup
  payload = await getPayload({ config: await buildConfig(workflowPlugin(options)(minimal.config)), key: `before-publish-${randomUUID()}` })
})
afterAll(async () => {
  await payload?.destroy()
  cleanup?.()
})

test('a reason from beforePublish refuses publish with 409 and writes nothing; no reason lets it through', async () => {
  const system = await createLocalReq({}, payload)
  const user = await localAPI(system).create({ collection: 'users', data: { email: 'gate@unit.test', password: 'gate-password' }, overrideAccess: true, req: system })
  const post = await localAPI(system).create({ collection: 'posts', data: { title: 'WIP post' }, overrideAccess: true, req: system })
  const sanitized = sanitizeOptions(options, minimalConfig().config)
  const req = await createLocalReq({ user: { ...user, collection: 'users' } as unknown as TypedUser }, payload)
  const move = (transition: string) => performTransition(req, sanitized, { collection: 'posts', id: post.id, transition })

  await move('submit')
  await move('approve')
  // only publishing transitions are asked about
  expect(seen).toEqual([])
  await expect(move('publish')).rejects.toMatchObject({
    status: 409,
    message: 'Cannot publish: posts "WIP post": The title still says WIP.',
    data: { refused: [{ collection: 'posts', id: post.id, title: 'WIP post', reasons: ['The title still says WIP.'] }] },
  })
  const afterRefusal = await localAPI(system).findByID({ collection: 'posts', id: post.id, draft: true, disableErrors: true, overrideAccess: true, req: system })
  expect(afterRefusal).toMatchObject({ _status: 'draft', workflow: { stage: 'approved' } })

  // the edit sends it back to review (the plugin's edit rule): approve again, then publish
  await localAPI(system).update({ collection: 'posts', id: post.id, data: { title: 'Ready post' }, draft: true, overrideAccess: true, req: system })
  await move('approve')
  const published = await move('publish')
  expect(published.state).toMatchObject({ stage: 'published', status: 'published' })
  expect(seen.map((s) => [s.collection, s.transition, s.title])).toEqual([
    ['posts', 'publish', 'WIP post'],
    ['posts', 'publish', 'Ready post'],
  ])
})
