import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import sharp from 'sharp'
import { actors, createMemberAccounts, createWorld, memberActors, type Actor, type MemberActor, type World } from '../helpers/fixtures.js'
import type { TestServer } from '../helpers/testServer.js'

/**
 * Issue 13, item 1: the `media` collection and people's own accounts in the access matrix, for every role with and
 * without organisations. Reads assert what came back; refusals that nothing changed.
 */
type Who = Actor | MemberActor
const everyone: Who[] = [...actors, ...memberActors]
const signedIn = everyone.filter((who) => who !== 'anonymous') as Exclude<Who, 'anonymous'>[]
const admins: Who[] = ['admin', 'adminOwn', 'adminOther']
const editors: Who[] = [...admins, 'editor', 'editorOwn', 'editorOther']
const contributors: Who[] = ['contributorOwn', 'contributorOther', 'contributorNone']

let server: TestServer
let world: World
let members: Awaited<ReturnType<typeof createMemberAccounts>>
let png: Buffer
const mediaDir = mkdtempSync(path.join(os.tmpdir(), 'impact-cms-access-media-'))

const accountOf = (who: Exclude<Who, 'anonymous'>) =>
  (memberActors as string[]).includes(who) ? members[who as MemberActor] : world.users[who as Exclude<Actor, 'anonymous'>]
const tokenOf = (who: Who): string | undefined => (who === 'anonymous' ? undefined : accountOf(who).token)

beforeAll(async () => {
  // the Media collection reads MEDIA_DIR when it is first imported: set it before loading the server
  process.env.MEDIA_DIR = mediaDir
  const { startTestServer } = await import('../helpers/testServer.js')
  server = await startTestServer({ seed: false, demoUsers: false })
  world = await createWorld(server)
  members = await createMemberAccounts(server, world)
  png = await sharp({ create: { width: 2, height: 2, channels: 3, background: '#336699' } }).png().toBuffer()
})
afterAll(async () => {
  await server?.close()
  rmSync(mediaDir, { recursive: true, force: true })
})

let counter = 0
const mediaFile = async () => {
  const n = ++counter
  return server.payload.create({ collection: 'media', data: { alt: `Picture ${n}` }, file: { data: png, mimetype: 'image/png', name: `picture-${n}.png`, size: png.length } })
}
const storedMedia = (id: string) => server.payload.findByID({ collection: 'media', id, depth: 0, disableErrors: true })
const isDenied = (status: number) => [401, 403, 404].includes(status)

/** An upload as the admin form sends it: the file, and the other fields as JSON in `_payload`. */
const upload = async (token: string | undefined, alt: string) => {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), `upload-${++counter}.png`)
  form.append('_payload', JSON.stringify({ alt }))
  const response = await fetch(`${server.url}/api/media`, { method: 'POST', body: form, headers: token ? { authorization: `JWT ${token}` } : {} })
  return { status: response.status, body: (await response.json()) as { doc?: { id: string; alt: string } } }
}

describe('media', () => {
  test.each(everyone)('%s reads a media file by id and in the list, and fetches the file', async (who) => {
    const file = await mediaFile()
    const one = await server.request(`/api/media/${file.id}?depth=0`, { token: tokenOf(who) })
    const list = await server.request(`/api/media?where[id][equals]=${file.id}&depth=0`, { token: tokenOf(who) })
    const bytes = await fetch(new URL(`/api/media/file/${file.filename}`, server.url), { headers: tokenOf(who) ? { authorization: `JWT ${tokenOf(who)}` } : {} })
    expect({ one: [one.status, one.body.alt], list: list.body.docs.map((d: { id: string }) => d.id), file: [bytes.status, bytes.headers.get('content-type')] }).toEqual({
      one: [200, file.alt],
      list: [file.id],
      file: [200, 'image/png'],
    })
  })

  const canUpload = [...editors, ...contributors]
  test.each(everyone.map((who) => ({ who, expected: canUpload.includes(who) })))('$who uploads → allowed: $expected', async ({ who, expected }) => {
    const before = (await server.payload.count({ collection: 'media' })).totalDocs
    const alt = `Uploaded by ${who}`
    const answer = await upload(tokenOf(who), alt)
    if (expected) expect([answer.status, answer.body.doc?.alt]).toEqual([201, alt])
    else expect(isDenied(answer.status)).toBe(true)
    expect((await server.payload.count({ collection: 'media' })).totalDocs).toBe(before + (expected ? 1 : 0))
  })

  test.each(everyone.map((who) => ({ who, expected: editors.includes(who) })))('$who updates alt text → allowed: $expected', async ({ who, expected }) => {
    const file = await mediaFile()
    const alt = `Changed by ${who}`
    const answer = await server.request(`/api/media/${file.id}`, { method: 'PATCH', body: { alt }, token: tokenOf(who) })
    expect([answer.status === 200, (await storedMedia(file.id))?.alt === alt]).toEqual([expected, expected])
    if (!expected) expect(isDenied(answer.status)).toBe(true)
  })

  test.each(everyone.map((who) => ({ who, expected: editors.includes(who) })))('$who deletes → allowed: $expected', async ({ who, expected }) => {
    const file = await mediaFile()
    const answer = await server.request(`/api/media/${file.id}`, { method: 'DELETE', token: tokenOf(who) })
    expect([answer.status === 200, (await storedMedia(file.id)) === null]).toEqual([expected, expected])
    if (!expected) expect(isDenied(answer.status)).toBe(true)
  })
})

describe('own account', () => {
  const storedUser = async (id: string) => {
    const user = await server.payload.findByID({ collection: 'users', id, depth: 0 })
    return { name: user.name ?? null, role: user.role, organisations: [...(user.organisations ?? [])].map(String).sort() }
  }

  test.each(signedIn)('%s reads their own account (me, by id, the list) and no other unless admin', async (who) => {
    const own = accountOf(who)
    const other = world.users.contributorOther.id === own.id ? world.users.contributorOwn : world.users.contributorOther
    const me = await server.request('/api/users/me?depth=0', { token: own.token })
    const byId = await server.request(`/api/users/${own.id}?depth=0`, { token: own.token })
    const list = await server.request('/api/users?limit=100&depth=0', { token: own.token })
    const otherById = await server.request(`/api/users/${other.id}?depth=0`, { token: own.token })
    const everyAccount = (await server.payload.count({ collection: 'users' })).totalDocs
    expect({ me: me.body.user?.id, byId: [byId.status, byId.body.email], listed: list.body.totalDocs }).toEqual({
      me: own.id,
      byId: [200, own.email],
      listed: admins.includes(who) ? everyAccount : 1,
    })
    if (admins.includes(who)) expect([otherById.status, otherById.body.email]).toEqual([200, other.email])
    else expect([isDenied(otherById.status), otherById.body.email]).toEqual([true, undefined])
  })

  test.each(signedIn)('%s changes their own name; role and organisations only if admin', async (who) => {
    const own = accountOf(who)
    const before = await storedUser(own.id)
    const name = `Renamed ${who} ${++counter}`
    expect((await server.request(`/api/users/${own.id}`, { method: 'PATCH', body: { name }, token: own.token })).status).toBe(200)
    expect(await storedUser(own.id)).toEqual({ ...before, name })

    if (admins.includes(who)) return // admins manage accounts, their own included (see Users.ts)
    // field access drops what they may not set: the save succeeds, the role and memberships stay as they were
    const raise = await server.request(`/api/users/${own.id}`, { method: 'PATCH', body: { role: 'admin', organisations: [world.orgA.id, world.orgB.id] }, token: own.token })
    expect(raise.status).toBe(200)
    expect(await storedUser(own.id)).toEqual({ ...before, name })
    const [role, organisations] = await Promise.all([
      server.request(`/api/users/${own.id}`, { method: 'PATCH', body: { role: 'editor' }, token: own.token }),
      server.request(`/api/users/${own.id}`, { method: 'PATCH', body: { organisations: [] }, token: own.token }),
    ])
    expect([role.status, organisations.status]).toEqual([200, 200])
    expect(await storedUser(own.id)).toEqual({ ...before, name })
  })

  test.each(signedIn.map((who) => ({ who, expected: admins.includes(who) })))('$who changes another account → allowed: $expected', async ({ who, expected }) => {
    const target = await server.payload.create({ collection: 'users', data: { email: `target-${++counter}@members.test`, password: 'target-password', role: 'contributor', organisations: [world.orgB.id] } })
    const answer = await server.request(`/api/users/${target.id}`, { method: 'PATCH', body: { name: 'Changed', role: 'editor', organisations: [world.orgA.id] }, token: tokenOf(who) })
    const after = await storedUser(target.id)
    if (expected) expect([answer.status, after]).toEqual([200, { name: 'Changed', role: 'editor', organisations: [world.orgA.id] }])
    else expect([isDenied(answer.status), after]).toEqual([true, { name: null, role: 'contributor', organisations: [world.orgB.id] }])
  })
})
