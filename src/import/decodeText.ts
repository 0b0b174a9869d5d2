import { fileProblem } from './errors.js'

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false })

/**
 * The file as text. Only UTF-8 is accepted (a leading byte-order mark is dropped): guessing Windows-1252 or
 * UTF-16 would silently change names and figures. Binary content (NUL bytes) is refused before decoding.
 */
export const decodeText = (bytes: Uint8Array): string => {
  if (bytes.length === 0) throw fileProblem('The file is empty.')
  if (bytes.includes(0)) {
    throw fileProblem('The file is not text (it contains NUL bytes). Upload a CSV or JSON file saved as UTF-8.')
  }
  try {
    return utf8.decode(bytes)
  } catch {
    throw fileProblem('The file is not UTF-8 text. Save it as "CSV UTF-8" (or JSON in UTF-8) and upload it again.')
  }
}
