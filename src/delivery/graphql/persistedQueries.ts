import { createHash } from 'node:crypto'

/** A document text stored under the hex SHA-256 of its UTF-8 bytes. */
export const sha256Hex = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex')

/**
 * Persisted GraphQL documents (automatic persisted queries): a client sends a document once with its hash, then
 * only the hash. Kept in this process, least recently used dropped first, bounded in total bytes: anyone may
 * register a document, so the store must not grow without bound. A client whose hash is unknown (another
 * instance, a restart, an evicted document) sends the document again, as the protocol expects.
 */
export class PersistedQueryStore {
  private readonly documents = new Map<string, string>()
  private bytes = 0

  constructor(private readonly maxBytes = 4 * 1024 * 1024) {}

  get(hash: string): string | undefined {
    const text = this.documents.get(hash)
    if (text === undefined) return undefined
    this.documents.delete(hash)
    this.documents.set(hash, text)
    return text
  }

  /** Stores `text` under its own hash (callers check that it is the one the client named). */
  add(text: string): void {
    const hash = sha256Hex(text)
    const size = Buffer.byteLength(text)
    if (this.documents.has(hash) || size > this.maxBytes) return
    for (const [oldest, old] of this.documents) {
      if (this.bytes + size <= this.maxBytes) break
      this.documents.delete(oldest)
      this.bytes -= Buffer.byteLength(old)
    }
    this.documents.set(hash, text)
    this.bytes += size
  }

  get size(): number {
    return this.documents.size
  }
}
