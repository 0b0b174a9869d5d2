/**
 * Titles of documents named by audit-trail rows, fetched as the signed-in user (so access rules decide what they
 * may see): all rows of a list page that name the same collection share one REST request.
 */
type Pending = { ids: Set<string>; waiters: Map<string, ((title: null | string) => void)[]> }

const pendingByCollection = new Map<string, Pending>()

const flush = async (apiBase: string, collection: string, titleField: string, pending: Pending) => {
  const ids = [...pending.ids]
  const titles = new Map<string, string>()
  try {
    const query = new URLSearchParams({
      'where[id][in]': ids.join(','),
      depth: '0',
      draft: 'true',
      limit: String(ids.length),
      [`select[${titleField}]`]: 'true',
    })
    const response = await fetch(`${apiBase}/${collection}?${query}`, { credentials: 'include' })
    if (response.ok) {
      const body = (await response.json()) as { docs?: Record<string, unknown>[] }
      for (const doc of body.docs ?? []) {
        const title = doc[titleField]
        if (typeof title === 'string' && title) titles.set(String(doc.id), title)
      }
    }
  } catch {
    // the cells fall back to the ID
  }
  for (const [id, waiters] of pending.waiters) for (const resolve of waiters) resolve(titles.get(id) ?? null)
}

/** The title of one document, or null when it cannot be read (deleted, not allowed, no title field). */
export const loadDocumentTitle = (apiBase: string, collection: string, titleField: string, id: string): Promise<null | string> =>
  new Promise((resolve) => {
    const key = `${apiBase}|${collection}|${titleField}`
    let pending = pendingByCollection.get(key)
    if (!pending) {
      const created: Pending = { ids: new Set(), waiters: new Map() }
      pending = created
      pendingByCollection.set(key, created)
      // every cell of the page registers in the same commit; the request goes once they all have
      setTimeout(() => {
        pendingByCollection.delete(key)
        void flush(apiBase, collection, titleField, created)
      }, 0)
    }
    pending.ids.add(id)
    pending.waiters.set(id, [...(pending.waiters.get(id) ?? []), resolve])
  })
