import PDFDocument from 'pdfkit'

/** Fonts of the PDF: the standard 14, so nothing is loaded from disk and text stays extractable. */
export const fonts = { body: 'Helvetica', bold: 'Helvetica-Bold', italic: 'Helvetica-Oblique' } as const
export const colours = { text: '#1a1a1a', muted: '#555555', rule: '#999999' } as const

const pageSize = 'A4'
export const margin = 56

/** What pdfkit's `widthOfString` reads besides the text: the current font object and size (not in its types). */
type MeasuringState = { _font: object; _fontSize: number }

/**
 * pdfkit measures every word each time it wraps a line (glyph by glyph, kerning pair by kerning pair), and a
 * report repeats the same words thousands of times: widths are kept per font object, size and text. Calls with
 * spacing, scaling or font features, which change a width, are measured as before.
 */
const memoiseWordWidths = (doc: PDFKit.PDFDocument): void => {
  const measure = doc.widthOfString.bind(doc)
  const state = doc as unknown as MeasuringState
  const byFont = new WeakMap<object, Map<string, number>>()
  doc.widthOfString = (text: string, options?: PDFKit.Mixins.TextOptions): number => {
    const plain = !options || (!options.characterSpacing && !('horizontalScaling' in options) && !options.features)
    if (!plain) return measure(text, options)
    let widths = byFont.get(state._font)
    if (!widths) byFont.set(state._font, (widths = new Map()))
    const key = `${state._fontSize}\u0000${text}`
    let width = widths.get(key)
    if (width === undefined) widths.set(key, (width = measure(text, options)))
    return width
  }
}

/**
 * A pdfkit document with the few moves the export needs: headings kept with what follows, muted detail lines,
 * the index of the page being written (pages are buffered so the contents and footers are filled in last).
 */
export class PdfWriter {
  readonly doc: PDFKit.PDFDocument

  constructor(info: PDFKit.DocumentInfo) {
    // pdfkit hashes every info entry into the file ID and fails on an undefined one
    const defined = Object.fromEntries(Object.entries(info).filter(([, value]) => value !== undefined)) as PDFKit.DocumentInfo
    this.doc = new PDFDocument({ size: pageSize, margin, bufferPages: true, info: defined, autoFirstPage: true })
    this.doc.font(fonts.body).fontSize(10.5).fillColor(colours.text)
    memoiseWordWidths(this.doc)
  }

  get width(): number {
    return this.doc.page.width - 2 * margin
  }

  get bottom(): number {
    return this.doc.page.height - margin
  }

  /** Zero-based index of the page being written. */
  get pageIndex(): number {
    const range = this.doc.bufferedPageRange()
    return range.start + range.count - 1
  }

  /** Starts a new page unless `space` points fit on this one. */
  keepSpace(space: number): void {
    if (this.doc.y + space > this.bottom) this.doc.addPage()
  }

  text(value: string, options: { font?: string; size?: number; colour?: string; indent?: number; gap?: number } = {}): void {
    const { font = fonts.body, size = 10.5, colour = colours.text, indent = 0, gap = 4 } = options
    this.doc.font(font).fontSize(size).fillColor(colour)
    this.doc.text(value, margin + indent, this.doc.y, { width: this.width - indent, lineGap: 1.5 })
    this.doc.y += gap
  }

  heading(value: string, level: 1 | 2 | 3): void {
    const size = level === 1 ? 20 : level === 2 ? 15 : 12
    this.keepSpace(size * 4)
    if (level === 2) this.doc.y += 8
    this.text(value, { font: fonts.bold, size, gap: level === 3 ? 2 : 6 })
    if (level === 2) {
      this.doc.moveTo(margin, this.doc.y - 3).lineTo(margin + this.width, this.doc.y - 3).lineWidth(0.5).strokeColor(colours.rule).stroke()
      this.doc.y += 3
    }
  }

  muted(value: string, indent = 0): void {
    this.text(value, { size: 9, colour: colours.muted, indent, gap: 2 })
  }

  /** The finished file. */
  finish(): Promise<Buffer> {
    const chunks: Buffer[] = []
    return new Promise((resolve, reject) => {
      this.doc.on('data', (chunk: Buffer) => chunks.push(chunk))
      this.doc.on('end', () => resolve(Buffer.concat(chunks)))
      this.doc.on('error', reject)
      this.doc.end()
    })
  }
}
