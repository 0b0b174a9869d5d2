/** What a raw request answered: status, the first error message (or the text), and the parsed body. */
export type RawAnswer = { status: number; message: string; body: any }

export type RawInit = RequestInit & { token?: string }

/**
 * Sends exactly the bytes and headers given (no JSON encoding, unlike TestServer.request), for tests of how the
 * server treats malformed requests.
 */
export const rawRequest =
  (baseUrl: () => string) =>
  async (pathname: string, init: RawInit = {}): Promise<RawAnswer> => {
    const headers = new Headers(init.headers)
    if (init.token) headers.set('authorization', `JWT ${init.token}`)
    const response = await fetch(`${baseUrl()}${pathname}`, { ...init, headers })
    const text = await response.text()
    let body: any = text
    try {
      body = JSON.parse(text)
    } catch {
      // not JSON: the assertion on `message` shows the text
    }
    return { status: response.status, message: String(body?.errors?.[0]?.message ?? text), body }
  }
