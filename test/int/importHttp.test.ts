import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { createWorld, type World } from '../helpers/fixtures.js'
import { importFixture, uploadImport } from '../helpers/importUpload.js'
import { startTestServer, type TestServer } from '../helpers/testServer.js'

let server: TestServer
let world: World
const slug = 'import-target'
let reportId: string

const evidenceOfReport = async () =>
  (
    await server.payload.find({
      collection: 'evidence',
      where: { report: { equals: reportId } },
      draft: true,
      depth: 0,
      pagination: false,
      sort: 'order',
    })
  ).docs

const csv = (name: string) => ({ name, bytes: importFixture(name) })

beforeAll(async () => {
  server = await startTestServer({ seed: false, demoUsers: false })
  world = await createWorld(server)
  const report = await server.payload.create({
    collection: 'reports',
    draft: true,
    data: { title: 'Import target', slug, organisation: world.orgA.id, framework: world.framework.id },
  })
  reportId = report.id
}, 60_000)

afterAll(async () => {
  await server?.close()
})

describe('POST /api/reports/{slug}/import', () => {
  test('a good CSV creates draft evidence with its metrics; a re-import duplicates nothing', async () => {
    const first = await uploadImport(server, slug, csv('good.csv'), { token: world.tokenOf('contributorOwn') })
    expect(first.status).toBe(201)
    expect(first.body.summary).toEqual({
      report: { id: reportId, slug, title: 'Import target' },
      rows: 3,
      created: 3,
      updated: 0,
      unchanged: 0,
      dryRun: false,
    })
    const docs = await evidenceOfReport()
    expect(docs.map((doc) => [doc.externalId, doc.title, doc.goal])).toEqual([
      ['ev-001', 'Community clinics', world.goal1.id],
      ['ev-002', 'Apprenticeships', world.goal2.id],
      ['ev-003', 'Volunteering', world.goal2.id],
    ])
    const [clinics, apprenticeships, volunteering] = docs
    expect(clinics).toMatchObject({
      description: 'Clinics in three towns, open "every" weekday',
      assurance: 'verified',
      organisation: world.orgA.id,
      source: { citation: 'Annual report 2023 p.12', url: 'https://example.org/report' },
      _status: 'draft',
      workflow: { stage: 'draft' },
    })
    expect(clinics.metrics).toEqual([
      expect.objectContaining({ label: 'People served', value: 1200000, unit: 'people', valueText: 'more than 1.2 million', baseline: 900000, target: 1500000, period: '2022/23' }),
      expect.objectContaining({ label: 'Clinics', value: 3, unit: 'clinics', valueText: null }),
    ])
    expect(apprenticeships).toMatchObject({ assurance: 'self-reported', description: null, metrics: [expect.objectContaining({ label: 'Apprentices', value: 42 })] })
    expect(volunteering).toMatchObject({ assurance: 'audited', metrics: [] })
    // new items follow in file order
    expect(docs.map((doc) => doc.order)).toEqual([1, 2, 3])

    // what Payload itself serves for an imported item: REST read, version history, workflow stage
    const read = await server.request(`/api/evidence/${clinics.id}?draft=true&depth=0`, { token: world.tokenOf('editor') })
    expect(read.status).toBe(200)
    expect(read.body).toMatchObject({ title: 'Community clinics', externalId: 'ev-001', metrics: [{ value: 1200000 }, { value: 3 }] })
    const versions = await server.payload.findVersions({ collection: 'evidence', where: { parent: { equals: clinics.id } }, depth: 0 })
    expect(versions.totalDocs).toBe(1)
    expect(versions.docs[0]).toMatchObject({ latest: true, version: { title: 'Community clinics', _status: 'draft' } })
    const workflow = await server.request(`/api/evidence/${clinics.id}/workflow`, { token: world.tokenOf('contributorOwn') })
    expect(workflow.status).toBe(200)
    expect(workflow.body.state.stage).toBe('draft')
    // an import is not an approval, and not public
    const anonymous = await server.request(`/api/evidence?where[report][equals]=${reportId}`)
    expect(anonymous.body.totalDocs).toBe(0)

    const again = await uploadImport(server, slug, csv('good.csv'), { token: world.tokenOf('editor') })
    expect(again.status).toBe(201)
    expect(again.body.summary).toMatchObject({ rows: 3, created: 0, updated: 0, unchanged: 3 })
    expect(again.body.preview.map((row: { action: string }) => row.action)).toEqual(['unchanged', 'unchanged', 'unchanged'])
    expect((await evidenceOfReport()).length).toBe(3)

    // imported items go through the workflow like any other: submit moves one to review
    const submitted = await server.request(`/api/evidence/${volunteering.id}/workflow/submit`, { body: {}, token: world.tokenOf('contributorOwn') })
    expect(submitted.status).toBe(200)
    const afterSubmit = await server.request(`/api/evidence/${volunteering.id}/workflow`, { token: world.tokenOf('editor') })
    expect(afterSubmit.body.state.stage).toBe('in_review')
  })

  test('a changed row updates its item through the workflow (one new version), the others stay', async () => {
    const changed = importFixture('good.csv').toString('utf8').replace('Apprenticeships', 'Apprenticeships and placements')
    const { status, body } = await uploadImport(server, slug, { name: 'changed.csv', bytes: Buffer.from(changed) }, { token: world.tokenOf('contributorOwn') })
    expect(status).toBe(201)
    expect(body.summary).toMatchObject({ created: 0, updated: 1, unchanged: 2 })
    const docs = await evidenceOfReport()
    expect(docs.map((doc) => doc.title)).toEqual(['Community clinics', 'Apprenticeships and placements', 'Volunteering'])
    const versions = await server.payload.findVersions({ collection: 'evidence', where: { parent: { equals: docs[1].id } }, depth: 0 })
    expect(versions.totalDocs).toBe(2)
  })

  test('a file with two bad rows reports both and writes nothing', async () => {
    const before = await evidenceOfReport()
    const { status, body } = await uploadImport(server, slug, csv('two-bad-rows.csv'), { token: world.tokenOf('editor') })
    expect(status).toBe(422)
    expect(body.errors).toEqual([
      { row: 3, column: 'goal', message: 'No goal "99" in Test Goals 1 (give the goal\'s number or slug).' },
      { row: 5, column: 'metric1_value', message: expect.stringMatching(/^Must be a number/) },
    ])
    const after = await evidenceOfReport()
    expect(after.map((doc) => doc.id)).toEqual(before.map((doc) => doc.id))
    expect(after.some((doc) => doc.externalId === 'ok-1')).toBe(false)
  })

  test('formulas are refused per cell; signed numbers are not formulas', async () => {
    const { status, body } = await uploadImport(server, slug, csv('formulas.csv'), { token: world.tokenOf('editor') })
    expect(status).toBe(422)
    expect(body.errors).toEqual([
      { row: 2, column: 'title', message: expect.stringContaining('Starts with "=": cells starting with =, +, - or @ are refused as spreadsheet formulas') },
      { row: 3, column: 'sourceCitation', message: expect.stringContaining('Starts with "@"') },
    ])
  })

  test('JSON with nested source and metrics; dry run writes nothing', async () => {
    const file = { name: 'good.json', bytes: importFixture('good.json'), type: 'application/json' }
    const dry = await uploadImport(server, slug, file, { token: world.tokenOf('editor'), dryRun: true })
    expect(dry.status).toBe(200)
    expect(dry.body.summary).toMatchObject({ rows: 2, created: 2, dryRun: true })
    expect(dry.body.preview).toEqual([
      { row: 1, externalId: 'js-1', goal: '1', title: 'Health checks', metrics: 2, action: 'create' },
      { row: 2, externalId: 'js-2', goal: '2', title: 'Job fairs', metrics: 0, action: 'create' },
    ])
    expect((await evidenceOfReport()).length).toBe(3)

    const real = await uploadImport(server, slug, file, { token: world.tokenOf('editor') })
    expect(real.status).toBe(201)
    const docs = await evidenceOfReport()
    expect(docs.length).toBe(5)
    expect(docs.find((doc) => doc.externalId === 'js-1')).toMatchObject({
      assurance: 'verified',
      source: { citation: 'Board paper, March 2024', url: 'https://example.org/board' },
      metrics: [
        expect.objectContaining({ label: 'Checks', value: 350, valueText: '350 checks', period: '2023/24' }),
        expect.objectContaining({ label: 'Carers reached', value: 1200, baseline: 800, target: 1500 }),
      ],
    })
  })

  test('metrics: typed period read from its text (or given), indicator by slug, assurance per figure', async () => {
    const created = await server.request('/api/indicators', { body: { name: 'People served', slug: 'people-served', direction: 'higher' }, token: world.tokenOf('editor') })
    expect(created.status).toBe(201)
    const indicator = created.body.doc as { id: string }
    const file = {
      name: 'metrics.json',
      bytes: Buffer.from(
        JSON.stringify([
          {
            externalId: 'm-1',
            goal: 1,
            title: 'Typed metrics',
            metrics: [
              { label: 'People', value: 5, period: '2022/23', indicator: 'people-served', assurance: 'internally-reviewed' },
              { label: 'Visits', value: 7, period: 'over three years', periodStart: '2024-01-01', periodEnd: '2026-12-31' },
            ],
          },
        ]),
      ),
    }
    const { status, body } = await uploadImport(server, slug, file, { token: world.tokenOf('editor') })
    expect([status, body.errors]).toEqual([201, undefined])
    const item = (await evidenceOfReport()).find((doc) => doc.externalId === 'm-1')
    expect(item?.metrics).toEqual([
      expect.objectContaining({ period: '2022/23', periodStart: '2022-04-01T00:00:00.000Z', periodEnd: '2023-03-31T00:00:00.000Z', indicator: indicator.id, assurance: expect.objectContaining({ level: 'internally-reviewed' }) }),
      expect.objectContaining({ period: 'over three years', periodStart: '2024-01-01T00:00:00.000Z', periodEnd: '2026-12-31T00:00:00.000Z', assurance: expect.objectContaining({ level: 'self-reported' }) }),
    ])
    const again = await uploadImport(server, slug, file, { token: world.tokenOf('editor') })
    expect(again.body.summary).toMatchObject({ created: 0, updated: 0, unchanged: 1 })

    const refused = await uploadImport(
      server,
      slug,
      { name: 'bad-metrics.json', bytes: Buffer.from(JSON.stringify([{ externalId: 'm-2', goal: 1, title: 'T', metrics: [{ label: 'A', value: 1, indicator: 'nope', assurance: 'externally-assured-limited', periodStart: '2024-02-30' }] }])) },
      { token: world.tokenOf('editor') },
    )
    expect(refused.status).toBe(422)
    expect(refused.body.errors.map((e: { column: string }) => e.column)).toEqual(['metrics[0].periodStart', 'metrics[0].indicator', 'metrics[0].assurance'])
    await server.payload.delete({ collection: 'evidence', where: { externalId: { equals: 'm-1' } } })
  })

  test('Accept: application/x-ndjson streams writing progress, then the summary', async () => {
    const rows = Array.from({ length: 40 }, (_, i) => `stream-${i},1,Streamed ${i},People,${i}`)
    const bytes = Buffer.from(['externalId,goal,title,metric1_label,metric1_value', ...rows].join('\n'))
    const { status, text, contentType } = await uploadImport(server, slug, { name: 'stream.csv', bytes }, { token: world.tokenOf('editor'), accept: 'application/x-ndjson' })
    expect(status).toBe(200)
    expect(contentType).toBe('application/x-ndjson')
    const lines = text.trim().split('\n').map((line) => JSON.parse(line))
    expect(lines[0]).toEqual({ type: 'progress', phase: 'writing', done: 0, total: 40 })
    expect(lines.filter((line) => line.type === 'progress').at(-1)).toEqual({ type: 'progress', phase: 'writing', done: 40, total: 40 })
    expect(lines.at(-1)).toMatchObject({ type: 'done', summary: { created: 40 } })
    expect((await evidenceOfReport()).length).toBe(45)
  })

  test('who may import: contributors of the organisation and editors; others 403 (404 if they may not read the report), signed out 401', async () => {
    const before = (await evidenceOfReport()).length
    const file = { name: 'access.csv', bytes: Buffer.from('externalId,goal,title\nacc-1,1,Access row\n') }
    expect((await uploadImport(server, slug, file)).status).toBe(401)
    // reviewers read drafts: 403; a contributor of another organisation may not read this draft report: 404, as
    // for a slug that does not exist (test/security/newSurfaces.test.ts)
    const reviewer = await uploadImport(server, slug, file, { token: world.tokenOf('reviewer') })
    expect(reviewer.status).toBe(403)
    expect(reviewer.body.errors[0].message).toMatch(/may not import/)
    expect((await uploadImport(server, slug, file, { token: world.tokenOf('contributorOther') })).status).toBe(404)
    expect((await evidenceOfReport()).length).toBe(before)
    expect((await uploadImport(server, 'no-such-report', file, { token: world.tokenOf('editor') })).status).toBe(404)
    expect((await uploadImport(server, slug, file, { token: world.tokenOf('admin') })).status).toBe(201)
  })

  test('unreadable files get a 4xx with a message, never a 500', async () => {
    const token = world.tokenOf('editor')
    const latin1 = await uploadImport(server, slug, csv('latin1.csv'), { token })
    expect(latin1).toMatchObject({ status: 400, body: { errors: [{ message: expect.stringContaining('not UTF-8') }] } })
    const noHeader = await uploadImport(server, slug, csv('no-header.csv'), { token })
    expect(noHeader).toMatchObject({ status: 400, body: { errors: [{ message: expect.stringContaining('The first line must be a header') }] } })
    const binary = await uploadImport(server, slug, { name: 'garbage.csv', bytes: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]) }, { token })
    expect(binary).toMatchObject({ status: 400, body: { errors: [{ message: expect.stringContaining('not text') }] } })
    const typo = await uploadImport(server, slug, { name: 'typo.csv', bytes: Buffer.from('externalId,goal,title,metric1_vaule\nx,1,T,3\n') }, { token })
    expect(typo).toMatchObject({ status: 400, body: { errors: [{ row: 1, column: 'metric1_vaule', message: expect.stringContaining('Unknown column') }] } })
    const badJson = await uploadImport(server, slug, { name: 'bad.json', bytes: Buffer.from('[{"externalId": "a",') }, { token })
    expect(badJson).toMatchObject({ status: 400, body: { errors: [{ message: expect.stringContaining('not valid JSON') }] } })
    const unclosed = await uploadImport(server, slug, { name: 'q.csv', bytes: Buffer.from('externalId,goal,title\n"a,1,T\n') }, { token })
    expect(unclosed.status).toBe(400)
    const noFile = await fetch(`${server.url}/api/reports/${slug}/import`, { method: 'POST', headers: { authorization: `JWT ${token}` }, body: new FormData() })
    expect(noFile.status).toBe(400)
    // 50 MB of garbage: the upload limit (MAX_UPLOAD_BYTES, 20 MiB) answers first
    const huge = await uploadImport(server, slug, { name: 'huge.csv', bytes: Buffer.alloc(50 * 1024 * 1024, 0x41) }, { token })
    expect(huge.status).toBe(413)
  })
})
