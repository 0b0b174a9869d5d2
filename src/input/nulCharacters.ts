/** Databases cut strings at a NUL character (SQLite) or refuse them (Postgres): either way text would change silently. */
export const NUL = '\u0000'

/**
 * The dot path (`metrics.0.valueText`) of the first string, or object key, holding a NUL character, else undefined.
 * Walks plain JSON-like data: objects, arrays and strings; iterative, so deep input cannot overflow the stack.
 */
export const pathOfNulCharacter = (value: unknown): string | undefined => {
  const pending: { value: unknown; path: string[] }[] = [{ value, path: [] }]
  while (pending.length) {
    const { value: current, path } = pending.pop()!
    if (typeof current === 'string') {
      if (current.includes(NUL)) return path.join('.')
    } else if (Array.isArray(current)) {
      current.forEach((item, index) => pending.push({ value: item, path: [...path, String(index)] }))
    } else if (current !== null && typeof current === 'object' && !(current instanceof Date) && !Buffer.isBuffer(current)) {
      for (const [key, item] of Object.entries(current)) {
        if (key.includes(NUL)) return [...path, key.replaceAll(NUL, '\\u0000')].join('.')
        pending.push({ value: item, path: [...path, key] })
      }
    }
  }
  return undefined
}

export const nulMessage = (path: string) =>
  `Text may not contain NUL characters (\\u0000)${path ? ` (found in "${path}")` : ''}.`
