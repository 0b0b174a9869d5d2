import { describe, expect, test } from '@jest/globals'
import type { Config, PayloadRequest } from 'payload'
import { sanitizeOptions } from '../../../plugins/workflow/sanitizeOptions.js'
import { performTransition } from '../../../plugins/workflow/services/performTransition.js'
import { allowedTransitions, legalTransitionsFrom, transitionChoices } from '../../../plugins/workflow/services/permissions.js'
import { authorsSinceSubmission, fourEyesRefusal } from '../../../plugins/workflow/services/fourEyes.js'
import { readWorkflowState, refId, sameId, stageLabel } from '../../../plugins/workflow/services/workflowState.js'
import type { WorkflowPluginOptions } from '../../../plugins/workflow/types.js'
import { memoryPayload } from './memoryPayload.js'

/** The workflow services over the in-memory Local API, with the plugin's default stages and transitions. */
const hostConfig = {
  admin: { user: 'users' },
  collections: [
    { slug: 'users', auth: true, fields: [] },
    { slug: 'posts', versions: { drafts: true }, fields: [{ name: 'title', type: 'text' }] },
    { slug: 'notes', versions: { drafts: true }, fields: [{ name: 'post', type: 'relationship', relationTo: 'posts' }] },
  ],
} as unknown as Config

const boss = { id: 'boss', collection: 'users', email: 'Boss@Unit.test', name: 'The Boss', role: 'boss' }
const author = { id: 'author', collection: 'users', email: 'author@unit.test', role: 'author' }
const other = { id: 'other', collection: 'users', email: 'other@unit.test', role: 'boss' }
const roleIs = (req: PayloadRequest, role: string) => (req.user as { role?: string } | null)?.role === role

const optionsWith = (extra: Partial<WorkflowPluginOptions> = {}) =>
  sanitizeOptions(
    {
      collections: ['posts', 'notes'],
      bundles: [{ collection: 'posts', children: [{ collection: 'notes', field: 'post' }] }],
      access: {
        transitions: {
          approve: ({ req }) => roleIs(req, 'boss'),
          publish: ({ req }) => roleIs(req, 'boss'),
          unpublish: ({ req }) => roleIs(req, 'boss'),
          'request-changes': ({ req }) => roleIs(req, 'boss'),
        },
      },
      ...extra,
    },
    hostConfig,
  )

const setUp = (extra: Partial<WorkflowPluginOptions> = {}, memory = memoryPayload({ titles: { posts: 'title', notes: 'text' } })) => {
  const options = optionsWith(extra)
  const as = (user: Record<string, unknown> | null) => memory.reqAs(user)
  const move = (user: Record<string, unknown> | null, collection: string, id: string, transition: string, more: Record<string, unknown> = {}) =>
    performTransition(as(user), options, { collection, id, transition, ...more })
  const post = async (data: Record<string, unknown> = {}) => (await memory.payload.create({ collection: 'posts', data: { title: 'Hello', _status: 'draft', ...data } })).id
  const note = async (postId: string, stage = 'draft') =>
    (await memory.payload.create({ collection: 'notes', data: { post: postId, text: `note ${stage}`, _status: 'draft', workflow: { stage } } })).id
  const events = () => memory.all('workflow-events')
  return { memory, options, as, move, post, note, events }
}

describe('workflow state', () => {
  test('reads the stage and people, defaulting to the initial stage', () => {
    const options = optionsWith()
    expect(readWorkflowState(undefined, options)).toEqual({ stage: 'draft', assignee: null, submittedBy: null, approvedBy: null, approvedVersion: null })
    expect(readWorkflowState({ workflow: { stage: '' } }, options).stage).toBe('draft')
    expect(
      readWorkflowState({ workflow: { stage: 'approved', assignee: { id: 7 }, submittedBy: 'a', approvedBy: 'b', approvedVersion: 'v1' } }, options),
    ).toEqual({ stage: 'approved', assignee: 7, submittedBy: 'a', approvedBy: 'b', approvedVersion: 'v1' })
    expect(readWorkflowState({ workflow: { stage: 3, approvedVersion: '' } }, options)).toMatchObject({ stage: 'draft', approvedVersion: null })
  })

  test('refId and sameId accept IDs and populated documents only', () => {
    expect([refId('a'), refId(2), refId({ id: 'x' }), refId({ id: {} }), refId({}), refId(null), refId(true)]).toEqual(['a', 2, 'x', null, null, null, null])
    expect(sameId(1, '1')).toBe(true)
    expect(sameId({ id: 'a' }, 'a')).toBe(true)
    expect(sameId(null, null)).toBe(false)
    expect(sameId('a', null)).toBe(false)
    expect(sameId('a', 'b')).toBe(false)
  })

  test('stage labels come from the options, unknown stages show their value', () => {
    expect(stageLabel(optionsWith(), 'in_review')).toBe('In review')
    expect(stageLabel(optionsWith(), 'archived')).toBe('archived')
  })
})

describe('a transition, end to end', () => {
  test('submit → approve → publish writes the state, the version, an event each and emails the others', async () => {
    const { memory, move, post, events } = setUp()
    await memory.payload.create({ collection: 'users', data: boss })
    const id = await post()
    const submitted = await move(author, 'posts', id, 'submit', { comment: '  Please look  ', assignee: 'boss' })
    expect(submitted.state).toMatchObject({ collection: 'posts', id, stage: 'in_review', previousStage: 'draft', status: 'draft', submittedBy: 'author', assignee: 'boss' })
    expect(submitted.event).toMatchObject({ collection: 'posts', docId: id, from: 'draft', to: 'in_review', transition: 'submit', user: 'author', comment: 'Please look' })
    expect(submitted.bundle).toBeNull()
    // a draft version, not published
    expect(memory.writes.at(-2)).toMatchObject({ op: 'update', collection: 'posts', draft: true })
    expect(memory.published('posts', id)).toBeNull()

    const seen = memory.versionIds('posts', id).at(-1)
    // a later write to another post is not the version this reviewer saw
    await post({ title: 'Elsewhere' })
    const approved = await move(boss, 'posts', id, 'approve')
    expect(approved.state).toMatchObject({ stage: 'approved', approvedBy: 'boss', submittedBy: 'author' })
    // the approved version is the one the reviewer saw: the newest before the approval wrote its own
    expect(approved.state.approvedVersion).toBe(seen)
    expect(approved.event.versionId).toBe(memory.versionIds('posts', id).at(-1))
    expect(approved.event.versionId).not.toBe(approved.state.approvedVersion)

    const published = await move(boss, 'posts', id, 'publish')
    expect(published.state).toMatchObject({ stage: 'published', status: 'published' })
    expect(memory.published('posts', id)).toMatchObject({ workflow: { stage: 'published' }, _status: 'published' })
    expect(published.bundle).toEqual({ moved: [], excluded: [] })
    expect(events().map((e) => [e.transition, e.from, e.to, e.user])).toEqual([
      ['submit', 'draft', 'in_review', 'author'],
      ['approve', 'in_review', 'approved', 'boss'],
      ['publish', 'approved', 'published', 'boss'],
    ])
    // each event names the version its transition wrote
    for (const event of events()) expect(event.versionId).toMatch(/^v\d+$/)
  })

  test('unpublish takes the live version down, even while its next draft is in review', async () => {
    const { memory, move, post } = setUp()
    const id = await post()
    for (const [user, t] of [[author, 'submit'], [boss, 'approve'], [boss, 'publish']] as const) await move(user, 'posts', id, t)
    await memory.payload.update({ collection: 'posts', id, data: { title: 'Next', workflow: { stage: 'in_review', submittedBy: 'author' } }, draft: true })
    const result = await move(boss, 'posts', id, 'unpublish')
    expect(result.state).toMatchObject({ stage: 'unpublished', previousStage: 'in_review', status: 'draft' })
    expect(memory.published('posts', id)).toBeNull()
  })

  test('comments are trimmed, empty ones dropped, wrong types and long ones refused', async () => {
    const { move, post } = setUp()
    expect((await move(author, 'posts', await post(), 'submit', { comment: '   ' })).event.comment).toBeNull()
    expect((await move(author, 'posts', await post(), 'submit', { comment: 'x'.repeat(5000) })).event.comment).toHaveLength(5000)
    await expect(move(author, 'posts', await post(), 'submit', { comment: 'x'.repeat(5001) })).rejects.toMatchObject({
      status: 400,
      message: '"comment" is limited to 5000 characters.',
    })
    await expect(move(author, 'posts', await post(), 'submit', { comment: 42 })).rejects.toMatchObject({ status: 400, message: '"comment" must be a string.' })
  })

  test('refusals: unknown transition or collection 404, anonymous 401, missing document 404, not permitted 403, wrong stage 409', async () => {
    const { move, post, events } = setUp()
    const id = await post()
    await expect(move(author, 'posts', id, 'toString')).rejects.toMatchObject({
      status: 404,
      message: 'Unknown workflow transition "toString". Known transitions: submit, request-changes, approve, publish, unpublish, withdraw.',
    })
    await expect(move(author, 'pages', id, 'submit')).rejects.toMatchObject({ status: 404, message: 'The collection "pages" has no workflow.' })
    await expect(move(null, 'posts', id, 'submit')).rejects.toMatchObject({ status: 401 })
    await expect(move(author, 'posts', 'nope', 'submit')).rejects.toMatchObject({ status: 404, message: 'There is no posts document with ID nope.' })
    await expect(move(author, 'posts', id, 'publish')).rejects.toMatchObject({ status: 403, message: 'You are not allowed to publish this document.' })
    await expect(move(boss, 'posts', id, 'publish')).rejects.toMatchObject({
      status: 409,
      message: 'Cannot publish a document in stage "draft". Allowed from "draft": submit.',
      data: { stage: 'draft', allowed: ['submit'] },
    })
    expect(events()).toEqual([])
  })

  test('an unknown assignee is refused before anything is written; null clears the assignee', async () => {
    const { memory, move, post, events } = setUp()
    const id = await post({ workflow: { stage: 'draft', assignee: 'boss' } })
    await expect(move(author, 'posts', id, 'submit', { assignee: 'ghost' })).rejects.toMatchObject({ status: 400, message: 'There is no user with ID ghost to assign.' })
    expect(events()).toEqual([])
    expect(memory.latest('posts', id)).toMatchObject({ workflow: { stage: 'draft' } })
    await memory.payload.create({ collection: 'users', data: { email: 'a@b' } })
    expect((await move(author, 'posts', id, 'submit', { assignee: null })).state.assignee).toBeNull()
  })

  test('withdraw and resubmission clear the approval', async () => {
    const { move, post } = setUp()
    const id = await post()
    await move(author, 'posts', id, 'submit')
    await move(boss, 'posts', id, 'approve')
    const withdrawn = await move(author, 'posts', id, 'withdraw')
    expect(withdrawn.state).toMatchObject({ stage: 'draft', approvedBy: null, approvedVersion: null, submittedBy: 'author' })
  })
})

describe('four-eyes', () => {
  test('the submitter may not approve; someone else may', async () => {
    const { move, post } = setUp()
    const id = await post()
    await move(other, 'posts', id, 'submit')
    await expect(move(other, 'posts', id, 'approve')).rejects.toMatchObject({
      status: 403,
      message: 'Four-eyes rule: the person who submitted this document cannot also approve it.',
    })
    expect((await move(boss, 'posts', id, 'approve')).state.stage).toBe('approved')
  })

  test('whoever edited since the submission may not approve; edits before it do not count; a resubmission starts over', async () => {
    const { memory, move, post, as, options } = setUp()
    const id = await post()
    const edit = (user: string) =>
      memory.payload.create({ collection: 'workflow-events', data: { collection: 'posts', docId: id, transition: 'edit', user, from: 'x', to: 'x' } })
    await edit('boss') // before the submission
    await move(author, 'posts', id, 'submit')
    expect(await authorsSinceSubmission(as(boss), options, { collection: 'posts', id, state: readWorkflowState(memory.latest('posts', id), options) })).toEqual(['author'])
    await edit('other')
    await edit('author')
    await memory.payload.create({ collection: 'workflow-events', data: { collection: 'notes', docId: id, transition: 'edit', user: 'boss' } })
    await memory.payload.create({ collection: 'workflow-events', data: { collection: 'posts', docId: id, transition: 'edit', user: null } })
    const state = readWorkflowState(memory.latest('posts', id), options)
    expect(await authorsSinceSubmission(as(boss), options, { collection: 'posts', id, state })).toEqual(['author', 'other'])
    await expect(move(other, 'posts', id, 'approve')).rejects.toMatchObject({
      status: 403,
      message: 'Four-eyes rule: you changed this document since it was submitted, so someone else must approve it.',
    })
    expect(await fourEyesRefusal(as(boss), options, { collection: 'posts', id, state, transition: 'approve' })).toBeNull()
    // other transitions, anonymous callers and fourEyes: false are not the rule's business
    expect(await fourEyesRefusal(as(other), options, { collection: 'posts', id, state, transition: 'request-changes' })).toBeNull()
    expect(await fourEyesRefusal(as(null), options, { collection: 'posts', id, state, transition: 'approve' })).toBeNull()
    expect(await fourEyesRefusal(as(other), optionsWith({ fourEyes: false }), { collection: 'posts', id, state, transition: 'approve' })).toBeNull()
    // a reapproval edit rule records a submitter: it starts a new count
    await memory.payload.create({ collection: 'workflow-events', data: { collection: 'posts', docId: id, transition: 'reapproval', user: 'boss' } })
    expect(await authorsSinceSubmission(as(boss), options, { collection: 'posts', id, state: { ...state, submittedBy: null } })).toEqual(['boss'])
  })

  test('without any submission every recorded edit counts', async () => {
    const { memory, as, options } = setUp()
    await memory.payload.create({ collection: 'workflow-events', data: { collection: 'posts', docId: '9', transition: 'edit', user: { id: 'other' } } })
    await memory.payload.create({ collection: 'workflow-events', data: { collection: 'posts', docId: '9', transition: 'request-changes', user: 'boss' } })
    expect(await authorsSinceSubmission(as(boss), options, { collection: 'posts', id: '9', state: readWorkflowState({}, options) })).toEqual(['other'])
  })
})

describe('what a user may do next', () => {
  test('legal transitions by stage, and the live ones for a published document', () => {
    const options = optionsWith()
    expect(legalTransitionsFrom(options, 'draft')).toEqual(['submit'])
    expect(legalTransitionsFrom(options, 'in_review')).toEqual(['request-changes', 'approve', 'withdraw'])
    expect(legalTransitionsFrom(options, 'in_review', true)).toEqual(['request-changes', 'approve', 'unpublish', 'withdraw'])
    expect(legalTransitionsFrom(options, 'nowhere')).toEqual([])
  })

  test('allowed = legal ∩ permitted ∩ four-eyes clean; blocked ones come with the reason', async () => {
    const { memory, move, post, as, options } = setUp()
    const id = await post()
    await move(other, 'posts', id, 'submit')
    const doc = memory.latest('posts', id) as never
    expect(await allowedTransitions(options, as(boss), 'posts', doc)).toEqual(['request-changes', 'approve', 'withdraw'])
    expect(await allowedTransitions(options, as(author), 'posts', doc)).toEqual(['withdraw'])
    expect(await transitionChoices(options, as(other), 'posts', doc)).toEqual({
      allowed: ['request-changes', 'withdraw'],
      blocked: [{ name: 'approve', reason: 'You submitted this: another reviewer must approve it.' }],
    })
    await memory.payload.create({ collection: 'workflow-events', data: { collection: 'posts', docId: id, transition: 'edit', user: 'boss' } })
    expect(await transitionChoices(options, as(boss), 'posts', doc, true)).toEqual({
      allowed: ['request-changes', 'unpublish', 'withdraw'],
      blocked: [{ name: 'approve', reason: 'You changed this since it was submitted: another reviewer must approve it.' }],
    })
    expect(await allowedTransitions(options, as(boss), 'posts', doc, true)).toEqual(['request-changes', 'unpublish', 'withdraw'])
  })
})

describe('bundles', () => {
  const ready = async (ctx: ReturnType<typeof setUp>, id: string) => {
    await ctx.move(author, 'posts', id, 'submit')
    await ctx.move(boss, 'posts', id, 'approve')
  }

  test('publishing the parent publishes its approved children in the same go, with a comment naming the parent', async () => {
    const ctx = setUp()
    const id = await ctx.post()
    const a = await ctx.note(id, 'approved')
    const done = await ctx.note(id, 'published')
    await ctx.note('someone-else', 'draft')
    await ready(ctx, id)
    const result = await ctx.move(boss, 'posts', id, 'publish', { comment: 'Go' })
    expect(result.bundle).toEqual({ moved: [{ collection: 'notes', id: a, stage: 'published', title: 'note approved' }], excluded: [] })
    expect(ctx.memory.published('notes', a)).toMatchObject({ _status: 'published' })
    expect(ctx.memory.published('notes', done)).toBeNull()
    expect(ctx.events().find((e) => e.collection === 'notes')).toMatchObject({ docId: a, transition: 'publish', comment: `With posts ${id}: Go` })
    const plain = setUp()
    const pid = await plain.post()
    const child = await plain.note(pid, 'approved')
    await ready(plain, pid)
    await plain.move(boss, 'posts', pid, 'publish')
    expect(plain.events().find((e) => e.collection === 'notes')).toMatchObject({ docId: child, comment: `With posts ${pid}` })
  })

  test('a child that is not ready blocks the publish (409 listing it, nothing written) unless excluded', async () => {
    const ctx = setUp()
    const id = await ctx.post()
    const stuck = await ctx.note(id, 'in_review')
    await ready(ctx, id)
    const before = ctx.memory.writes.length
    await expect(ctx.move(boss, 'posts', id, 'publish')).rejects.toMatchObject({
      status: 409,
      message: 'Cannot publish: 1 item(s) are not ready: notes "note in_review" (in_review).',
      data: { blocked: [{ collection: 'notes', id: stuck, stage: 'in_review', title: 'note in_review' }] },
    })
    expect(ctx.memory.writes.length).toBe(before)
    const result = await ctx.move(boss, 'posts', id, 'publish', { excludeUnapproved: true })
    expect(result.bundle).toEqual({ moved: [], excluded: [{ collection: 'notes', id: stuck, stage: 'in_review', title: 'note in_review' }] })
    expect(ctx.memory.published('posts', id)).not.toBeNull()
  })

  test('every child must be publishable by the user', async () => {
    const ctx = setUp({
      access: {
        transitions: {
          approve: ({ req }) => roleIs(req, 'boss'),
          publish: ({ req, collection }) => roleIs(req, 'boss') && collection === 'posts',
        },
      },
    })
    const id = await ctx.post()
    await ctx.note(id, 'approved')
    await ready(ctx, id)
    await expect(ctx.move(boss, 'posts', id, 'publish')).rejects.toMatchObject({ status: 403, message: 'You are not allowed to publish notes "note approved" of this bundle.' })
    expect(ctx.memory.published('posts', id)).toBeNull()
  })

  test("the host's publish check sees the parent and every child and refuses the whole publish with their reasons", async () => {
    const seen: string[] = []
    const ctx = setUp({
      beforePublish: async ({ collection, doc, transition }) => {
        seen.push(`${transition}:${collection}:${String(doc.id)}`)
        return collection === 'notes' ? ['Needs a speaker sign-off.', 'Second reason.'] : undefined
      },
    })
    const id = await ctx.post()
    const child = await ctx.note(id, 'approved')
    await ready(ctx, id)
    await expect(ctx.move(boss, 'posts', id, 'publish')).rejects.toMatchObject({
      status: 409,
      message: 'Cannot publish: notes "note approved": Needs a speaker sign-off. Second reason.',
      data: { refused: [{ collection: 'notes', id: child, title: 'note approved', reasons: ['Needs a speaker sign-off.', 'Second reason.'] }] },
    })
    expect(seen).toEqual([`publish:posts:${id}`, `publish:notes:${child}`])
    expect(ctx.memory.published('posts', id)).toBeNull()
    // not asked for transitions that do not publish
    seen.length = 0
    await ctx.move(author, 'posts', await ctx.post(), 'submit')
    expect(seen).toEqual([])
  })
})

describe('notifications and webhooks', () => {
  test('emails the assignee and submitter once each, never the actor (case-insensitively), with a link', async () => {
    const ctx = setUp()
    for (const user of [boss, author, other]) await ctx.memory.payload.create({ collection: 'users', data: user })
    const users = ctx.memory.all('users')
    const idOf = (email: string) => users.find((u) => u.email === email)?.id
    const id = await ctx.post({ title: 'Annual report' })
    await ctx.move({ ...author, id: idOf('author@unit.test'), email: 'AUTHOR@unit.test' }, 'posts', id, 'submit', { assignee: idOf('Boss@Unit.test'), comment: 'Ready' })
    expect(ctx.memory.emails).toEqual([
      {
        to: 'Boss@Unit.test',
        subject: 'Annual report: Submit for review (Draft → In review)',
        text: `AUTHOR@unit.test moved "Annual report" (posts) from Draft to In review.\nComment: Ready\nOpen it: https://cms.test/admin/collections/posts/${id}`,
      },
    ])
    ctx.memory.emails.length = 0
    await ctx.move({ ...boss, id: idOf('Boss@Unit.test') }, 'posts', id, 'approve')
    expect(ctx.memory.emails.map((e) => [e.to, e.subject])).toEqual([['author@unit.test', 'Annual report: Approve (In review → Approved)']])
    expect(String(ctx.memory.emails[0].text)).toMatch(/^The Boss moved/)
  })

  test('a failing mail server is logged, never thrown; email: false sends nothing', async () => {
    const memory = memoryPayload({ titles: { posts: 'title' }, failEmailTo: 'boss@unit.test' })
    const ctx = setUp({}, memory)
    await memory.payload.create({ collection: 'users', data: { email: 'boss@unit.test' } })
    const id = await ctx.post({ workflow: { stage: 'draft', assignee: '1' } })
    const bossUser = memory.all('users')[0]
    await expect(ctx.move(author, 'posts', id, 'submit', { assignee: bossUser.id })).resolves.toMatchObject({ state: { stage: 'in_review' } })
    expect(memory.logs).toEqual([{ level: 'error', msg: expect.objectContaining({ msg: `workflow: could not email about posts ${id}` }) }])
    const quiet = setUp({ notifications: { email: false } })
    await quiet.memory.payload.create({ collection: 'users', data: { email: 'x@unit.test' } })
    await quiet.move(author, 'posts', await quiet.post(), 'submit', { assignee: quiet.memory.all('users')[0].id })
    expect(quiet.memory.emails).toEqual([])
  })

  test('publish and unpublish queue one signed-later delivery per URL with a fixed body; other transitions none', async () => {
    const ctx = setUp({ webhooks: { urls: ['https://a.test/h', 'https://b.test/h'], secret: 's', describe: async ({ doc }) => ({ report: { id: doc.id } }) } })
    const id = await ctx.post({ slug: 'hello' })
    await ctx.move(author, 'posts', id, 'submit')
    await ctx.move(boss, 'posts', id, 'approve')
    expect(ctx.memory.jobs).toEqual([])
    const published = await ctx.move(boss, 'posts', id, 'publish')
    const body = JSON.stringify({ report: { id }, event: 'publish', collection: 'posts', id, slug: 'hello', stage: 'published', timestamp: published.event.createdAt })
    expect(ctx.memory.jobs).toEqual([
      { id: expect.any(String), task: 'workflowWebhookDelivery', queue: 'workflow', input: { url: 'https://a.test/h', body, event: 'publish', collection: 'posts', docId: id } },
      { id: expect.any(String), task: 'workflowWebhookDelivery', queue: 'workflow', input: { url: 'https://b.test/h', body, event: 'publish', collection: 'posts', docId: id } },
    ])
    const bare = setUp({ webhooks: { urls: ['https://a.test/h'], secret: 's', transitions: ['submit'] } })
    const bareId = await bare.post()
    const submitted = await bare.move(author, 'posts', bareId, 'submit')
    expect(JSON.parse(String(bare.memory.jobs[0].input.body))).toEqual({ event: 'submit', collection: 'posts', id: bareId, stage: 'in_review', timestamp: submitted.event.createdAt })
  })
})
