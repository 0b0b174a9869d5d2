import { createHash } from 'node:crypto'

/** SHA-256 (hex) of the exact words, as stored: a sign-off covers these bytes and nothing else. */
export const textHash = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex')
