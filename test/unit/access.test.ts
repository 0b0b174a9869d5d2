import { describe, expect, test } from '@jest/globals'
import type { Access, PayloadRequest } from 'payload'
import { and, hasRole, or, ownOrganisation, publishedOnly } from '../../src/access/index.js'

const requestAs = (user: Record<string, unknown> | null) => ({ req: { user } as unknown as PayloadRequest })
const contributor = { id: 'u1', collection: 'users', role: 'contributor', organisations: ['o1', { id: 'o2' }] }
const editor = { id: 'u2', collection: 'users', role: 'editor', organisations: [] }
const grant: Access = () => true
const deny: Access = () => false

describe('access helpers', () => {
  test('hasRole matches only the listed roles of CMS users', () => {
    expect(hasRole('editor')(requestAs(editor))).toBe(true)
    expect(hasRole('editor')(requestAs(contributor))).toBe(false)
    expect(hasRole('editor')(requestAs(null))).toBe(false)
    // a user of another auth collection with the same field is not a CMS editor
    expect(hasRole('editor')(requestAs({ ...editor, collection: 'api-clients' }))).toBe(false)
  })

  test('ownOrganisation filters contributors by their organisation IDs, populated or not', () => {
    expect(ownOrganisation()(requestAs(contributor))).toEqual({ organisation: { in: ['o1', 'o2'] } })
    expect(ownOrganisation('version.organisation')(requestAs(contributor))).toEqual({ 'version.organisation': { in: ['o1', 'o2'] } })
    expect(ownOrganisation()(requestAs({ ...contributor, organisations: [] }))).toBe(false)
    expect(ownOrganisation()(requestAs(editor))).toBe(false)
  })

  test('or grants when any rule grants and unions queries', async () => {
    expect(await or(deny, grant)(requestAs(null))).toBe(true)
    expect(await or(deny, deny)(requestAs(null))).toBe(false)
    expect(await or(deny, publishedOnly)(requestAs(null))).toEqual({ _status: { equals: 'published' } })
    expect(await or(ownOrganisation(), publishedOnly)(requestAs(contributor))).toEqual({
      or: [{ organisation: { in: ['o1', 'o2'] } }, { _status: { equals: 'published' } }],
    })
  })

  test('and needs every rule and intersects queries', async () => {
    expect(await and(grant, grant)(requestAs(null))).toBe(true)
    expect(await and(grant, deny)(requestAs(null))).toBe(false)
    expect(await and(grant, publishedOnly)(requestAs(null))).toEqual({ _status: { equals: 'published' } })
    expect(await and(ownOrganisation(), publishedOnly)(requestAs(contributor))).toEqual({
      and: [{ organisation: { in: ['o1', 'o2'] } }, { _status: { equals: 'published' } }],
    })
  })
})
