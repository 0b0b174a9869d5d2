import { afterEach, describe, expect, jest, test } from '@jest/globals'
import { PublicReportCache, type RenderedReport } from '../../../src/delivery/cache.js'
import type { AssembledReport } from '../../../src/delivery/types.js'

const view = (body: string): RenderedReport => ({ doc: { body } as unknown as AssembledReport, body, etag: `"${body}"` })

/** A render whose result the test releases, counting calls. */
const deferredRender = () => {
  let release!: (report: RenderedReport | null) => void
  let fail!: (error: Error) => void
  const render = jest.fn(() => new Promise<RenderedReport | null>((resolve, reject) => ((release = resolve), (fail = reject))))
  return { render, release: (r: RenderedReport | null) => release(r), fail: (e: Error) => fail(e) }
}

afterEach(() => {
  jest.useRealTimers()
  delete process.env.DELIVERY_CACHE_TTL_MS
})

describe('PublicReportCache', () => {
  test('keeps a view for the TTL, then renders again', async () => {
    jest.useFakeTimers({ now: 1_000_000 })
    const cache = new PublicReportCache()
    let n = 0
    const render = jest.fn(async () => view(`v${++n}`))
    expect((await cache.get('hct', render, 5000))?.body).toBe('v1')
    jest.setSystemTime(1_004_999)
    expect((await cache.get('hct', render, 5000))?.body).toBe('v1')
    expect(cache.peek('hct', 5000)?.body).toBe('v1')
    jest.setSystemTime(1_005_000)
    expect(cache.peek('hct', 5000)).toBeUndefined()
    expect((await cache.get('hct', render, 5000))?.body).toBe('v2')
    expect(render).toHaveBeenCalledTimes(2)
  })

  test('a TTL of 0 never keeps anything; the default TTL comes from DELIVERY_CACHE_TTL_MS (5 s when unset or invalid)', async () => {
    jest.useFakeTimers({ now: 2_000_000 })
    const cache = new PublicReportCache()
    const render = jest.fn(async () => view('x'))
    await cache.get('a', render, 0)
    await cache.get('a', render, 0)
    expect(render).toHaveBeenCalledTimes(2)
    expect(cache.size).toBe(0)
    expect(cache.peek('a', 0)).toBeUndefined()

    process.env.DELIVERY_CACHE_TTL_MS = '0'
    await cache.get('b', render)
    expect(cache.size).toBe(0)
    process.env.DELIVERY_CACHE_TTL_MS = '1000'
    await cache.get('c', render)
    expect(cache.peek('c')?.body).toBe('x')
    jest.setSystemTime(2_001_000)
    expect(cache.peek('c')).toBeUndefined()
    for (const invalid of ['-1', 'soon', 'Infinity']) {
      process.env.DELIVERY_CACHE_TTL_MS = invalid
      const fresh = new PublicReportCache()
      jest.setSystemTime(3_000_000)
      await fresh.get('d', render)
      jest.setSystemTime(3_004_999)
      expect(fresh.peek('d')?.body).toBe('x')
      jest.setSystemTime(3_005_000)
      expect(fresh.peek('d')).toBeUndefined()
    }
    delete process.env.DELIVERY_CACHE_TTL_MS
    const fresh = new PublicReportCache()
    await fresh.get('e', render)
    jest.setSystemTime(3_009_999)
    expect(fresh.peek('e')?.body).toBe('x')
    jest.setSystemTime(3_010_000)
    expect(fresh.peek('e')).toBeUndefined()
  })

  test('concurrent misses share one render; a missing report (null) is kept too', async () => {
    const cache = new PublicReportCache()
    const { render, release } = deferredRender()
    const first = cache.get('hct', render, 5000)
    const second = cache.get('hct', render, 5000)
    // not settled yet: nothing to peek at
    expect(cache.peek('hct', 5000)).toBeUndefined()
    release(null)
    expect(await first).toBeNull()
    expect(await second).toBeNull()
    expect(render).toHaveBeenCalledTimes(1)
    expect(cache.peek('hct', 5000)).toBeNull()
  })

  test('invalidate empties it at once; clear drops entries', async () => {
    const cache = new PublicReportCache()
    await cache.get('a', async () => view('a1'), 5000)
    await cache.get('b', async () => view('b1'), 5000)
    expect(cache.size).toBe(2)
    cache.invalidate()
    expect(cache.size).toBe(0)
    expect(cache.peek('a', 5000)).toBeUndefined()
    expect((await cache.get('a', async () => view('a2'), 5000))?.body).toBe('a2')
    cache.clear()
    expect(cache.size).toBe(0)
    expect((await cache.get('a', async () => view('a3'), 5000))?.body).toBe('a3')
  })

  test('a view assembled across a write is answered but not kept', async () => {
    const cache = new PublicReportCache()
    const { render, release } = deferredRender()
    const pending = cache.get('hct', render, 5000)
    cache.invalidate()
    release(view('stale'))
    expect((await pending)?.body).toBe('stale')
    expect(cache.peek('hct', 5000)).toBeUndefined()
    expect((await cache.get('hct', async () => view('fresh'), 5000))?.body).toBe('fresh')
  })

  test('an entry from before an invalidation is not served even if still stored', async () => {
    const cache = new PublicReportCache()
    const slow = deferredRender()
    const pending = cache.get('hct', slow.render, 5000)
    cache.invalidate()
    // a newer render for the same slug after the write replaces the old one
    const newer = cache.get('hct', async () => view('new'), 5000)
    slow.release(view('old'))
    expect((await pending)?.body).toBe('old')
    expect((await newer)?.body).toBe('new')
    expect(cache.peek('hct', 5000)?.body).toBe('new')
  })

  test('a failed render is not kept and the error reaches every waiter', async () => {
    const cache = new PublicReportCache()
    const { render, fail } = deferredRender()
    const first = cache.get('hct', render, 5000)
    const second = cache.get('hct', render, 5000)
    fail(new Error('database gone'))
    await expect(first).rejects.toThrow('database gone')
    await expect(second).rejects.toThrow('database gone')
    expect(cache.size).toBe(0)
    expect((await cache.get('hct', async () => view('ok'), 5000))?.body).toBe('ok')
  })

  test('keeps at most 500 slugs, dropping the oldest', async () => {
    const cache = new PublicReportCache()
    for (let i = 0; i < 501; i++) await cache.get(`r${i}`, async () => view(`v${i}`), 60_000)
    expect(cache.size).toBe(500)
    expect(cache.peek('r0', 60_000)).toBeUndefined()
    expect(cache.peek('r1', 60_000)?.body).toBe('v1')
    expect(cache.peek('r500', 60_000)?.body).toBe('v500')
    // re-rendering a stored slug replaces it without pushing another slug out
    jest.useFakeTimers({ now: 5_000_000 })
    const full = new PublicReportCache()
    for (let i = 0; i < 500; i++) await full.get(`s${i}`, async () => view(`w${i}`), i === 250 ? 1000 : 60_000)
    jest.setSystemTime(5_002_000)
    await full.get('s250', async () => view('again'), 60_000)
    expect(full.peek('s0', 60_000)?.body).toBe('w0')
    expect(full.peek('s250', 60_000)?.body).toBe('again')
    expect(full.size).toBe(500)
  })
})
