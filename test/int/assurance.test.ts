import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import PDFDocument from 'pdfkit'
import { createWorld, type World } from '../helpers/fixtures.js'
import type { TestServer } from '../helpers/testServer.js'
import type { Evidence } from '../../payload-types.js'

/**
 * Issue 11, item 4: assurance per metric. Delivered with each metric (statement document included); an assured
 * figure that changes (value, as written, unit, period) drops to self-reported on every write path and the drop is
 * an `assurance-dropped` event in the item's workflow history; other edits keep it; refused writes drop nothing.
 */
let server: TestServer
let world: World
let statementId: string
const mediaDir = mkdtempSync(path.join(os.tmpdir(), 'impact-cms-assurance-media-'))

type Row = Record<string, unknown> & { id: string; assurance: Record<string, unknown> }

type MetricAssurance = NonNullable<NonNullable<Evidence['metrics']>[number]['assurance']>

const assured = (statement: string): MetricAssurance => ({
  level: 'externally-assured-reasonable',
  assurer: 'Example Assurance LLP',
  standard: 'aa1000as',
  date: '2024-06-30T00:00:00.000Z',
  statement,
})
const selfReported = { level: 'self-reported', assurer: null, standard: null, date: null, statement: null }

/** A published report of organisation A with one evidence item whose two metrics are assured. */
const assuredItem = async (title: string) => {
  const { payload } = server
  const report = await payload.create({ collection: 'reports', draft: false, data: { title, organisation: world.orgA.id, framework: world.framework.id, _status: 'published' } })
  const metrics = [
    { label: 'Staff trained', value: 120, unit: 'people', valueText: '120 staff', period: '2023/24', assurance: assured(statementId) },
    { label: 'Sessions held', value: 40, unit: 'sessions', period: '2023/24', assurance: assured(statementId) },
  ]
  const evidence = await payload.create({
    collection: 'evidence',
    draft: false,
    data: { report: report.id, title: `${title} evidence`, goal: world.goal1.id, assurance: 'audited', metrics, _status: 'published' },
  })
  return { report, evidence }
}

const latestRows = async (id: string): Promise<Row[]> => {
  const { body } = await server.request(`/api/evidence/${id}?draft=true&depth=0`, { token: world.users.editor.token })
  return body.metrics as Row[]
}

const droppedEvents = async (id: string) => {
  const { body } = await server.request(`/api/evidence/${id}/workflow`, { token: world.users.editor.token })
  return (body.events as { transition: string; comment: string | null; user: string | null }[]).filter((e) => e.transition === 'assurance-dropped')
}

const patch = (id: string, metrics: unknown[], token = world.users.editor.token) =>
  server.request(`/api/evidence/${id}?draft=true`, { method: 'PATCH', token, body: { metrics } })

/** A real (one-line) PDF: uploads are checked by their content, not their name. */
const statementPdf = (): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const doc = new PDFDocument()
    const chunks: Buffer[] = []
    doc.on('data', (chunk: Buffer) => chunks.push(chunk))
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
    doc.text('Independent limited assurance statement')
    doc.end()
  })

beforeAll(async () => {
  // the Media collection reads MEDIA_DIR when it is first imported: set it before loading the server
  process.env.MEDIA_DIR = mediaDir
  const { startTestServer } = await import('../helpers/testServer.js')
  server = await startTestServer({ seed: false, demoUsers: false })
  world = await createWorld(server)
  const pdf = await statementPdf()
  const statement = await server.payload.create({
    collection: 'media',
    data: { alt: 'Independent assurance statement 2023/24' },
    file: { data: pdf, mimetype: 'application/pdf', name: 'assurance-statement.pdf', size: pdf.length },
  })
  statementId = statement.id
})
afterAll(async () => {
  await server?.close()
  rmSync(mediaDir, { recursive: true, force: true })
})

describe('assurance is delivered with each metric', () => {
  test('REST assembled and GraphQL: level, assurer, standard, date and the statement document', async () => {
    const { report } = await assuredItem('Delivered assurance')
    const { status, body } = await server.request(`/api/reports/${report.slug}/assembled`)
    expect(status).toBe(200)
    const [metric] = body.goals[0].evidence[0].metrics
    expect(metric.assurance).toMatchObject({
      level: 'externally-assured-reasonable',
      assurer: 'Example Assurance LLP',
      standard: 'aa1000as',
      date: '2024-06-30',
      statement: { id: statementId, alt: 'Independent assurance statement 2023/24', filename: 'assurance-statement.pdf', mimeType: 'application/pdf' },
    })
    expect(metric.assurance.statement.url).toMatch(/\/api\/media\/file\/assurance-statement\.pdf$/)
    // the evidence-level assurance (the item's claim) is delivered next to it, unchanged
    expect(body.goals[0].evidence[0].assurance).toBe('audited')
    const graphql = await server.graphql(`query ($slug: String!) { impactReport(slug: $slug) { goals { evidence { metrics { label assurance } } } } }`, { slug: report.slug })
    expect(graphql.body.errors).toBeUndefined()
    expect(graphql.body.data.impactReport.goals[0].evidence[0].metrics[0].assurance).toEqual(metric.assurance)
  })

  test('an externally assured figure needs its assurer (400 naming the field, nothing written)', async () => {
    const { evidence } = await assuredItem('Assurer required')
    const rows = await latestRows(evidence.id)
    const { status, body } = await patch(evidence.id, [{ ...rows[0], assurance: { ...rows[0].assurance, assurer: '' } }, rows[1]])
    expect(status).toBe(400)
    expect(JSON.stringify(body.errors)).toContain('Name the assurance provider of an externally assured figure.')
    expect((await latestRows(evidence.id))[0].assurance.assurer).toBe('Example Assurance LLP')
  })
})

describe('changing an assured figure drops its assurance to self-reported and records an event', () => {
  test.each([
    ['value', { value: 125 }],
    ['as-written figure', { valueText: 'about 120 staff' }],
    ['unit', { unit: 'staff' }],
    ['period text', { period: '2024/25' }],
    ['period dates', { periodEnd: '2024-06-30T00:00:00.000Z' }],
  ])('%s (REST, editor)', async (what, change) => {
    const { evidence } = await assuredItem(`Changed ${what}`)
    const rows = await latestRows(evidence.id)
    const { status } = await patch(evidence.id, [{ ...rows[0], ...change }, rows[1]])
    expect(status).toBe(200)
    const after = await latestRows(evidence.id)
    expect(after[0].assurance).toEqual(selfReported)
    expect(after[1].assurance).toMatchObject({ level: 'externally-assured-reasonable', assurer: 'Example Assurance LLP' })
    const events = await droppedEvents(evidence.id)
    expect(events).toHaveLength(1)
    expect(events[0].user).toBe(world.users.editor.id)
    // the admin's history names the action in words
    expect((server.payload.config.admin.custom?.workflow as { eventLabels: Record<string, string> }).eventLabels['assurance-dropped']).toBe('Assurance dropped: figure changed')
    expect(events[0].comment).toMatch(/^Metric "Staff trained": externally-assured-reasonable \(Example Assurance LLP, aa1000as, 2024-06-30\) dropped to self-reported because its .+ changed/)
  })

  test('the figure’s own assurance sent with the change does not keep it: re-assure in a later save', async () => {
    const { evidence } = await assuredItem('Re-assured in one save')
    const rows = await latestRows(evidence.id)
    await patch(evidence.id, [{ ...rows[0], value: 130, assurance: { ...rows[0].assurance, date: '2024-07-31T00:00:00.000Z' } }, rows[1]])
    expect((await latestRows(evidence.id))[0].assurance).toEqual(selfReported)
    const reassured = await latestRows(evidence.id)
    await patch(evidence.id, [{ ...reassured[0], assurance: assured(statementId) }, reassured[1]])
    expect((await latestRows(evidence.id))[0].assurance).toMatchObject({ level: 'externally-assured-reasonable', statement: statementId })
    expect(await droppedEvents(evidence.id)).toHaveLength(1)
  })

  test('rows sent without ids are matched by position, so the drop cannot be sidestepped', async () => {
    const { evidence } = await assuredItem('Rows without ids')
    const rows = await latestRows(evidence.id)
    const withoutIds = rows.map(({ id: _id, ...row }) => row)
    await patch(evidence.id, [{ ...withoutIds[0], value: 999 }, withoutIds[1]])
    const after = await latestRows(evidence.id)
    expect(after[0]).toMatchObject({ value: 999, assurance: selfReported })
    expect(after[1].assurance).toMatchObject({ level: 'externally-assured-reasonable' })
  })

  test('other edits keep the assurance: the label, the evidence title, another row', async () => {
    const { evidence } = await assuredItem('Unrelated edits')
    const rows = await latestRows(evidence.id)
    await patch(evidence.id, [{ ...rows[0], label: 'Staff trained in total' }, rows[1]])
    await server.request(`/api/evidence/${evidence.id}?draft=true`, { method: 'PATCH', token: world.users.editor.token, body: { title: 'Retitled' } })
    const after = await latestRows(evidence.id)
    expect(after.map((r) => r.assurance.level)).toEqual(['externally-assured-reasonable', 'externally-assured-reasonable'])
    expect(await droppedEvents(evidence.id)).toEqual([])
  })

  test('a refused write drops nothing and records nothing', async () => {
    const { evidence } = await assuredItem('Refused write')
    const rows = await latestRows(evidence.id)
    const refused = await patch(evidence.id, [{ ...rows[0], value: 1, periodStart: '2025-01-01T00:00:00.000Z', periodEnd: '2024-01-01T00:00:00.000Z' }, rows[1]])
    expect(refused.status).toBe(400)
    expect(JSON.stringify(refused.body.errors)).toContain('The period must end on or after the day it starts.')
    expect((await latestRows(evidence.id))[0]).toMatchObject({ value: 120, assurance: { level: 'externally-assured-reasonable' } })
    expect(await droppedEvents(evidence.id)).toEqual([])
  })

  test('GraphQL and the Local API (as a contributor of the organisation) drop it too; the published figure keeps its assurance until the next publish', async () => {
    const { report, evidence } = await assuredItem('Other paths')
    const rows = await latestRows(evidence.id)
    const mutation = `mutation ($id: String!, $data: mutationEvidenceUpdateInput!) { updateEvidence(id: $id, data: $data, draft: true) { id } }`
    // GraphQL enum values use `_` for `-`
    const asInput = (row: Row) => ({ ...row, assurance: { ...row.assurance, level: String(row.assurance.level).replace(/-/g, '_') } })
    const gql = await server.graphql(mutation, { id: evidence.id, data: { metrics: [asInput({ ...rows[0], value: 121 }), asInput(rows[1])] } }, world.users.contributorOwn.token)
    expect(gql.body.errors).toBeUndefined()
    expect((await latestRows(evidence.id))[0].assurance).toEqual(selfReported)

    const user = await server.payload.findByID({ collection: 'users', id: world.users.contributorOwn.id })
    const latest = await latestRows(evidence.id)
    const metrics = [latest[0], { ...latest[1], period: '2024/25' }]
    await server.payload.update({ collection: 'evidence', id: evidence.id, data: { metrics }, draft: true, overrideAccess: false, user: { ...user, collection: 'users' } })
    expect((await latestRows(evidence.id))[1].assurance).toEqual(selfReported)
    expect((await droppedEvents(evidence.id)).map((e) => e.user)).toEqual([world.users.contributorOwn.id, world.users.contributorOwn.id])

    // the public view is the published version: its figures are still the assured ones
    const { body } = await server.request(`/api/reports/${report.slug}/assembled`)
    expect(body.goals[0].evidence[0].metrics.map((m: { value: number; assurance: { level: string } }) => [m.value, m.assurance.level])).toEqual([
      [120, 'externally-assured-reasonable'],
      [40, 'externally-assured-reasonable'],
    ])
  })
})

describe('typed periods', () => {
  test('dates are read from the text, kept when given, read again when the text changes', async () => {
    const { evidence } = await assuredItem('Typed periods')
    const rows = await latestRows(evidence.id)
    expect(rows[0]).toMatchObject({ period: '2023/24', periodStart: '2023-04-01T00:00:00.000Z', periodEnd: '2024-03-31T00:00:00.000Z' })
    await patch(evidence.id, [
      { ...rows[0], period: 'Q1 2024/25' },
      { ...rows[1], period: 'over the next three years', periodStart: null, periodEnd: null },
    ])
    const after = await latestRows(evidence.id)
    expect(after[0]).toMatchObject({ period: 'Q1 2024/25', periodStart: '2024-04-01T00:00:00.000Z', periodEnd: '2024-06-30T00:00:00.000Z' })
    expect(after[1]).toMatchObject({ period: 'over the next three years', periodStart: null, periodEnd: null })
    await patch(evidence.id, [after[0], { ...after[1], period: 'the calendar year', periodStart: '2024-01-01T00:00:00.000Z', periodEnd: '2024-12-31T00:00:00.000Z' }])
    expect((await latestRows(evidence.id))[1]).toMatchObject({ period: 'the calendar year', periodStart: '2024-01-01T00:00:00.000Z', periodEnd: '2024-12-31T00:00:00.000Z' })
  })
})
