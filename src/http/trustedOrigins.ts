/**
 * Origins whose browser sessions may use the API: the server's own public URL (SERVER_URL) and the
 * comma-separated ALLOWED_ORIGINS. Entries are normalised to `scheme://host[:port]` so that a trailing
 * slash or path in the environment cannot make a real Origin header miss.
 */
export const trustedOrigins = (env: Readonly<Record<string, string | undefined>> = process.env): string[] => {
  const serverURL = env.SERVER_URL?.trim() ?? ''
  const allowed = (env.ALLOWED_ORIGINS ?? '').split(',').map((entry) => entry.trim()).filter(Boolean)
  // Once the list is not empty, Payload honours the cookie from listed origins only: without
  // SERVER_URL in it, the admin itself would be signed out.
  if (allowed.length && !serverURL) {
    throw new Error('ALLOWED_ORIGINS needs SERVER_URL too (the public URL of this server, where the admin runs)')
  }
  return [...new Set([serverURL, ...allowed].filter(Boolean).map(originOf))]
}

const originOf = (entry: string): string => {
  let url: URL
  try {
    url = new URL(entry)
  } catch {
    throw new Error(`ALLOWED_ORIGINS / SERVER_URL: "${entry}" is not a URL like https://cms.example.org`)
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`ALLOWED_ORIGINS / SERVER_URL: "${entry}" must start with http:// or https://`)
  }
  return url.origin
}
