import { randomBytes, randomUUID } from 'node:crypto'
import { ValidationError, type FlattenedField, type PayloadRequest } from 'payload'
import type { Evidence } from '../../payload-types.js'
import { slugs } from '../../collections/slugs.js'
import { ImportError } from './errors.js'
import type { EvidenceInput, ImportProgress } from './types.js'

export type WritePlan = {
  report: { id: string; organisation: string }
  creates: EvidenceInput[]
  updates: { id: string; row: EvidenceInput }[]
  /** `order` of the first new item: new items follow the report's existing ones, in file order. */
  firstOrder: number
}

/** Array rows need IDs; Payload's own are 24 hex characters. */
const arrayRowId = (): string => randomBytes(12).toString('hex')

/** The fields an import sets, as the collection stores them. */
const contentOf = (row: EvidenceInput) => ({
  externalId: row.externalId,
  goal: row.goal,
  title: row.title,
  description: row.description,
  activityType: row.activityType,
  assurance: row.assurance,
  beneficiaries: row.beneficiaries,
  area: row.area,
  source: row.source,
  metrics: row.metrics.map((metric) => ({ id: arrayRowId(), ...metric })),
})

/** The stage a new item starts in: the workflow group's default (the plugin owns it; draft in this project). */
const initialWorkflowOf = (fields: FlattenedField[]): Record<string, unknown> | undefined => {
  const group = fields.find((field) => field.name === 'workflow')
  if (!group || !('flattenedFields' in group)) return undefined
  const stage = group.flattenedFields.find((field) => field.name === 'stage')
  const initial = stage && 'defaultValue' in stage && typeof stage.defaultValue === 'string' ? stage.defaultValue : undefined
  return { stage: initial, assignee: null, submittedBy: null, approvedBy: null, approvedVersion: null }
}

const rowFailed = (row: EvidenceInput, error: unknown): ImportError => {
  if (error instanceof ImportError) return error
  if (error instanceof ValidationError) {
    return new ImportError(422, error.data.errors.map((problem) => ({ row: row.row, column: problem.path, message: problem.message })))
  }
  const message = error instanceof Error ? error.message : String(error)
  return new ImportError(422, [{ row: row.row, message: `Could not be saved: ${message}` }])
}

/**
 * Writes the plan inside the caller's transaction (see runImport). New items are inserted through the database
 * adapter — the item and its first version, as Payload's create with `draft: true` stores them — because a full
 * `payload.create` per row costs ~20 ms of hooks here (10,000 rows: minutes). Every rule those hooks apply to a new
 * item was checked before (validateRows: goal of the edition, fields, organisation from the report, caller may
 * write for it) and the workflow stage is the initial one. Items that already exist go through `payload.update`,
 * so the workflow's edit rules and audit events apply to them as to any edit.
 */
export const writePlan = async (req: PayloadRequest, plan: WritePlan, onProgress?: (progress: ImportProgress) => void): Promise<void> => {
  const { payload } = req
  const collection = payload.collections[slugs.evidence].config
  const workflow = initialWorkflowOf(collection.flattenedFields)
  const total = plan.creates.length + plan.updates.length
  let done = 0
  const step = Math.max(1, Math.min(250, Math.ceil(total / 100)))
  const advance = async () => {
    done += 1
    if (done % step !== 0 && done !== total) return
    onProgress?.({ phase: 'writing', done, total })
    // the local SQLite client settles its promises without returning to the event loop: let the progress line
    // (and other requests) out now, not when the whole file is written
    await new Promise((resolve) => setImmediate(resolve))
  }

  for (const [index, row] of plan.creates.entries()) {
    const now = new Date().toISOString()
    const data: Record<string, unknown> = {
      report: plan.report.id,
      organisation: plan.report.organisation,
      ...contentOf(row),
      attachments: [],
      order: plan.firstOrder + index,
      ...(workflow ? { workflow } : {}),
      _status: 'draft',
      createdAt: now,
      updatedAt: now,
    }
    const id = randomUUID()
    try {
      await payload.db.create({ collection: slugs.evidence, customID: id, data, req, returning: false })
      await payload.db.createVersion({
        autosave: false,
        collectionSlug: slugs.evidence,
        createdAt: now,
        updatedAt: now,
        parent: id,
        req,
        returning: false,
        versionData: data as Parameters<typeof payload.db.createVersion>[0]['versionData'],
      })
    } catch (error) {
      throw rowFailed(row, error)
    }
    await advance()
  }

  for (const { id, row } of plan.updates) {
    try {
      await payload.update({
        collection: slugs.evidence,
        id,
        // select values (activity type, assurance, direction) were checked against the collection's options when the
        // rows were validated; the input types carry them as strings, hence the cast to the stored shape
        data: { ...contentOf(row), report: plan.report.id } as Partial<Evidence>,
        draft: true,
        depth: 0,
        req,
        // on behalf of the caller when there is one (the CLI without --as is the system)
        overrideAccess: !req.user,
      })
    } catch (error) {
      throw rowFailed(row, error)
    }
    await advance()
  }
}
