import { describe, expect, test } from '@jest/globals'
import type { FlattenedField } from 'payload'
import { changedFields, contentChanged } from '../../../plugins/workflow/services/contentChanged.js'

const fields = [
  { name: 'title', type: 'text' },
  { name: 'count', type: 'number' },
  { name: 'publishedOn', type: 'date' },
  { name: 'author', type: 'relationship', relationTo: 'users' },
  { name: 'cover', type: 'upload', relationTo: 'media' },
  { name: 'owner', type: 'relationship', relationTo: ['users', 'teams'] },
  { name: 'tags', type: 'relationship', relationTo: 'tags', hasMany: true },
  { name: 'rows', type: 'array', fields: [] },
  { name: 'meta', type: 'group', fields: [] },
  { name: 'children', type: 'join', collection: 'posts', on: 'parent' },
  { name: 'computed', type: 'text', virtual: true },
  { name: 'workflow', type: 'group', fields: [] },
  { name: '_status', type: 'select' },
  { name: 'updatedAt', type: 'date' },
  { name: 'createdAt', type: 'date' },
  { name: 'id', type: 'text' },
  { name: 'deletedAt', type: 'date' },
] as unknown as FlattenedField[]

const original = {
  title: 'A',
  count: 0,
  publishedOn: '2026-01-01T00:00:00.000Z',
  author: 'u1',
  cover: 'm1',
  owner: { relationTo: 'users', value: 'u1' },
  tags: ['t1', 't2'],
  rows: [{ id: 'r1', label: 'x', nested: { b: 1, a: 2 } }],
  meta: { b: 'two', a: 'one' },
}

describe('changedFields', () => {
  test('lists the changed content fields, sorted', () => {
    expect(changedFields(fields, { title: 'B', count: 1, author: 'u2' }, original)).toEqual(['author', 'count', 'title'])
  })

  test('never counts bookkeeping, joins or virtual fields', () => {
    const data = { workflow: { stage: 'x' }, _status: 'published', updatedAt: 'now', createdAt: 'then', id: 'other', deletedAt: 'gone', children: { docs: [1] }, computed: 'z' }
    expect(changedFields(fields, data, original)).toEqual([])
  })

  test('fields absent from the update are unchanged; without an original everything sent counts', () => {
    expect(changedFields(fields, {}, original)).toEqual([])
    expect(changedFields(fields, { title: 'A', count: 0 }, undefined)).toEqual(['count', 'title'])
  })

  test('empty, null and missing are the same; 0 and false are values', () => {
    expect(changedFields(fields, { title: '' }, { title: null })).toEqual([])
    expect(changedFields(fields, { title: null }, {})).toEqual([])
    expect(changedFields(fields, { count: 0 }, { count: null })).toEqual(['count'])
    expect(changedFields(fields, { count: null }, { count: 0 })).toEqual(['count'])
  })

  test('relationships compare by ID, populated or not, single, many or polymorphic', () => {
    expect(changedFields(fields, { author: { id: 'u1', email: 'a@b' }, cover: { id: 'm1' } }, original)).toEqual([])
    expect(changedFields(fields, { author: 'u2' }, original)).toEqual(['author'])
    expect(changedFields(fields, { author: { id: 'u2' } }, original)).toEqual(['author'])
    expect(changedFields(fields, { author: 7 }, { author: '7' })).toEqual([])
    expect(changedFields(fields, { author: null }, original)).toEqual(['author'])
    expect(changedFields(fields, { tags: [{ id: 't1' }, 't2'] }, original)).toEqual([])
    expect(changedFields(fields, { tags: ['t2', 't1'] }, original)).toEqual(['tags'])
    expect(changedFields(fields, { owner: { relationTo: 'users', value: { id: 'u1' } } }, original)).toEqual([])
    expect(changedFields(fields, { owner: { relationTo: 'teams', value: 'u1' } }, original)).toEqual(['owner'])
    expect(changedFields(fields, { owner: { relationTo: 'users', value: 'u9' } }, original)).toEqual(['owner'])
  })

  test('rows and groups compare by content: row IDs and key order do not matter', () => {
    expect(changedFields(fields, { rows: [{ label: 'x', nested: { a: 2, b: 1 } }], meta: { a: 'one', b: 'two' } }, original)).toEqual([])
    expect(changedFields(fields, { rows: [{ id: 'r1', label: 'y', nested: { b: 1, a: 2 } }] }, original)).toEqual(['rows'])
    expect(changedFields(fields, { rows: [{ id: 'r1', label: 'x', nested: { b: 1, a: 3 } }] }, original)).toEqual(['rows'])
    expect(changedFields(fields, { rows: [] }, original)).toEqual(['rows'])
    expect(changedFields(fields, { meta: { a: 'one', b: 'two', c: 'three' } }, original)).toEqual(['meta'])
    // inside a row an empty value is the same as null
    expect(changedFields(fields, { rows: [{ id: 'r1', label: 'x', nested: { b: 1, a: 2 }, note: '' }] }, { rows: [{ id: 'r1', label: 'x', nested: { b: 1, a: 2 }, note: null }] })).toEqual([])
  })

  test('dates compare as instants', () => {
    expect(changedFields(fields, { publishedOn: new Date('2026-01-01T00:00:00.000Z') }, original)).toEqual([])
    expect(changedFields(fields, { publishedOn: new Date('2026-01-02T00:00:00.000Z') }, original)).toEqual(['publishedOn'])
  })
})

describe('contentChanged', () => {
  test('is whether any content field changed', () => {
    expect(contentChanged(fields, { title: 'A', workflow: { stage: 'draft' } }, original)).toBe(false)
    expect(contentChanged(fields, { title: 'B' }, original)).toBe(true)
  })
})
