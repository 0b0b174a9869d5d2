import { describe, expect, test } from '@jest/globals'
import type { Access, PayloadRequest } from 'payload'
import {
  actsForOrganisation,
  and,
  anyone,
  authenticated,
  hasRole,
  isAdmin,
  isBoundToOrganisations,
  isEditorOrAdmin,
  isRole,
  isStaff,
  nobody,
  or,
  organisationIdsOf,
  organisationsActedFor,
  ownOrganisation,
  publishedOnly,
  publishedWithPublishedReport,
  roleOf,
  roleRank,
  roles,
  seesEveryOrganisation,
  seesOrganisationInternals,
  staffRoles,
} from '../../../src/access/index.js'
import { actedForOrganisationsWhere } from '../../../src/access/organisationPolicy.js'

type User = { id: string; collection: string; role?: unknown; organisations?: unknown }
const reqAs = (user: User | null) => ({ user } as unknown as PayloadRequest)
const argsAs = (user: User | null) => ({ req: reqAs(user) })
const account = (role: unknown, organisations: unknown = []): User => ({ id: `u-${String(role)}`, collection: 'users', role, organisations })

const admin = account('admin')
const editor = account('editor', ['o1'])
const reviewer = account('reviewer', ['o1'])
const contributor = account('contributor', ['o1', { id: 'o2' }, 'o1'])
const loneContributor = account('contributor', [])
const apiClient: User = { id: 'k1', collection: 'api-clients', role: 'admin', organisations: ['o1'] }

describe('roles', () => {
  test('are the four CMS roles, ranked contributor < reviewer < editor < admin', () => {
    expect(roles).toEqual(['admin', 'editor', 'reviewer', 'contributor'])
    expect([roleRank.contributor, roleRank.reviewer, roleRank.editor, roleRank.admin]).toEqual([1, 2, 3, 4])
    expect(roles.every(isRole)).toBe(true)
    expect([isRole('owner'), isRole(''), isRole(undefined), isRole(4), isRole(['admin'])]).toEqual([false, false, false, false, false])
  })

  test('roleOf reads only CMS users with a known role', () => {
    expect(roleOf(reqAs(editor))).toBe('editor')
    expect(roleOf(reqAs(null))).toBeUndefined()
    expect(roleOf(reqAs(apiClient))).toBeUndefined()
    expect(roleOf(reqAs(account('superuser')))).toBeUndefined()
  })

  test('organisationIdsOf lists distinct IDs, populated or not, only for CMS users', () => {
    expect(organisationIdsOf(reqAs(contributor))).toEqual(['o1', 'o2'])
    expect(organisationIdsOf(reqAs(account('contributor', undefined)))).toEqual([])
    expect(organisationIdsOf(reqAs(apiClient))).toEqual([])
    expect(organisationIdsOf(reqAs(null))).toEqual([])
  })
})

describe('organisation policy', () => {
  test('staff are admin, editor and reviewer and see every organisation; nobody else does', () => {
    expect(staffRoles).toEqual(['admin', 'editor', 'reviewer'])
    expect([admin, editor, reviewer].map((user) => seesEveryOrganisation(reqAs(user)))).toEqual([true, true, true])
    expect([contributor, null, apiClient].map((user) => seesEveryOrganisation(reqAs(user)))).toEqual([false, false, false])
  })

  test('only contributors are bound to organisations, and act only for their own', () => {
    expect([contributor, loneContributor].map((user) => isBoundToOrganisations(reqAs(user)))).toEqual([true, true])
    expect([admin, editor, reviewer, null, apiClient].map((user) => isBoundToOrganisations(reqAs(user)))).toEqual([false, false, false, false, false])
    // staff with memberships on their account still act for no organisation as contributors do
    expect(organisationsActedFor(reqAs(editor))).toEqual([])
    expect(organisationsActedFor(reqAs(reviewer))).toEqual([])
    expect(organisationsActedFor(reqAs(contributor))).toEqual(['o1', 'o2'])
  })

  test('actsForOrganisation needs a contributor membership of that organisation', () => {
    expect(actsForOrganisation(reqAs(contributor), 'o2')).toBe(true)
    expect(actsForOrganisation(reqAs(contributor), { id: 'o1' })).toBe(true)
    expect(actsForOrganisation(reqAs(contributor), 'o3')).toBe(false)
    expect(actsForOrganisation(reqAs(contributor), null)).toBe(false)
    expect(actsForOrganisation(reqAs(contributor), undefined)).toBe(false)
    expect(actsForOrganisation(reqAs(reviewer), 'o1')).toBe(false)
  })

  test('internals are for staff and the organisation’s own contributors', () => {
    expect(seesOrganisationInternals(reqAs(reviewer), 'o9')).toBe(true)
    expect(seesOrganisationInternals(reqAs(contributor), 'o1')).toBe(true)
    expect(seesOrganisationInternals(reqAs(contributor), 'o9')).toBe(false)
    expect(seesOrganisationInternals(reqAs(loneContributor), 'o1')).toBe(false)
    expect(seesOrganisationInternals(reqAs(null), 'o1')).toBe(false)
  })

  test('the acted-for query names the field, or is false for nobody', () => {
    expect(actedForOrganisationsWhere(reqAs(contributor), 'version.organisation')).toEqual({ 'version.organisation': { in: ['o1', 'o2'] } })
    expect(actedForOrganisationsWhere(reqAs(loneContributor), 'organisation')).toBe(false)
    expect(actedForOrganisationsWhere(reqAs(editor), 'organisation')).toBe(false)
  })
})

describe('access rules', () => {
  test('anyone, nobody and authenticated', () => {
    expect(anyone(argsAs(null))).toBe(true)
    expect(nobody(argsAs(admin))).toBe(false)
    expect(authenticated(argsAs(null))).toBe(false)
    expect(authenticated(argsAs(contributor))).toBe(true)
  })

  test('role rules match the listed roles of CMS users only', () => {
    expect([admin, editor, reviewer, contributor, null, apiClient].map((user) => isAdmin(argsAs(user)))).toEqual([true, false, false, false, false, false])
    expect([admin, editor, reviewer, contributor, null].map((user) => isEditorOrAdmin(argsAs(user)))).toEqual([true, true, false, false, false])
    expect([admin, editor, reviewer, contributor, null, apiClient].map((user) => isStaff(argsAs(user)))).toEqual([true, true, true, false, false, false])
    expect(hasRole()(argsAs(admin))).toBe(false)
    expect(hasRole('reviewer', 'contributor')(argsAs(contributor))).toBe(true)
  })

  test('published filters', () => {
    expect(publishedOnly(argsAs(null))).toEqual({ _status: { equals: 'published' } })
    expect(publishedWithPublishedReport(argsAs(null))).toEqual({
      and: [{ _status: { equals: 'published' } }, { 'report._status': { equals: 'published' } }],
    })
  })

  test('ownOrganisation is by the organisation field unless told otherwise', () => {
    expect(ownOrganisation()(argsAs(contributor))).toEqual({ organisation: { in: ['o1', 'o2'] } })
    expect(ownOrganisation('report.organisation')(argsAs(contributor))).toEqual({ 'report.organisation': { in: ['o1', 'o2'] } })
    expect(ownOrganisation()(argsAs(reviewer))).toBe(false)
  })
})

describe('combining rules', () => {
  const grant: Access = () => true
  const deny: Access = () => false
  const q1: Access = () => ({ a: { equals: 1 } })
  const q2: Access = async () => ({ b: { equals: 2 } })
  const calls: string[] = []
  const spy =
    (name: string, result: boolean): Access =>
    () => {
      calls.push(name)
      return result
    }

  test('or: true wins at once, false is skipped, queries are united', async () => {
    calls.length = 0
    expect(await or(spy('first', true), spy('second', false))(argsAs(null))).toBe(true)
    expect(calls).toEqual(['first'])
    expect(await or()(argsAs(null))).toBe(false)
    expect(await or(deny, deny)(argsAs(null))).toBe(false)
    expect(await or(deny, q1)(argsAs(null))).toEqual({ a: { equals: 1 } })
    expect(await or(q1, deny, q2)(argsAs(null))).toEqual({ or: [{ a: { equals: 1 } }, { b: { equals: 2 } }] })
    expect(await or(q1, grant)(argsAs(null))).toBe(true)
  })

  test('and: false wins at once, true is skipped, queries are intersected', async () => {
    calls.length = 0
    expect(await and(spy('first', false), spy('second', true))(argsAs(null))).toBe(false)
    expect(calls).toEqual(['first'])
    expect(await and()(argsAs(null))).toBe(true)
    expect(await and(grant, grant)(argsAs(null))).toBe(true)
    expect(await and(grant, q2)(argsAs(null))).toEqual({ b: { equals: 2 } })
    expect(await and(q1, grant, q2)(argsAs(null))).toEqual({ and: [{ a: { equals: 1 } }, { b: { equals: 2 } }] })
    expect(await and(q1, deny)(argsAs(null))).toBe(false)
  })
})
