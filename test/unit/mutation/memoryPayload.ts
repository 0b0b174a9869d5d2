import type { PayloadRequest, Where } from 'payload'

/**
 * An in-memory stand-in for the parts of Payload the workflow services call (Local API find / findByID / create /
 * update / findVersions, jobs, email, logger), so their logic can run thousands of times under the mutation tester.
 * It keeps a draft and a published copy per document and a version list, evaluates the where operators the
 * services use, and records every write. The same services run against real databases in test/int/workflow.
 */
type Doc = Record<string, unknown> & { id: string }
type Stored = { latest: Doc; published: Doc | null; versions: { id: string; updatedAt: string; version: Doc }[] }

let clock = Date.UTC(2026, 0, 1)
const tick = () => new Date((clock += 1000)).toISOString()

const valueAt = (doc: Record<string, unknown>, path: string): unknown =>
  path.split('.').reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), doc)

const idOf = (value: unknown): unknown => (value && typeof value === 'object' && 'id' in value ? (value as { id: unknown }).id : value)

const matchesCondition = (actual: unknown, condition: Record<string, unknown>): boolean =>
  Object.entries(condition).every(([operator, expected]) => {
    const value = idOf(actual)
    switch (operator) {
      case 'equals':
        return String(value) === String(expected)
      case 'not_equals':
        return String(value) !== String(expected)
      case 'in':
        return (expected as unknown[]).map(String).includes(String(value))
      case 'exists':
        return (value !== undefined && value !== null) === expected
      case 'greater_than_equal':
        return String(value) >= String(expected)
      default:
        throw new Error(`memoryPayload: operator ${operator} is not supported`)
    }
  })

export const matches = (doc: Record<string, unknown>, where: Where | undefined): boolean => {
  if (!where) return true
  return Object.entries(where).every(([key, condition]) => {
    if (key === 'and') return (condition as Where[]).every((branch) => matches(doc, branch))
    if (key === 'or') return (condition as Where[]).some((branch) => matches(doc, branch))
    return matchesCondition(valueAt(doc, key), condition as Record<string, unknown>)
  })
}

const sortDocs = (docs: Doc[], sort: string | undefined): Doc[] => {
  if (!sort) return docs
  const descending = sort.startsWith('-')
  const field = sort.replace(/^[-+]/, '')
  return [...docs].sort((a, b) => String(valueAt(a, field)).localeCompare(String(valueAt(b, field))) * (descending ? -1 : 1))
}

export type MemoryPayload = ReturnType<typeof memoryPayload>

export const memoryPayload = (
  options: {
    titles?: Record<string, string>
    /** Read access per collection for `overrideAccess: false` reads: a predicate on the document. */
    readable?: (collection: string, doc: Doc, user: unknown) => boolean
    failEmailTo?: string
    failJobCancel?: boolean
  } = {},
) => {
  const store = new Map<string, Map<string, Stored>>()
  const writes: { op: string; collection: string; id: string; data?: Record<string, unknown>; draft?: boolean }[] = []
  const jobs: { id: string; task: string; input: Record<string, unknown>; queue: string; waitUntil?: Date }[] = []
  const cancelledJobs: string[] = []
  const emails: Record<string, unknown>[] = []
  const logs: { level: string; msg: unknown }[] = []
  let nextId = 1
  const table = (collection: string) => {
    let rows = store.get(collection)
    if (!rows) store.set(collection, (rows = new Map()))
    return rows
  }
  const addVersion = (stored: Stored) => {
    const updatedAt = String(stored.latest.updatedAt)
    stored.versions.push({ id: `v${nextId++}`, updatedAt, version: structuredClone(stored.latest) })
  }
  const visible = (collection: string, doc: Doc, overrideAccess: boolean, req: PayloadRequest | undefined) =>
    overrideAccess || !options.readable || options.readable(collection, doc, req?.user)

  const api = {
    async create({ collection, data, draft }: { collection: string; data: Record<string, unknown>; draft?: boolean }) {
      const now = tick()
      const doc: Doc = { ...structuredClone(data), id: data.id === undefined ? String(nextId++) : String(data.id), createdAt: now, updatedAt: now }
      // collections without drafts (no _status) are always "published"
      const stored: Stored = { latest: doc, published: doc._status === undefined || doc._status === 'published' ? doc : null, versions: [] }
      addVersion(stored)
      table(collection).set(doc.id, stored)
      writes.push({ op: 'create', collection, id: doc.id, data, draft })
      return structuredClone(doc)
    },
    async update({ collection, id, data, draft }: { collection: string; id: string | number; data: Record<string, unknown>; draft?: boolean }) {
      const stored = table(collection).get(String(id))
      if (!stored) throw new Error(`memoryPayload: no ${collection} ${String(id)}`)
      stored.latest = { ...stored.latest, ...structuredClone(data), updatedAt: tick() }
      if (!draft && (stored.latest._status === undefined || stored.latest._status === 'published')) stored.published = stored.latest
      if (!draft && data._status === 'draft') stored.published = null
      addVersion(stored)
      writes.push({ op: 'update', collection, id: String(id), data, draft })
      return structuredClone(stored.latest)
    },
    async findByID({ collection, id, draft, overrideAccess, req }: { collection: string; id: string | number; draft?: boolean; overrideAccess: boolean; req?: PayloadRequest }) {
      const stored = table(collection).get(String(id))
      const doc = stored ? (draft ? stored.latest : stored.published) : null
      return doc && visible(collection, doc, overrideAccess, req) ? structuredClone(doc) : null
    },
    async find({ collection, where, sort, limit, draft, overrideAccess, req }: { collection: string; where?: Where; sort?: string; limit?: number; draft?: boolean; overrideAccess: boolean; req?: PayloadRequest }) {
      const docs = [...table(collection).values()]
        .map((stored) => (draft === false ? stored.published : stored.latest))
        .filter((doc): doc is Doc => doc !== null && matches(doc, where) && visible(collection, doc, overrideAccess, req))
      const sorted = sortDocs(docs, sort)
      return { docs: structuredClone(limit ? sorted.slice(0, limit) : sorted), totalDocs: docs.length }
    },
    async findVersions({ collection, where, limit }: { collection: string; where?: Where; limit?: number }) {
      const rows = [...table(collection).entries()].flatMap(([parent, stored]) =>
        stored.versions.map((v, i) => ({ ...v, parent, latest: i === stored.versions.length - 1 })),
      )
      const found = sortDocs(rows.filter((row) => matches(row, where)) as unknown as Doc[], '-updatedAt')
      return { docs: structuredClone(limit ? found.slice(0, limit) : found) }
    },
  }
  const payload = {
    ...api,
    db: { findVersions: api.findVersions },
    collections: Object.fromEntries(Object.entries(options.titles ?? {}).map(([slug, field]) => [slug, { config: { admin: { useAsTitle: field } } }])),
    config: { serverURL: 'https://cms.test', routes: { admin: '/admin' }, custom: { workflow: { slugs: { events: 'workflow-events' } } } },
    jobs: {
      async queue(args: { task: string; input: Record<string, unknown>; queue: string; waitUntil?: Date }) {
        const { req: _req, ...rest } = args as typeof args & { req?: unknown }
        const job = { id: `job${nextId++}`, ...rest }
        jobs.push(job)
        return { id: job.id }
      },
      async cancelByID({ id }: { id: string }) {
        if (options.failJobCancel) throw new Error('job store unavailable')
        cancelledJobs.push(String(id))
      },
    },
    async sendEmail(message: Record<string, unknown>) {
      if (message.to === options.failEmailTo) throw new Error('SMTP refused')
      emails.push(message)
    },
    logger: {
      error: (msg: unknown) => logs.push({ level: 'error', msg }),
      warn: (msg: unknown) => logs.push({ level: 'warn', msg }),
      info: (msg: unknown) => logs.push({ level: 'info', msg }),
    },
  }
  const reqAs = (user: Record<string, unknown> | null): PayloadRequest => ({ user, payload, context: {} }) as unknown as PayloadRequest
  const latest = (collection: string, id: string | number) => structuredClone(table(collection).get(String(id))?.latest)
  const published = (collection: string, id: string | number) => structuredClone(table(collection).get(String(id))?.published ?? null)
  const versionIds = (collection: string, id: string | number) => table(collection).get(String(id))?.versions.map((v) => v.id) ?? []
  const all = (collection: string) => [...table(collection).values()].map((stored) => structuredClone(stored.latest))
  return { payload, reqAs, writes, jobs, cancelledJobs, emails, logs, latest, published, all, versionIds, tick }
}
