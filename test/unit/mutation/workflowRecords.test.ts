import { describe, expect, test } from '@jest/globals'
import type { Config, PayloadRequest } from 'payload'
import { sanitizeOptions } from '../../../plugins/workflow/sanitizeOptions.js'
import { cancelSchedules } from '../../../plugins/workflow/services/cancelSchedules.js'
import { documentWorkflow } from '../../../plugins/workflow/services/documentWorkflow.js'
import { titleOf } from '../../../plugins/workflow/services/documents.js'
import { toEventRecord } from '../../../plugins/workflow/services/events.js'
import { recordWorkflowEvent } from '../../../plugins/workflow/services/hostEvents.js'
import { reviewQueue } from '../../../plugins/workflow/services/reviewQueue.js'
import { listSchedules, toScheduleRecord } from '../../../plugins/workflow/services/scheduleRecords.js'
import { scheduleTransition } from '../../../plugins/workflow/services/scheduleTransition.js'
import { emailsOfUsers } from '../../../plugins/workflow/services/userEmails.js'
import { versionHistory } from '../../../plugins/workflow/services/versionHistory.js'
import { badRequest, conflict, forbidden, notFound, unauthorized, workflowLoggingLevels } from '../../../plugins/workflow/services/errors.js'
import { ownEntry } from '../../../plugins/workflow/services/ownEntry.js'
import type { WorkflowPluginOptions } from '../../../plugins/workflow/types.js'
import { memoryPayload } from './memoryPayload.js'

/** The workflow's reads (document sidebar, queue, version history) and schedules over the in-memory Local API. */
const hostConfig = {
  admin: { user: 'users' },
  collections: [
    { slug: 'users', auth: true, fields: [] },
    { slug: 'posts', versions: { drafts: true }, fields: [{ name: 'title', type: 'text' }] },
    { slug: 'notes', versions: { drafts: true }, fields: [] },
  ],
} as unknown as Config

const boss = { id: 'boss', collection: 'users', email: 'boss@unit.test', role: 'boss' }
const author = { id: 'author', collection: 'users', email: 'author@unit.test', role: 'author' }
const stranger = { id: 'stranger', collection: 'users', email: 'stranger@unit.test', role: 'guest' }
const roleIs = (req: PayloadRequest, ...roles: string[]) => roles.includes(String((req.user as { role?: string } | null)?.role))

const setUp = (extra: Partial<WorkflowPluginOptions> = {}, memoryOptions: Parameters<typeof memoryPayload>[0] = {}) => {
  const memory = memoryPayload({
    titles: { posts: 'title' },
    // strangers read nothing with access control on
    readable: (_collection, _doc, user) => (user as { role?: string } | null)?.role !== 'guest',
    ...memoryOptions,
  })
  const options = sanitizeOptions(
    {
      collections: ['posts', 'notes'],
      access: {
        transitions: { approve: ({ req }) => roleIs(req, 'boss'), publish: ({ req }) => roleIs(req, 'boss'), unpublish: ({ req }) => roleIs(req, 'boss') },
        readHistory: ({ req }) => roleIs(req, 'boss', 'author'),
        queueStages: ({ req }) => (roleIs(req, 'boss') ? ['in_review', 'approved'] : []),
      },
      ...extra,
    },
    hostConfig,
  )
  const as = (user: Record<string, unknown> | null) => memory.reqAs(user)
  const post = async (data: Record<string, unknown> = {}) =>
    (await memory.payload.create({ collection: 'posts', data: { title: 'Hello', _status: 'draft', ...data } })).id
  const event = (data: Record<string, unknown>) => memory.payload.create({ collection: 'workflow-events', data: { from: 'draft', to: 'draft', ...data } })
  return { memory, options, as, post, event }
}

const future = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString()

describe('small pieces', () => {
  test('errors carry their status and are logged at info level', () => {
    expect([badRequest('a'), unauthorized(), forbidden('c'), notFound('d'), conflict('e', { x: 1 })].map((e) => [e.status, e.message, e.data])).toEqual([
      [400, 'a', null],
      [401, 'Sign in to change the workflow.', null],
      [403, 'c', null],
      [404, 'd', null],
      [409, 'e', { x: 1 }],
    ])
    expect(unauthorized('Sign in first.').message).toBe('Sign in first.')
    expect(workflowLoggingLevels).toEqual({ WorkflowError: 'info' })
  })

  test('ownEntry ignores inherited members', () => {
    expect(ownEntry({ a: 1 }, 'a')).toBe(1)
    expect(ownEntry({ a: 1 }, 'constructor')).toBeUndefined()
    expect(ownEntry({ a: 1 }, '__proto__')).toBeUndefined()
  })

  test('titles come from useAsTitle, else the ID', () => {
    const { as } = setUp()
    expect(titleOf(as(null), 'posts', { id: '1', title: 'A title' })).toBe('A title')
    expect(titleOf(as(null), 'posts', { id: '1', title: '' })).toBe('1')
    expect(titleOf(as(null), 'notes', { id: '2', title: 'ignored' })).toBe('2')
  })

  test('records are normalised', () => {
    expect(toEventRecord({ id: 1, collection: 'posts', docId: 5, versionId: 7, from: 'a', to: 'b', transition: 't', user: { id: 'u' }, comment: 3, createdAt: 'now' })).toEqual({
      id: 1, collection: 'posts', docId: '5', versionId: null, from: 'a', to: 'b', transition: 't', user: 'u', comment: null, createdAt: 'now',
    })
    expect(toScheduleRecord({ id: 1, collection: 'posts', docId: 5, transition: 'publish', at: 'then', status: 'scheduled', scheduledBy: { id: 'u' }, comment: 'c', job: 'j' })).toEqual({
      id: 1, collection: 'posts', docId: '5', transition: 'publish', at: 'then', status: 'scheduled', scheduledBy: 'u', comment: 'c', job: 'j',
    })
    expect(toScheduleRecord({ id: 1, comment: 2, job: 3 })).toMatchObject({ comment: null, job: null, scheduledBy: null })
  })

  test('emails of users: one query, distinct IDs, only real addresses', async () => {
    const { memory, as } = setUp()
    for (const [id, email] of [['a', 'a@unit.test'], ['b', ''], ['c', 'c@unit.test']]) await memory.payload.create({ collection: 'users', data: { id, email } })
    expect(await emailsOfUsers(as(null), 'users', ['a', 'b', 'c', 'a', null, undefined, 'zz'])).toEqual(['a@unit.test', 'c@unit.test'])
    const before = memory.writes.length
    expect(await emailsOfUsers(as(null), 'users', [null, undefined])).toEqual([])
    expect(memory.writes.length).toBe(before)
  })

  test('host events append to the audit trail as the user, stage unchanged', async () => {
    const { memory, as } = setUp()
    await recordWorkflowEvent(as(author), { collection: 'posts', docId: 9, stage: 'approved', transition: 'assurance-dropped', comment: 'Figure changed' })
    await recordWorkflowEvent(as(null), { collection: 'posts', docId: 9, stage: 'draft', transition: 'x', versionId: 'v1' })
    expect(memory.all('workflow-events').map(({ id, createdAt, updatedAt, ...rest }) => rest)).toEqual([
      { collection: 'posts', docId: '9', versionId: null, from: 'approved', to: 'approved', transition: 'assurance-dropped', user: 'author', comment: 'Figure changed' },
      { collection: 'posts', docId: '9', versionId: 'v1', from: 'draft', to: 'draft', transition: 'x', user: null, comment: null },
    ])
    const bare = memoryPayload()
    ;(bare.payload.config as { custom: unknown }).custom = {}
    await expect(recordWorkflowEvent(bare.reqAs(null), { collection: 'posts', docId: 1, stage: 'draft', transition: 'x' })).rejects.toThrow(/not enabled/)
  })
})

describe('document workflow (the sidebar)', () => {
  test('stage, status, transitions, blocked ones, events newest first and pending schedules', async () => {
    const { memory, options, as, post, event } = setUp()
    const id = await post({ workflow: { stage: 'in_review', submittedBy: 'boss' } })
    await event({ collection: 'posts', docId: id, transition: 'submit', user: 'boss', comment: 'first' })
    await event({ collection: 'posts', docId: id, transition: 'edit', user: 'author' })
    await event({ collection: 'notes', docId: id, transition: 'submit', user: 'x' })
    await memory.payload.create({ collection: 'workflow-schedules', data: { collection: 'posts', docId: id, transition: 'unpublish', at: 'b', status: 'scheduled' } })
    await memory.payload.create({ collection: 'workflow-schedules', data: { collection: 'posts', docId: id, transition: 'publish', at: 'a', status: 'scheduled' } })
    await memory.payload.create({ collection: 'workflow-schedules', data: { collection: 'posts', docId: id, transition: 'publish', at: 'c', status: 'cancelled' } })
    const sidebar = await documentWorkflow(as(boss), options, { collection: 'posts', id })
    expect(sidebar).toMatchObject({
      collection: 'posts',
      id,
      state: { stage: 'in_review', submittedBy: 'boss', status: 'draft' },
      transitions: ['request-changes', 'withdraw'],
      blocked: [{ name: 'approve', reason: 'You submitted this: another reviewer must approve it.' }],
    })
    expect(sidebar.events.map((e) => [e.transition, e.user])).toEqual([
      ['edit', 'author'],
      ['submit', 'boss'],
    ])
    expect(sidebar.schedules.map((s) => [s.transition, s.at])).toEqual([
      ['publish', 'a'],
      ['unpublish', 'b'],
    ])
  })

  test('history only for those readHistory grants; the document only for who may read it', async () => {
    const { options, as, post, event } = setUp({ access: { readHistory: ({ req }) => roleIs(req, 'boss') } })
    const id = await post()
    await event({ collection: 'posts', docId: id, transition: 'submit', user: 'boss' })
    const seen = await documentWorkflow(as(author), options, { collection: 'posts', id })
    expect([seen.events, seen.schedules, seen.transitions]).toEqual([[], [], ['submit']])
    expect(seen.state.status).toBe('draft')
    await expect(documentWorkflow(as(stranger), options, { collection: 'posts', id })).rejects.toMatchObject({ status: 404, message: `There is no posts document with ID ${id}.` })
    await expect(documentWorkflow(as(null), options, { collection: 'posts', id })).rejects.toMatchObject({ status: 401 })
    await expect(documentWorkflow(as(boss), options, { collection: 'pages', id })).rejects.toMatchObject({ status: 404, message: 'The collection "pages" has no workflow.' })
    const live = await documentWorkflow(as(boss), options, { collection: 'posts', id: await post({ _status: 'published', workflow: { stage: 'published' } }) })
    expect(live.state.status).toBe('published')
    expect(live.transitions).toEqual(['unpublish'])
  })

  test('a document without a status shows null', async () => {
    const { memory, options, as } = setUp()
    const { id } = await memory.payload.create({ collection: 'notes', data: { workflow: { stage: 'draft' } } })
    expect((await documentWorkflow(as(boss), options, { collection: 'notes', id })).state.status).toBeNull()
  })
})

describe('review queue', () => {
  test('assigned items and items in the stages the role acts on, newest first, with what the user can do and the last comment', async () => {
    const { memory, options, as, post, event } = setUp()
    const review = await post({ title: 'In review', workflow: { stage: 'in_review', submittedBy: 'author' } })
    const approved = await post({ title: 'Approved', workflow: { stage: 'approved' } })
    const assigned = await post({ title: 'Assigned draft', workflow: { stage: 'draft', assignee: 'boss' } })
    await post({ title: 'Plain draft' })
    const note = (await memory.payload.create({ collection: 'notes', data: { workflow: { stage: 'in_review' } } })).id
    await event({ collection: 'posts', docId: review, transition: 'submit', user: 'author', comment: 'Old' })
    await event({ collection: 'posts', docId: review, transition: 'request-changes', user: 'boss', comment: '' })
    await event({ collection: 'posts', docId: review, transition: 'submit', user: 'author', comment: 'Newest' })
    await event({ collection: 'posts', docId: approved, transition: 'approve', user: 'boss' })
    const queue = await reviewQueue(as(boss), options)
    expect(queue.totalDocs).toBe(4)
    expect(queue.docs.map((d) => [d.collection, d.title, d.stage, d.reason, d.transitions, d.lastComment?.comment ?? null])).toEqual([
      ['notes', note, 'in_review', 'stage', ['request-changes', 'approve', 'withdraw'], null],
      ['posts', 'Assigned draft', 'draft', 'assigned', ['submit'], null],
      ['posts', 'Approved', 'approved', 'stage', ['publish', 'withdraw'], null],
      ['posts', 'In review', 'in_review', 'stage', ['request-changes', 'approve', 'withdraw'], 'Newest'],
    ])
    expect(queue.docs[3]).toMatchObject({ id: review, status: 'draft', submittedBy: 'author', assignee: null, lastComment: { transition: 'submit', user: 'author' } })
    expect(queue.docs[1].assignee).toBe('boss')
    expect(queue.docs[0].status).toBeNull()
    const limited = await reviewQueue(as(boss), options, { limit: 1 })
    expect([limited.totalDocs, limited.docs.length]).toEqual([2, 1])
  })

  test('no history, no comments; no stages, only what is assigned; anonymous refused', async () => {
    const { options, as, post, event } = setUp({ access: { readHistory: () => false, queueStages: () => [] } })
    const id = await post({ workflow: { stage: 'in_review', assignee: 'author' } })
    await post({ workflow: { stage: 'in_review' } })
    await event({ collection: 'posts', docId: id, transition: 'submit', user: 'author', comment: 'Hidden' })
    const queue = await reviewQueue(as(author), options)
    expect(queue.docs.map((d) => [d.id, d.reason, d.lastComment])).toEqual([[id, 'assigned', null]])
    await expect(reviewQueue(as(null), options)).rejects.toMatchObject({ status: 401, message: 'Sign in to see your review queue.' })
  })
})

describe('version history', () => {
  test('versions newest first with stage, status and the transitions that wrote them, by name', async () => {
    const { memory, as, post } = setUp()
    await memory.payload.create({ collection: 'users', data: { id: 'author', email: 'author@unit.test', name: 'Ann Author' } })
    await memory.payload.create({ collection: 'users', data: { id: 'boss', email: 'boss@unit.test' } })
    await memory.payload.create({ collection: 'users', data: { id: 'nameless', email: '' } })
    const id = await post({ workflow: { stage: 'draft' } })
    await memory.payload.update({ collection: 'posts', id, data: { workflow: { stage: 'in_review' } }, draft: true })
    await memory.payload.update({ collection: 'posts', id, data: { _status: 'published', workflow: { stage: 'published' } } })
    // another post's versions and events stay out of this one's history
    const neighbour = await post({ workflow: { stage: 'approved' } })
    await memory.payload.create({ collection: 'workflow-events', data: { collection: 'posts', docId: neighbour, transition: 'approve', user: 'boss' } })
    const rows = await versionHistory(as(boss), { events: 'workflow-events', users: 'users' }, { collection: 'posts', id, limit: 10 })
    const [published, review, created] = rows
    for (const [row, transition, user] of [[review, 'submit', 'author'], [published, 'publish', 'boss'], [published, 'note', 'nameless'], [published, 'job', null], [review, 'other', 'ghost']] as const) {
      await memory.payload.create({ collection: 'workflow-events', data: { collection: 'posts', docId: id, versionId: row.id, transition, user } })
    }
    await memory.payload.create({ collection: 'workflow-events', data: { collection: 'notes', docId: id, versionId: review.id, transition: 'elsewhere', user: 'boss' } })
    const again = await versionHistory(as(boss), { events: 'workflow-events', users: 'users' }, { collection: 'posts', id, limit: 10 })
    expect(again.map((r) => [r.stage, r.status, r.changes])).toEqual([
      ['published', 'published', [{ transition: 'publish', by: 'boss@unit.test' }, { transition: 'note', by: 'User nameless' }, { transition: 'job', by: null }]],
      ['in_review', 'draft', [{ transition: 'submit', by: 'Ann Author' }, { transition: 'other', by: null }]],
      ['draft', 'draft', []],
    ])
    expect(created.updatedAt).toMatch(/^2026-/)
    expect(rows.map((r) => r.stage)).toEqual(['published', 'in_review', 'draft'])
    expect((await versionHistory(as(boss), { events: 'workflow-events', users: 'users' }, { collection: 'posts', id, limit: 1 })).length).toBe(1)
  })
})

describe('schedules', () => {
  test('scheduling checks the transition, the user and the time, then writes the schedule, its job and an event', async () => {
    const { memory, options, as, post } = setUp()
    const id = await post({ workflow: { stage: 'approved' } })
    const at = future(60)
    const schedule = await scheduleTransition(as(boss), options, { collection: 'posts', id, transition: 'publish', at, comment: '  launch ' })
    expect(schedule).toMatchObject({ collection: 'posts', docId: id, transition: 'publish', at, status: 'scheduled', scheduledBy: 'boss', comment: 'launch', job: memory.jobs[0].id })
    expect(memory.jobs[0]).toMatchObject({ task: 'workflowScheduledTransition', input: { schedule: String(schedule.id) }, queue: 'workflow', waitUntil: new Date(at) })
    expect(memory.all('workflow-events').at(-1)).toMatchObject({ transition: 'schedule', from: 'approved', to: 'approved', user: 'boss', comment: `publish at ${at}: launch` })
    // a later unpublish may follow a pending publish even though the document is not live yet
    const down = await scheduleTransition(as(boss), options, { collection: 'posts', id, transition: 'unpublish', at: future(120) })
    expect(down.comment).toBeNull()
    expect(memory.all('workflow-events').at(-1)?.comment).toBe(`unpublish at ${down.at}`)
    await expect(scheduleTransition(as(boss), options, { collection: 'posts', id, transition: 'unpublish', at: future(30) })).rejects.toMatchObject({
      status: 409,
      message: 'Cannot schedule unpublish for a document in stage "approved"; it needs to be published.',
    })
    // rescheduling replaces the pending one of the same transition and cancels its job
    const again = await scheduleTransition(as(boss), options, { collection: 'posts', id, transition: 'publish', at: future(90) })
    expect((await listSchedules(as(boss), options, { collection: 'posts', id })).map((s) => [s.transition, s.status])).toEqual([
      ['publish', 'cancelled'],
      ['publish', 'scheduled'],
      ['unpublish', 'scheduled'],
    ])
    expect(memory.cancelledJobs).toEqual([schedule.job])
    expect(again.status).toBe('scheduled')
  })

  test('refusals: unknown or unschedulable transition, unknown collection or document, anonymous, not permitted, bad or past time', async () => {
    const { options, as, post } = setUp()
    const id = await post({ workflow: { stage: 'approved' } })
    const schedule = (user: Record<string, unknown> | null, input: Partial<{ collection: string; id: string; transition: string; at: unknown }>) =>
      scheduleTransition(as(user), options, { collection: 'posts', id, transition: 'publish', at: future(10), ...input })
    await expect(schedule(boss, { transition: 'valueOf' })).rejects.toMatchObject({ status: 404, message: 'Unknown workflow transition "valueOf".' })
    await expect(schedule(boss, { transition: 'approve' })).rejects.toMatchObject({ status: 400, message: 'Only publish and unpublish can be scheduled.' })
    await expect(schedule(boss, { collection: 'pages' })).rejects.toMatchObject({ status: 404, message: 'The collection "pages" has no workflow.' })
    await expect(schedule(null, {})).rejects.toMatchObject({ status: 401 })
    await expect(schedule(boss, { id: 'nope' })).rejects.toMatchObject({ status: 404, message: 'There is no posts document with ID nope.' })
    await expect(schedule(author, {})).rejects.toMatchObject({ status: 403, message: 'You are not allowed to publish this document, so you cannot schedule it either.' })
    await expect(schedule(boss, { at: 'tomorrow' })).rejects.toMatchObject({ status: 400, message: '"at" must be an ISO 8601 date-time, e.g. "2030-01-31T09:00:00Z".' })
    await expect(schedule(boss, { at: 12345 })).rejects.toMatchObject({ status: 400 })
    await expect(schedule(boss, { at: new Date(Date.now() - 1000).toISOString() })).rejects.toMatchObject({ status: 400, message: '"at" must be in the future.' })
    await expect(schedule(boss, { id: await post() })).rejects.toMatchObject({ status: 409, message: 'Cannot schedule publish for a document in stage "draft"; it needs to be approved.' })
  })

  test('cancelling marks pending schedules cancelled with an event each and cancels their jobs; a failing job store is only logged', async () => {
    const { memory, options, as, post } = setUp({}, { failJobCancel: true })
    const id = await post({ workflow: { stage: 'approved' } })
    const publish = await scheduleTransition(as(boss), options, { collection: 'posts', id, transition: 'publish', at: future(10) })
    await scheduleTransition(as(boss), options, { collection: 'posts', id, transition: 'unpublish', at: future(20) })
    const cancelled = await cancelSchedules(as(boss), options, { collection: 'posts', id, transition: 'publish' })
    expect(cancelled.map((s) => [s.id, s.status])).toEqual([[publish.id, 'cancelled']])
    expect(memory.all('workflow-events').at(-1)).toMatchObject({ transition: 'unschedule', from: 'approved', to: 'approved', user: 'boss', comment: `publish at ${publish.at} cancelled` })
    expect(memory.logs).toEqual([{ level: 'warn', msg: expect.objectContaining({ msg: `workflow: could not cancel job ${publish.job}; its schedule is cancelled` }) }])
    expect((await cancelSchedules(as(boss), options, { collection: 'posts', id })).map((s) => s.transition)).toEqual(['unpublish'])
    await expect(cancelSchedules(as(boss), options, { collection: 'posts', id })).rejects.toMatchObject({
      status: 404,
      message: 'There is no pending publish/unpublish schedule for this document.',
    })
    await expect(cancelSchedules(as(boss), options, { collection: 'posts', id, transition: 'publish' })).rejects.toMatchObject({
      message: 'There is no pending publish schedule for this document.',
    })
    await expect(cancelSchedules(as(boss), options, { collection: 'pages', id })).rejects.toMatchObject({ status: 404, message: 'The collection "pages" has no workflow.' })
  })

  test('only those who may perform the transition may cancel it', async () => {
    const { memory, options, as, post } = setUp()
    const id = await post({ workflow: { stage: 'approved' } })
    await scheduleTransition(as(boss), options, { collection: 'posts', id, transition: 'publish', at: future(10) })
    await expect(cancelSchedules(as(author), options, { collection: 'posts', id })).rejects.toMatchObject({ status: 403 })
    expect((await listSchedules(as(boss), options, { collection: 'posts', id, status: 'scheduled' })).length).toBe(1)
    expect(memory.cancelledJobs).toEqual([])
  })
})
