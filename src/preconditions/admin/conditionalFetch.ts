/** What the admin's edit view knows about the document it shows. */
export type LoadedDocument = {
  /** `/api/{collection}/{id}` as a URL path. */
  documentPath: string
  /** The ETag of the version the form was built from; moves on with each of this view's own writes. */
  tag: string
}

const methodOf = (input: RequestInfo | URL, init?: RequestInit) =>
  (init?.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase()

const pathOf = (input: RequestInfo | URL) =>
  new URL(input instanceof Request ? input.url : String(input), window.location.href).pathname

/**
 * A `fetch` that sends `If-Match: <loaded version>` with the view's saves and deletes of its document, and
 * learns the new version from the ETag its own successful writes (saves, workflow transitions) answer with.
 * Reads never move the tag on: a newer version someone else saved must still be refused.
 */
export const conditionalFetch =
  (fetchImpl: typeof fetch, loaded: LoadedDocument): typeof fetch =>
  async (input, init) => {
    const method = methodOf(input, init)
    const path = pathOf(input)
    const isWrite = method !== 'GET' && method !== 'HEAD'
    let request = init
    if ((method === 'PATCH' || method === 'DELETE') && path === loaded.documentPath) {
      const headers = new Headers(init?.headers ?? (input instanceof Request ? input.headers : undefined))
      if (!headers.has('if-match')) headers.set('If-Match', loaded.tag)
      request = { ...init, headers }
    }
    const response = await fetchImpl(input, request)
    const etag = response.headers.get('etag')
    if (isWrite && response.ok && etag && (path === loaded.documentPath || path.startsWith(`${loaded.documentPath}/`))) {
      loaded.tag = etag
    }
    return response
  }
