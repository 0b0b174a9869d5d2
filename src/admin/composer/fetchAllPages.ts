/** Payload's list answer, as much of it as the admin components read. */
type Page<Doc> = { docs: Doc[]; hasNextPage: boolean }

/** The API serves at most this many documents per page (MAX_PAGE_SIZE, src/http/requestLimits.ts). */
export const pageSize = 100
/** A report with more items than this is read partly rather than hammering the API. */
const maxPages = 50

/**
 * Every document of a REST list query, page by page, with the signed-in user's cookie. `query` is the query string
 * without `limit` and `page`; a refused page throws with the server's message.
 */
export const fetchAllPages = async <Doc>(url: string, query: string, signal?: AbortSignal): Promise<Doc[]> => {
  const docs: Doc[] = []
  for (let page = 1; page <= maxPages; page += 1) {
    const response = await fetch(`${url}?${query}&limit=${pageSize}&page=${page}`, { credentials: 'include', cache: 'no-store', signal })
    if (!response.ok) {
      const body = (await response.json().catch(() => ({}))) as { errors?: { message?: string }[] }
      throw new Error(body.errors?.[0]?.message ?? `${response.status} ${response.statusText}`)
    }
    const body = (await response.json()) as Page<Doc>
    docs.push(...body.docs)
    if (!body.hasNextPage) break
  }
  return docs
}
