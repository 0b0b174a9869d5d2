/**
 * What the workflow panel puts back after the page refresh that follows a transition: the fields whose value the
 * user changed since the transition began, compared by value (rich text included), nothing else.
 */
import { describe, expect, test } from '@jest/globals'
import type { FormState } from 'payload'
import { editsSince } from '../../../plugins/workflow/components/editsSince.js'

const richText = (text: string) => ({ root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', text }] }] } })

const before: FormState = {
  title: { value: 'As stored', initialValue: 'As stored' },
  summary: { value: richText('Stored words'), initialValue: richText('Stored words') },
  'metrics.0.value': { value: 12, initialValue: 12 },
  'workflow.stage': { value: 'draft', initialValue: 'draft' },
  metrics: { value: 1, rows: [{ id: 'a' }] },
}

describe('editsSince', () => {
  test('nothing typed: nothing to put back', () => {
    expect(editsSince(before, structuredClone(before))).toEqual([])
  })

  test('text, a number and rich text changed since: each with the value the user left', () => {
    const now: FormState = {
      ...structuredClone(before),
      title: { value: 'Typed meanwhile', initialValue: 'As stored' },
      summary: { value: richText('Typed words'), initialValue: richText('Stored words') },
      'metrics.0.value': { value: 13, initialValue: 12 },
    }
    expect(editsSince(before, now)).toEqual([
      { path: 'title', value: 'Typed meanwhile' },
      { path: 'summary', value: richText('Typed words') },
      { path: 'metrics.0.value', value: 13 },
    ])
  })

  test('an equal rich-text tree in a new object is not an edit', () => {
    const now = { ...before, summary: { value: richText('Stored words') } }
    expect(editsSince(before, now)).toEqual([])
  })

  test('a row added meanwhile (its fields and the new row count) has no place in the refreshed state: left out, the rest kept', () => {
    const now: FormState = {
      ...structuredClone(before),
      metrics: { value: 2, rows: [{ id: 'a' }, { id: 'b' }] },
      'metrics.1.value': { value: 5 },
      title: { value: 'Typed meanwhile' },
    }
    expect(editsSince(before, now)).toEqual([{ path: 'title', value: 'Typed meanwhile' }])
  })

  test('a field emptied is an edit too', () => {
    const now = { ...structuredClone(before), title: { value: '' } }
    expect(editsSince(before, now)).toEqual([{ path: 'title', value: '' }])
  })
})
