import { describe, expect, test } from '@jest/globals'
import type { CollectionBeforeOperationHook, Config, FlattenedField, PayloadRequest, Where } from 'payload'
import { refuseUnreadableQueryPaths, queryPathGuard } from '../../../src/access/refuseUnreadableQueryPaths.js'
import { wholeReadCheck } from '../../../src/access/queryPaths.js'

/**
 * The query-path rule over a small model shaped like the project's (reports with a workflow group of user
 * relationships, joins to their children, children pointing back): users may be listed by admins only, everything
 * else by everyone. The real collections are covered over HTTP in test/security/enumeration.test.ts.
 */
const userRefs = ['assignee', 'submittedBy', 'approvedBy'].map((name) => ({ name, type: 'relationship', relationTo: 'users' }))
const workflow = { name: 'workflow', type: 'group', flattenedFields: userRefs }
const child = (slug: string) => ({
  slug,
  fields: [{ name: 'order', type: 'number' }, { name: 'report', type: 'relationship', relationTo: 'reports' }, workflow],
})
const collections = [
  {
    slug: 'reports',
    fields: [
      { name: 'title', type: 'text' },
      workflow,
      { name: 'organisation', type: 'relationship', relationTo: 'organisations' },
      { name: 'owner', type: 'relationship', relationTo: ['organisations', 'users'] },
      { name: 'partners', type: 'relationship', relationTo: ['organisations', 'people'] },
      { name: 'coverImage', type: 'upload', relationTo: 'media' },
      { name: 'sections', type: 'array', flattenedFields: [{ name: 'editor', type: 'relationship', relationTo: 'users' }] },
      { name: 'layout', type: 'blocks', blocks: [{ slug: 'quote', flattenedFields: [{ name: 'speaker', type: 'relationship', relationTo: 'people' }] }] },
      { name: 'evidence', type: 'join', collection: 'evidence', on: 'report' },
      { name: 'quotes', type: 'join', collection: 'quotes', on: 'report' },
      { name: 'mixed', type: 'join', collection: ['quotes', 'evidence'], on: 'report' },
    ],
  },
  child('evidence'),
  child('quotes'),
  { slug: 'organisations', fields: [{ name: 'name', type: 'text' }, { name: 'contact', type: 'relationship', relationTo: 'users' }] },
  { slug: 'people', fields: [{ name: 'name', type: 'text' }] },
  { slug: 'media', fields: [{ name: 'alt', type: 'text' }, { name: 'uploader', type: 'relationship', relationTo: 'users' }] },
  { slug: 'users', fields: [{ name: 'email', type: 'email' }] },
]
const fieldsOf = (slug: string) => collections.find((c) => c.slug === slug)?.fields as unknown as FlattenedField[]

type User = { id: string; role: string }
const admin: User = { id: 'a1', role: 'admin' }
const editor: User = { id: 'e1', role: 'editor' }

const readAccess = (slug: string) => ({ req }: { req: PayloadRequest }): boolean | Where =>
  slug !== 'users' || (req.user as unknown as User | null)?.role === 'admin' || { id: { equals: req.user?.id ?? '' } }

const reqAs = (user: User | null): PayloadRequest =>
  ({
    user,
    payload: {
      collections: Object.fromEntries(
        collections.map((c) => [c.slug, { config: { slug: c.slug, flattenedFields: fieldsOf(c.slug), access: { read: readAccess(c.slug) } } }]),
      ),
    },
  }) as unknown as PayloadRequest

const run = async (slug: string, user: User | null, args: Record<string, unknown>, overrideAccess = false) => {
  const hook = refuseUnreadableQueryPaths as (a: Parameters<CollectionBeforeOperationHook>[0]) => Promise<unknown>
  return hook({ args, collection: { slug, flattenedFields: fieldsOf(slug) }, operation: 'read', overrideAccess, req: reqAs(user) } as unknown as Parameters<
    CollectionBeforeOperationHook
  >[0])
}
const refusedPath = async (slug: string, user: User | null, args: Record<string, unknown>): Promise<string | undefined> => {
  try {
    await run(slug, user, args)
    return undefined
  } catch (error) {
    const { message, status } = error as { message: string; status: number }
    expect(status).toBe(400)
    expect(message).toMatch(/leads to documents you may not list\. Filter by its ID instead\.$/)
    return /through "([^"]+)"/.exec(message)?.[1]
  }
}

describe('where paths', () => {
  test('a hop into users is refused to editors and allowed to admins (they may list users)', async () => {
    const where = { 'workflow.assignee.email': { equals: 'x@y' } }
    expect(await refusedPath('reports', editor, { where })).toBe('workflow.assignee')
    expect(await refusedPath('reports', admin, { where })).toBeUndefined()
  })

  test('the relationship itself, its id, and plain fields are not a hop', async () => {
    for (const where of [
      { 'workflow.assignee': { equals: 'u1' } },
      { 'workflow.assignee.id': { equals: 'u1' } },
      { title: { like: 'x' } },
      { 'unknown.path': { equals: 1 } },
    ]) {
      expect(await refusedPath('reports', editor, { where })).toBeUndefined()
    }
  })

  test('a nested query on the relationship steps in; a plain value does not', async () => {
    expect(await refusedPath('reports', editor, { where: { 'workflow.submittedBy': { in: { email: 'x' } } } })).toBe('workflow.submittedBy')
    expect(await refusedPath('reports', editor, { where: { 'workflow.submittedBy': { in: ['u1'] } } })).toBeUndefined()
  })

  test('hops are found at any depth of and/or, and in version paths', async () => {
    expect(await refusedPath('reports', editor, { where: { or: [{ title: { equals: 'a' } }, { and: [{ 'workflow.approvedBy.name': { equals: 'n' } }] }] } })).toBe(
      'workflow.approvedBy',
    )
    expect(await refusedPath('reports', editor, { where: { 'version.workflow.assignee.email': { exists: true } } })).toBe('workflow.assignee')
    expect(await refusedPath('reports', editor, { where: { version__workflow__assignee__email: { exists: true } } })).toBe('workflow.assignee')
  })

  test('hops into readable collections go on and are checked further', async () => {
    // organisations are readable in full: the path continues and ends at a plain field
    expect(await refusedPath('reports', editor, { where: { 'organisation.name': { equals: 'HCT' } } })).toBeUndefined()
    expect(await refusedPath('reports', editor, { where: { 'organisation.contact.email': { equals: 'x' } } })).toBe('organisation.contact')
    expect(await refusedPath('reports', editor, { where: { 'coverImage.uploader.email': { equals: 'x' } } })).toBe('coverImage.uploader')
    expect(await refusedPath('reports', editor, { where: { organisation: { in: { 'contact.email': { equals: 'x' } } } } })).toBe('organisation.contact')
    // evidence → report → assignee: the last hop is into users
    expect(await refusedPath('evidence', editor, { where: { 'report.workflow.assignee.email': { equals: 'x' } } })).toBe('report.workflow.assignee')
  })

  test('nothing is checked with overrideAccess, and malformed where values are left to Payload', async () => {
    const args = { where: { 'workflow.assignee.email': { equals: 'x' } } }
    await expect(run('reports', editor, args, true)).resolves.toBe(args)
    expect(await refusedPath('reports', editor, { where: 'title' })).toBeUndefined()
    expect(await refusedPath('reports', editor, { where: [{ 'workflow.assignee.email': { equals: 'x' } }] })).toBeUndefined()
  })
})

describe('arrays, blocks and polymorphic relationships', () => {
  test('paths through array rows and blocks reach the relationships inside them', async () => {
    expect(await refusedPath('reports', editor, { where: { 'sections.editor.email': { equals: 'x' } } })).toBe('sections.editor')
    expect(await refusedPath('reports', editor, { where: { 'layout.speaker.name': { equals: 'x' } } })).toBeUndefined()
    expect(await refusedPath('reports', editor, { where: { 'title.length': { equals: 1 } } })).toBeUndefined()
  })

  test('a polymorphic relationship is refused when any target is unreadable; relationTo and value are its own parts', async () => {
    expect(await refusedPath('reports', editor, { where: { 'owner.relationTo': { equals: 'users' } } })).toBeUndefined()
    expect(await refusedPath('reports', editor, { where: { 'owner.value': { equals: 'u1' } } })).toBeUndefined()
    expect(await refusedPath('reports', editor, { where: { 'owner.value.email': { equals: 'x' } } })).toBe('owner')
    expect(await refusedPath('reports', admin, { where: { 'owner.value.email': { equals: 'x' } } })).toBeUndefined()
    // readable targets, but several: nothing further to check field by field
    expect(await refusedPath('reports', editor, { where: { 'partners.value.name': { equals: 'x' } } })).toBeUndefined()
  })
})

describe('sorts, distinct fields and joins', () => {
  test('sort paths in either form, with direction prefixes', async () => {
    expect(await refusedPath('reports', editor, { sort: '-workflow.submittedBy.name' })).toBe('workflow.submittedBy')
    expect(await refusedPath('reports', editor, { sort: 'title, +workflow.assignee.email' })).toBe('workflow.assignee')
    expect(await refusedPath('reports', editor, { sort: ['title', '-workflow.approvedBy.email'] })).toBe('workflow.approvedBy')
    expect(await refusedPath('reports', editor, { sort: ['title', 7, '-createdAt'] })).toBeUndefined()
    expect(await refusedPath('reports', admin, { sort: '-workflow.submittedBy.name' })).toBeUndefined()
  })

  test('a distinct field is a path too', async () => {
    expect(await refusedPath('reports', editor, { field: 'workflow.assignee.email' })).toBe('workflow.assignee')
  })

  test('join where and sort are checked inside the joined collection and named by the join', async () => {
    expect(await refusedPath('reports', editor, { joins: { evidence: { where: { 'workflow.assignee.email': { equals: 'x' } } } } })).toBe(
      'evidence.workflow.assignee',
    )
    expect(await refusedPath('reports', editor, { joins: { quotes: { sort: 'workflow.submittedBy.name' } } })).toBe('quotes.workflow.submittedBy')
    expect(await refusedPath('reports', editor, { joins: { quotes: { sort: 'order' }, evidence: false, nothing: { sort: 'x.y' } } })).toBeUndefined()
    // a join over several collections, or a path that is not a join, is left to Payload
    expect(await refusedPath('reports', editor, { joins: { mixed: { sort: 'workflow.assignee.email' }, title: { sort: 'workflow.assignee.email' } } })).toBeUndefined()
    expect(await refusedPath('reports', admin, { joins: { evidence: { where: { 'workflow.assignee.email': { equals: 'x' } } } } })).toBeUndefined()
    expect(await refusedPath('reports', editor, { joins: 'evidence' })).toBeUndefined()
  })
})

describe('whole-read check', () => {
  test('is true only when read access is unconditional, asked once per collection', async () => {
    let asked = 0
    const req = {
      user: editor,
      payload: {
        collections: {
          open: { config: { access: { read: () => (asked++, true) } } },
          partial: { config: { access: { read: () => ({ id: { equals: 'x' } }) } } },
          none: { config: { access: {} } },
        },
      },
    } as unknown as PayloadRequest
    const check = wholeReadCheck(req)
    expect(await check('open')).toBe(true)
    expect(await check('open')).toBe(true)
    expect(asked).toBe(1)
    expect(await check('partial')).toBe(false)
    expect(await check('none')).toBe(false)
    expect(await check('missing')).toBe(false)
  })
})

describe('queryPathGuard', () => {
  test('puts the check first on every collection, keeping their own hooks', () => {
    const own = async () => undefined
    const guarded = queryPathGuard()({ collections: [{ slug: 'a', fields: [], hooks: { beforeOperation: [own] } }, { slug: 'b', fields: [] }] } as never) as Config
    expect(guarded.collections?.map((c) => c.hooks?.beforeOperation)).toEqual([[refuseUnreadableQueryPaths, own], [refuseUnreadableQueryPaths]])
  })
})
