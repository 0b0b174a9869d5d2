import type { RenderedReport } from '../cache.js'
import type { DeliveryReadLog } from './deliveryReads.js'

type Entry = { reports: DeliveryReadLog['reports']; body: Buffer }

/**
 * Anonymous answers of delivery operations, by document and variables. An answer is a function of the reports it
 * read (the anonymous view ignores everything else about the caller), so it is served again exactly while the
 * public view cache still holds each of those very reports (`peek` returns the same object): any write, the TTL
 * and a cache that is off all make `peek` answer otherwise, and the answer is rebuilt from the fresh reports.
 * It is never staler than GET …/assembled. Answers that read anything untracked (report lists) are not kept.
 */
export class AnonymousResponseCache {
  private readonly entries = new Map<string, Entry>()
  private bytes = 0

  /** `maxBytes` bounds the bodies kept (least recently used go first): variables can vary without end. */
  constructor(
    private readonly peek: (slug: string) => RenderedReport | null | undefined,
    private readonly maxBytes = 32 * 1024 * 1024,
  ) {}

  get(key: string): Buffer | undefined {
    const entry = this.entries.get(key)
    if (!entry) return undefined
    for (const { slug, rendered } of entry.reports) {
      const current = this.peek(slug)
      if (current === undefined || current !== rendered) {
        this.remove(key, entry)
        return undefined
      }
    }
    // most recently used last
    this.entries.delete(key)
    this.entries.set(key, entry)
    return entry.body
  }

  set(key: string, reads: DeliveryReadLog, body: Buffer): void {
    if (reads.untracked || body.length > this.maxBytes / 4) return
    const old = this.entries.get(key)
    if (old) this.remove(key, old)
    for (const [oldest, entry] of this.entries) {
      if (this.bytes + body.length <= this.maxBytes) break
      this.remove(oldest, entry)
    }
    this.entries.set(key, { reports: [...reads.reports], body })
    this.bytes += body.length
  }

  get size(): number {
    return this.entries.size
  }

  private remove(key: string, entry: Entry): void {
    this.entries.delete(key)
    this.bytes -= entry.body.length
  }
}
