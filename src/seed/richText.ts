import type {
  SerializedEditorState,
  SerializedParagraphNode,
  SerializedTextNode,
} from '@payloadcms/richtext-lexical/lexical'
import type { Organisation } from '../../payload-types.js'

/** The value of a `richText` field as the generated types describe it. */
export type RichTextValue = NonNullable<Organisation['description']>

/** Lexical editor state with paragraphs of plain text: what the admin editor stores and loads. */
export type ParagraphsState = SerializedEditorState<SerializedParagraphNode> & RichTextValue

const textNode = (text: string): SerializedTextNode => ({
  type: 'text',
  version: 1,
  detail: 0,
  format: 0,
  mode: 'normal',
  style: '',
  text,
})

const paragraphNode = (text: string): SerializedParagraphNode => ({
  type: 'paragraph',
  version: 1,
  direction: 'ltr',
  format: '',
  indent: 0,
  textFormat: 0,
  textStyle: '',
  children: [textNode(text)],
})

/** Splits text on blank lines into trimmed, non-empty paragraphs. */
export const paragraphsOf = (text: string): string[] =>
  text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)

/**
 * Lexical JSON (root > paragraph > text) for plain paragraphs, shaped as `@payloadcms/richtext-lexical`
 * saves it, so the admin editor opens it unchanged. Pass one string per paragraph, or one string
 * with paragraphs separated by blank lines.
 */
export const richText = (paragraphs: string | readonly string[]): ParagraphsState => {
  const list = typeof paragraphs === 'string' ? paragraphsOf(paragraphs) : paragraphs.flatMap(paragraphsOf)
  return {
    root: {
      type: 'root',
      version: 1,
      direction: list.length ? 'ltr' : null,
      format: '',
      indent: 0,
      children: list.map(paragraphNode),
    },
  }
}

/** The plain text of rich text: paragraphs joined by blank lines (for previews and tests). */
export const plainText = (value: RichTextValue | null | undefined): string => {
  const textOf = (node: unknown): string => {
    if (!node || typeof node !== 'object') return ''
    const { text, children } = node as { text?: unknown; children?: unknown }
    if (typeof text === 'string') return text
    return Array.isArray(children) ? children.map(textOf).join('') : ''
  }
  return (value?.root.children ?? []).map(textOf).join('\n\n')
}
