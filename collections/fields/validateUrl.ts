/** Optional web address: empty, or an absolute http(s) URL. */
export const validateUrl = (value: unknown): true | string => {
  if (value === null || value === undefined || value === '') return true
  try {
    const url = new URL(String(value))
    if (url.protocol === 'http:' || url.protocol === 'https:') return true
  } catch {
    // fall through to the message
  }
  return 'Enter a full web address starting with http:// or https://.'
}
