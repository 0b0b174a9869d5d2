import { describe, expect, test } from '@jest/globals'
import { moved, orderPatches } from '../../../src/admin/composer/reorder.js'
import { waitingOnFor } from '../../../src/admin/coverage/waitingOn.js'

describe('composer reordering', () => {
  test('moves an item and keeps the rest in place', () => {
    expect(moved(['a', 'b', 'c'], 0, 2)).toEqual(['b', 'c', 'a'])
    expect(moved(['a', 'b', 'c'], 2, 0)).toEqual(['c', 'a', 'b'])
    expect(moved(['a', 'b'], 0, 5)).toEqual(['a', 'b'])
  })

  test("hands the goal's own positions out again in the new sequence, patching only what changes", () => {
    // b and a swap; c (order 9) keeps its slot, so items of other goals between 3 and 9 keep their place
    expect(orderPatches([{ id: 'b', order: 5 }, { id: 'a', order: 3 }, { id: 'c', order: 9 }])).toEqual([
      { id: 'b', order: 3 },
      { id: 'a', order: 5 },
    ])
  })

  test('ties (every item still at the default 0) become consecutive positions', () => {
    expect(orderPatches([{ id: 'b', order: 0 }, { id: 'a', order: 0 }, { id: 'c', order: null }])).toEqual([
      { id: 'a', order: 1 },
      { id: 'c', order: 2 },
    ])
  })
})

test('who items wait on, from their stages', () => {
  expect(waitingOnFor(['approved', 'draft', 'published'])).toEqual(['authors', 'editors'])
  expect(waitingOnFor(['in_review', 'changes_requested'])).toEqual(['authors', 'reviewers'])
  expect(waitingOnFor(['published'])).toEqual([])
})
