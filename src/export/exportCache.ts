/**
 * Finished exports of published views by their tag (a hash of exactly what they contain), so a PDF asked for
 * again is not laid out again. Small: a handful of reports are downloaded at once, and a PDF can be megabytes.
 * Drafts are never kept.
 */
export class ExportCache {
  private entries = new Map<string, Promise<string | Buffer>>()
  constructor(private readonly maxEntries = 16) {}

  get(etag: string, build: () => Promise<string | Buffer>): Promise<string | Buffer> {
    const hit = this.entries.get(etag)
    if (hit) {
      // most recently used last
      this.entries.delete(etag)
      this.entries.set(etag, hit)
      return hit
    }
    const value = build()
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value as string)
    this.entries.set(etag, value)
    value.catch(() => this.entries.delete(etag))
    return value
  }

  get size(): number {
    return this.entries.size
  }
}

export const publicExportCache = new ExportCache()
