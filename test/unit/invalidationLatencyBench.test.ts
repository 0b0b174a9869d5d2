import { describe, expect, test } from '@jest/globals'
import { invalidationSummary, invalidationTable, measureInvalidation, type InvalidationLatency } from '../../bench/invalidationLatency.js'

// The bench's multi-instance row must never sink `npm run bench` for want of a Postgres: these are the ways there is none.
describe('multi-instance invalidation bench without a Postgres', () => {
  test('no server to be had → skipped, saying how to get one', async () => {
    expect(await measureInvalidation({ rounds: 1, postgres: async () => undefined })).toEqual({
      skipped: 'no Postgres server (install Debian postgresql or set POSTGRES_URI)',
    })
  })

  test('a server that will not start → skipped with the first line of its error', async () => {
    const outcome = await measureInvalidation({ postgres: async () => Promise.reject(new Error('initdb failed: disk full\nmore detail')) })
    expect(outcome).toEqual({ skipped: 'Postgres would not start (initdb failed: disk full)' })
  })

  test('a server that cannot be reached → skipped, and what was started is stopped', async () => {
    let stopped = 0
    const outcome = await measureInvalidation({
      postgres: async () => ({ createDatabase: async () => Promise.reject(new Error('connect ECONNREFUSED 127.0.0.1:1')), stop: async () => void stopped++ }),
    })
    expect(outcome).toEqual({ skipped: 'Postgres unreachable (connect ECONNREFUSED 127.0.0.1:1)' })
    expect(stopped).toBe(1)
  })

  test('a skipped outcome prints one line in the table and in the summary', () => {
    expect(invalidationTable({ skipped: 'skipped by --no-instances' })).toBe('Several instances (Postgres): not measured — skipped by --no-instances.')
    expect(invalidationSummary({ skipped: 'skipped by --no-instances' })).toBe('multi-instance invalidation: not measured (skipped by --no-instances)')
  })
})

describe('multi-instance invalidation bench output', () => {
  const measured: InvalidationLatency = {
    rounds: [
      { afterAnswerMs: 64.8, afterRequestMs: 268.2, cacheEmptyByMs: 0 },
      { afterAnswerMs: 80.14, afterRequestMs: 301.4, cacheEmptyByMs: 0 },
    ],
    afterAnswer: { medianMs: 72.47, maxMs: 80.14 },
    afterRequest: { medianMs: 284.8, maxMs: 301.4 },
    cacheEmptyBy: { medianMs: 0, maxMs: 0 },
    ttlMs: 600_000,
    postgresVersion: '15.18',
    setupMs: 23_400,
  }

  test('the summary line names median, max, rounds, the 1 s bound and the TTL', () => {
    expect(invalidationSummary(measured)).toBe('multi-instance invalidation: median 72.5 ms / max 80.1 ms over 2 rounds (bound 1,000 ms; TTL 600,000 ms)')
  })

  test('the table has one row per measured interval with rounds, median, max, TTL and bound', () => {
    const lines = invalidationTable(measured).split('\n')
    expect(lines[0]).toContain('Postgres 15.18 database')
    expect(lines[0]).toContain('DELIVERY_CACHE_TTL_MS=600,000')
    expect(lines.slice(2)).toEqual([
      '| publish on A → B | rounds | median ms | max ms | TTL ms | bound ms |',
      '|---|---:|---:|---:|---:|---:|',
      "| A's answer → B's first answer with the new ETag | 2 | 72.5 | 80.1 | 600,000 | 1,000 |",
      "| publish sent → B's first answer with the new ETag | 2 | 285 | 301 | 600,000 | 1,000 |",
      "| A's answer → B's cache empty (at the latest) | 2 | 0 | 0 | 600,000 | 1,000 |",
    ])
  })
})
