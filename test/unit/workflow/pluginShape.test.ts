import { describe, expect, test } from '@jest/globals'
import type { CollectionConfig, Config, Field } from 'payload'
import { workflowPlugin } from '../../../plugins/workflow/index.js'
import { hostBeforeChange, minimalConfig } from '../../helpers/workflowMinimalConfig.js'

const apply = (overrides: Partial<Parameters<typeof workflowPlugin>[0]> = {}) => {
  const { config, cleanup } = minimalConfig()
  cleanup() // nothing connects here
  const frozen = structuredClone({ collections: config.collections?.map((c) => c.slug), endpoints: config.endpoints?.length })
  const result = workflowPlugin({ collections: ['posts'], ...overrides })(config)
  return { incoming: config, result, frozen }
}

const collection = (config: Config, slug: string): CollectionConfig => {
  const found = config.collections?.find((c) => c.slug === slug)
  if (!found) throw new Error(`no ${slug}`)
  return found
}

const fieldNames = (fields: Field[]) => fields.map((f) => ('name' in f ? f.name : f.type))

describe('workflowPlugin on a config without impact-cms collections', () => {
  test('adds the workflow group to enabled collections only', () => {
    const { result } = apply()
    const posts = collection(result, 'posts')
    const group = posts.fields.find((f) => 'name' in f && f.name === 'workflow')
    expect(group?.type).toBe('group')
    expect(group && 'fields' in group ? fieldNames(group.fields) : []).toEqual(['stage', 'assignee', 'submittedBy', 'approvedBy', 'approvedVersion'])
    expect(fieldNames(posts.fields)).toEqual(['title', 'hostHookRan', 'workflow'])
    expect(fieldNames(collection(result, 'tags').fields)).toEqual(['name'])
    // relationships point at the auth collection named by admin.user
    const assignee = group && 'fields' in group ? group.fields.find((f) => 'name' in f && f.name === 'assignee') : undefined
    expect(assignee && 'relationTo' in assignee ? assignee.relationTo : undefined).toBe('users')
  })

  test('appends its hooks after the host hooks instead of replacing them', () => {
    const posts = collection(apply().result, 'posts')
    expect(posts.hooks?.beforeChange?.[0]).toBe(hostBeforeChange)
    expect(posts.hooks?.beforeChange).toHaveLength(2)
    expect(posts.hooks?.beforeOperation).toHaveLength(1)
    expect(posts.hooks?.afterChange).toHaveLength(1)
  })

  test('keeps host endpoints and adds the workflow routes, schedule before the generic transition', () => {
    const { result } = apply()
    const paths = (collection(result, 'posts').endpoints || []).map((e) => `${e.method} ${e.path}`)
    expect(paths).toEqual([
      'get /host-post-endpoint',
      'post /:id/workflow/schedule',
      'delete /:id/workflow/schedule',
      'get /:id/workflow',
      'post /:id/workflow/:transition',
    ])
    expect((result.endpoints ?? []).map((e) => e.path)).toEqual(['/host-endpoint', '/workflow/queue'])
  })

  test('adds the events, deliveries and schedules collections with closed write access', async () => {
    const { result } = apply()
    const events = collection(result, 'workflow-events')
    expect(fieldNames(events.fields)).toEqual(['collection', 'docId', 'versionId', 'transition', 'from', 'to', 'user', 'comment'])
    for (const slug of ['workflow-events', 'workflow-webhook-deliveries', 'workflow-schedules']) {
      const access = collection(result, slug).access ?? {}
      for (const operation of ['create', 'update', 'delete'] as const) {
        expect(await access[operation]?.({ req: { user: { id: 'u', collection: 'users' } } } as never)).toBe(false)
      }
    }
  })

  test('adds its job tasks and GraphQL fields next to the host ones', () => {
    const { result } = apply()
    expect(result.jobs?.tasks?.map((t) => t.slug)).toEqual(['workflowWebhookDelivery', 'workflowScheduledTransition'])
    expect(result.custom?.workflow?.collections).toEqual(['posts'])
    expect(result.admin?.custom?.workflow?.stages.map((s: { value: string }) => s.value)).toContain('in_review')
    expect(result.admin?.user).toBe('users')
    expect(typeof result.graphQL?.queries).toBe('function')
    expect(typeof result.graphQL?.mutations).toBe('function')
  })

  test('does not mutate the incoming config', () => {
    const { incoming, frozen } = apply()
    expect(incoming.collections?.map((c) => c.slug)).toEqual(frozen.collections)
    expect(incoming.endpoints).toHaveLength(frozen.endpoints ?? 0)
    expect(fieldNames(collection(incoming, 'posts').fields)).toEqual(['title', 'hostHookRan'])
    expect(collection(incoming, 'posts').hooks?.beforeChange).toHaveLength(1)
    expect(incoming.jobs).toBeUndefined()
  })

  test('enabled: false keeps the schema and adds no behaviour', () => {
    const { result } = apply({ enabled: false })
    const posts = collection(result, 'posts')
    expect(fieldNames(posts.fields)).toContain('workflow')
    expect(posts.hooks?.beforeChange).toHaveLength(1)
    expect(result.collections?.map((c) => c.slug)).toContain('workflow-events')
    expect(result.endpoints).toHaveLength(1)
    expect(result.jobs).toBeUndefined()
  })

  test('refuses options that do not fit the config, at startup', () => {
    expect(() => apply({ collections: ['tags'] })).toThrow(/needs versions: \{ drafts: true \}/)
    expect(() => apply({ collections: ['nope'] })).toThrow(/"nope" is not in the config/)
    expect(() => apply({ bundles: [{ collection: 'posts', children: [{ collection: 'tags', field: 'post' }] }] })).toThrow(
      /bundle child "tags" is not a workflow collection/,
    )
    expect(() => apply({ webhooks: { urls: ['http://127.0.0.1:9/hook'] } })).toThrow(/need webhooks.secret/)
    expect(() => apply({ webhooks: { urls: ['file:///etc/passwd'], secret: 's' } })).toThrow(/is not http\(s\)/)
    expect(() => apply({ transitions: { go: { label: 'Go', from: ['draft'], to: 'nowhere' } } })).toThrow(/unknown stage "nowhere"/)
  })
})
