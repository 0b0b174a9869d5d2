import { normaliseReferences } from '../../collections/fields/richText/normaliseReferences.js'
import { lexicalStateToHtml, type MediaById } from './html/lexicalHtml.js'
import type { AssembledRichText } from './types.js'

type LexicalState = AssembledRichText['json']

/** Sanitized HTML of a Lexical document (allowlisted tags, escaped text, safe URLs), without a wrapping container. */
export const lexicalToHtml = (state: LexicalState, mediaById?: MediaById): string => lexicalStateToHtml(state, mediaById)

/**
 * Both forms of a rich-text field, or null when it is empty. Upload nodes take their URLs from `mediaById`; the
 * JSON goes out with references reduced to IDs, so a frontend rendering it never meets a stored embedded URL.
 */
export const richText = (state: LexicalState | null | undefined, mediaById?: MediaById): AssembledRichText | null =>
  state?.root ? { json: normaliseReferences(state), html: lexicalToHtml(state, mediaById) } : null
