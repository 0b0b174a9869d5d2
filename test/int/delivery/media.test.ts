import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import sharp from 'sharp'
import type { AssembledReport } from '../../../src/delivery/types.js'
import { hctReport } from '../../../src/seed/content/reports/hct.js'
import type { TestServer } from '../../helpers/testServer.js'
import { impactReportQuery } from './queries.js'

/** Media in the assembled report: cover image, organisation logo, evidence attachments, with URLs and alt text. */
let server: TestServer
const mediaDir = mkdtempSync(path.join(os.tmpdir(), 'impact-cms-delivery-media-'))
const slug = hctReport.slug

beforeAll(async () => {
  // the Media collection reads MEDIA_DIR when it is first imported: set it before loading the server
  process.env.MEDIA_DIR = mediaDir
  const { startTestServer } = await import('../../helpers/testServer.js')
  server = await startTestServer()
  const { payload } = server
  const png = await sharp({ create: { width: 4, height: 3, channels: 3, background: '#1f7a8c' } }).png().toBuffer()
  const upload = (name: string, alt: string) =>
    payload.create({ collection: 'media', data: { alt }, file: { data: png, mimetype: 'image/png', name, size: png.length } })
  const cover = await upload('cover.png', 'Staff of the Trust at a community clinic')
  const logo = await upload('logo.png', 'Hertfordshire Community NHS Trust logo')
  const chart = await upload('chart.png', 'Chart of sessions delivered')

  const report = (await payload.find({ collection: 'reports', where: { slug: { equals: slug } }, depth: 0, joins: false })).docs[0]
  await payload.update({ collection: 'reports', id: report.id, data: { coverImage: cover.id } })
  await payload.update({ collection: 'organisations', id: String(report.organisation), data: { logo: logo.id } })
  const evidence = (await payload.find({ collection: 'evidence', where: { report: { equals: report.id } }, depth: 0, limit: 1, sort: 'order' })).docs[0]
  await payload.update({ collection: 'evidence', id: evidence.id, data: { attachments: [chart.id] } })
})
afterAll(async () => {
  await server?.close()
  rmSync(mediaDir, { recursive: true, force: true })
})

describe('media in the assembled report', () => {
  test('REST: URLs, alt text and sizes; the files are served at those URLs', async () => {
    const { status, body } = await server.request(`/api/reports/${slug}/assembled`)
    expect(status).toBe(200)
    const doc = body as AssembledReport
    expect(doc.media.coverImage).toMatchObject({ alt: 'Staff of the Trust at a community clinic', filename: 'cover.png', mimeType: 'image/png', width: 4, height: 3 })
    expect(doc.media.coverImage?.url).toMatch(/\/api\/media\/file\/cover\.png$/)
    expect(doc.media.pdf).toBeNull()
    expect(doc.organisation?.logo).toMatchObject({ alt: 'Hertfordshire Community NHS Trust logo', filename: 'logo.png' })
    const attachments = doc.goals.flatMap((g) => g.evidence).flatMap((e) => e.attachments)
    expect(attachments).toEqual([expect.objectContaining({ alt: 'Chart of sessions delivered', filename: 'chart.png' })])

    const url = new URL(doc.media.coverImage?.url ?? '', server.url)
    const file = await fetch(new URL(url.pathname, server.url))
    expect(file.status).toBe(200)
    expect(file.headers.get('content-type')).toContain('image/png')
  })

  test('GraphQL: the same media', async () => {
    const rest = (await server.request(`/api/reports/${slug}/assembled`)).body as AssembledReport
    const { body } = await server.graphql(impactReportQuery, { slug })
    expect(body.errors).toBeUndefined()
    expect(body.data.impactReport.media).toEqual(rest.media)
    expect(body.data.impactReport.organisation.logo).toEqual(rest.organisation?.logo)
  })
})
