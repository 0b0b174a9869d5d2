import { createHash } from 'node:crypto'
import { describe, expect, test } from '@jest/globals'
import { matchesIfNoneMatch, strongETag } from '../../../src/delivery/etag.js'

describe('strongETag', () => {
  test('is the quoted base64url SHA-256 of the exact body', () => {
    const body = '{"title":"Levelling Up Impact Report"}'
    const digest = createHash('sha256').update(body).digest('base64url')
    expect(strongETag(body)).toBe(`"${digest}"`)
    expect(strongETag(body)).toMatch(/^"[A-Za-z0-9_-]{43}"$/)
  })

  test('changes with one byte of the body', () => {
    expect(strongETag('{"a":1}')).not.toBe(strongETag('{"a":2}'))
  })
})

describe('matchesIfNoneMatch', () => {
  const etag = strongETag('body')
  // same length as the real tag, one character different: a length-only comparison would pass it
  const sameLengthOther = `"${etag.slice(1, -2)}${etag.at(-2) === 'A' ? 'B' : 'A'}"`

  test('no header or an empty one never matches', () => {
    expect(matchesIfNoneMatch(null, etag)).toBe(false)
    expect(matchesIfNoneMatch('', etag)).toBe(false)
  })

  test('the exact tag matches, a same-length other tag does not', () => {
    expect(sameLengthOther).toHaveLength(etag.length)
    expect(matchesIfNoneMatch(etag, etag)).toBe(true)
    expect(matchesIfNoneMatch(sameLengthOther, etag)).toBe(false)
  })

  test('* matches any current representation, with spaces around it', () => {
    expect(matchesIfNoneMatch('*', etag)).toBe(true)
    expect(matchesIfNoneMatch('  *  ', etag)).toBe(true)
    expect(matchesIfNoneMatch('*x', etag)).toBe(false)
  })

  test('weak comparison: W/ on either side is ignored', () => {
    expect(matchesIfNoneMatch(`W/${etag}`, etag)).toBe(true)
    expect(matchesIfNoneMatch(etag, `W/${etag}`)).toBe(true)
    // W/ only counts as a prefix
    expect(matchesIfNoneMatch(`"W/${etag.slice(1)}`, etag)).toBe(false)
  })

  test('any entry of a comma-separated list may match, surrounding spaces ignored', () => {
    expect(matchesIfNoneMatch(`${sameLengthOther}, ${etag}`, etag)).toBe(true)
    expect(matchesIfNoneMatch(`${sameLengthOther} ,W/${etag} `, etag)).toBe(true)
    expect(matchesIfNoneMatch(`${sameLengthOther}, "other"`, etag)).toBe(false)
  })
})
