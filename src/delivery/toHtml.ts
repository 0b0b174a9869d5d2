import { convertLexicalToHTML, defaultHTMLConverters, LinkHTMLConverter, type HTMLConverters } from '@payloadcms/richtext-lexical/html'
import type { AssembledRichText } from './types.js'

type LexicalState = AssembledRichText['json']

// Text is escaped and link URLs pass Payload's sanitizeUrl in these converters; internal links have no public URL here.
const converters: HTMLConverters = { ...defaultHTMLConverters, ...LinkHTMLConverter({ internalDocToHref: () => '#' }) }

/** Sanitized HTML of a Lexical document (escaped text, safe link URLs), without a wrapping container. */
export const lexicalToHtml = (state: LexicalState): string =>
  convertLexicalToHTML({ converters, data: state as Parameters<typeof convertLexicalToHTML>[0]['data'], disableContainer: true })

/** Both forms of a rich-text field, or null when it is empty. */
export const richText = (state: LexicalState | null | undefined): AssembledRichText | null =>
  state?.root ? { json: state, html: lexicalToHtml(state) } : null
