import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, test } from '@jest/globals'
import type { PayloadRequest } from 'payload'
import {
  actedForOrganisationsWhere,
  actsForOrganisation,
  seesEveryOrganisation,
  seesOrganisationInternals,
} from '../../src/access/organisationPolicy.js'

/** Issue 8, finding 4: "who acts for which organisation" is decided in one module, and only there. */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

const requestAs = (user: Record<string, unknown> | null) => ({ user }) as unknown as PayloadRequest
const contributor = requestAs({ id: 'u1', collection: 'users', role: 'contributor', organisations: ['o1', { id: 'o2' }] })
const loneContributor = requestAs({ id: 'u2', collection: 'users', role: 'contributor', organisations: [] })
const reviewer = requestAs({ id: 'u3', collection: 'users', role: 'reviewer', organisations: ['o9'] })
const anonymous = requestAs(null)
// an account of another auth collection with look-alike fields is nobody here
const apiClient = requestAs({ id: 'c1', collection: 'api-clients', role: 'contributor', organisations: ['o1'] })

describe('organisation policy', () => {
  test('contributors act for their own organisations only; staff see all; everyone else nothing', () => {
    expect([actsForOrganisation(contributor, 'o1'), actsForOrganisation(contributor, { id: 'o2' }), actsForOrganisation(contributor, 'o3')]).toEqual([
      true,
      true,
      false,
    ])
    expect(actsForOrganisation(contributor, undefined)).toBe(false)
    expect(actsForOrganisation(loneContributor, 'o1')).toBe(false)
    // a reviewer's memberships give no organisation-bound rights: they see all as staff instead
    expect([actsForOrganisation(reviewer, 'o9'), seesEveryOrganisation(reviewer)]).toEqual([false, true])
    for (const caller of [anonymous, apiClient]) {
      expect([actsForOrganisation(caller, 'o1'), seesOrganisationInternals(caller, 'o1'), seesEveryOrganisation(caller)]).toEqual([false, false, false])
    }
    expect([seesOrganisationInternals(contributor, 'o1'), seesOrganisationInternals(contributor, 'o3'), seesOrganisationInternals(reviewer, 'o3')]).toEqual([
      true,
      false,
      true,
    ])
    expect(actedForOrganisationsWhere(contributor, 'organisation')).toEqual({ organisation: { in: ['o1', 'o2'] } })
    expect(actedForOrganisationsWhere(loneContributor, 'organisation')).toBe(false)
  })

  test('access rules, hooks, workflow permissions and preview ask the policy instead of re-deriving it', () => {
    const sourceFiles = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => {
        const file = path.join(dir, name)
        if (statSync(file).isDirectory()) return sourceFiles(file)
        return /\.tsx?$/.test(name) ? [file] : []
      })
    const derivers = ['src', 'collections', 'plugins']
      .flatMap((dir) => sourceFiles(path.join(root, dir)))
      .filter((file) => /organisationIdsOf\(|[!=]== 'contributor'|=== 'reviewer'|'admin', 'editor', 'reviewer'[)\]]/.test(readFileSync(file, 'utf8')))
      .map((file) => path.relative(root, file))
      .sort()
    // reading memberships, testing for the contributor role or listing the staff roles is the policy's alone
    expect(derivers).toEqual(['src/access/organisationPolicy.ts'])
  })
})
