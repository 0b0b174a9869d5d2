import { describe, expect, test } from '@jest/globals'
import type { Where } from 'payload'
import { decideKnownRelation, type KnownRelation } from '../../src/delivery/knownRelation.js'
import { publishedWithPublishedReport } from '../../src/access/index.js'

const published: KnownRelation = { path: 'report', doc: { id: 'r1', _status: 'published', organisation: 'o1', goals: ['g1'], title: 'Annual report', publicationDate: null } }
const draftReport: KnownRelation = { path: 'report', doc: { id: 'r1', _status: 'draft', organisation: 'o1' } }
const pinned = (access: Where): Where => ({ and: [{ report: { equals: 'r1' } }, access] })

// the anonymous read rule of evidence, quotes and recommendations, as the access function returns it
const anonymousAccess = publishedWithPublishedReport({} as Parameters<typeof publishedWithPublishedReport>[0]) as Where

describe('decideKnownRelation', () => {
  test('the published report decides `report._status` and the join disappears', () => {
    expect(decideKnownRelation(pinned(anonymousAccess), published)).toEqual({
      and: [{ report: { equals: 'r1' } }, { _status: { equals: 'published' } }],
    })
  })

  test('a report that is not published: nothing can match', () => {
    expect(decideKnownRelation(pinned(anonymousAccess), draftReport)).toBe(false)
  })

  test('a query not pinned to the known report is left alone', () => {
    expect(decideKnownRelation(anonymousAccess, published)).toBe(anonymousAccess)
    const other = { and: [{ report: { equals: 'r2' } }, anonymousAccess] }
    expect(decideKnownRelation(other, published)).toBe(other)
    // pinned only inside an `or` does not bind every matching row to the known report
    const loose: Where = { or: [{ report: { equals: 'r1' } }, anonymousAccess] }
    expect(decideKnownRelation(loose, published)).toBe(loose)
  })

  test('or: a branch decided true grants the whole branch; a false branch drops out', () => {
    const contributorOrPublic: Where = { or: [{ organisation: { in: ['o9'] } }, anonymousAccess] }
    expect(decideKnownRelation(pinned(contributorOrPublic), published)).toEqual({
      and: [{ report: { equals: 'r1' } }, { or: [{ organisation: { in: ['o9'] } }, { _status: { equals: 'published' } }] }],
    })
    expect(decideKnownRelation(pinned(contributorOrPublic), draftReport)).toEqual({
      and: [{ report: { equals: 'r1' } }, { organisation: { in: ['o9'] } }],
    })
    const either: Where = { or: [{ 'report._status': { equals: 'published' } }, { _status: { equals: 'draft' } }] }
    expect(decideKnownRelation(pinned(either), published)).toEqual({ report: { equals: 'r1' } })
  })

  test('operators on scalars: equals, not_equals, in, not_in, exists', () => {
    const decide = (condition: Where) => decideKnownRelation(pinned(condition), published)
    expect(decide({ 'report.organisation': { in: ['o1', 'o2'] } })).toEqual({ report: { equals: 'r1' } })
    expect(decide({ 'report.organisation': { not_in: ['o1'] } })).toBe(false)
    expect(decide({ 'report._status': { not_equals: 'draft' } })).toEqual({ report: { equals: 'r1' } })
    expect(decide({ 'report.publicationDate': { exists: false } })).toEqual({ report: { equals: 'r1' } })
    expect(decide({ 'report.publicationDate': { equals: 'x' } })).toBe(false)
  })

  test('what it cannot decide stays in the query for the database', () => {
    const decide = (condition: Where) => decideKnownRelation(pinned(condition), published)
    // a list field, an unknown operator, a deeper path (another join)
    expect(decide({ 'report.goals': { in: ['g1'] } })).toEqual(pinned({ 'report.goals': { in: ['g1'] } }))
    expect(decide({ 'report.title': { like: 'Annual' } })).toEqual(pinned({ 'report.title': { like: 'Annual' } }))
    expect(decide({ 'report.organisation.name': { equals: 'x' } })).toEqual(pinned({ 'report.organisation.name': { equals: 'x' } }))
    // decided and undecided operators on one path: only the undecided one is kept
    expect(decide({ 'report.title': { like: 'Annual', exists: true } })).toEqual(pinned({ 'report.title': { like: 'Annual' } }))
    // a field the document was not read with is unknown, not missing
    expect(decide({ 'report.summary': { exists: false } })).toEqual(pinned({ 'report.summary': { exists: false } }))
  })
})
