import type { IndexEntry } from '../contentIndex.js'
import { colours, fonts, margin, type PdfWriter } from './writer.js'

/** A line of the contents: a section or a goal, with the pages it was laid out on (or why a goal has none). */
export type ContentsLine = { label: string; pages: number[]; reason?: string | null }

const pagesColumn = 95
const labelSize = 10
const reasonSize = 9
const reasonIndent = 14

/** "page 5", "pages 5–7", "pages 5–7, 9" (1-based). */
export const pageRanges = (pages: number[]): string => {
  const sorted = [...new Set(pages)].sort((a, b) => a - b)
  const ranges: string[] = []
  for (let i = 0; i < sorted.length; ) {
    let j = i
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++
    ranges.push(j > i ? `${sorted[i]}–${sorted[j]}` : String(sorted[i]))
    i = j + 1
  }
  return sorted.length ? `${sorted.length > 1 ? 'pages' : 'page'} ${ranges.join(', ')}` : ''
}

export const goalLabel = (g: Pick<IndexEntry, 'number' | 'title'>): string => `Goal ${g.number}. ${g.title}`

const heading = 'Contents'
const headingHeight = 34
const note = 'Every goal of the framework edition, with the pages of its evidence or the reason it is not covered.'

const lineHeight = (w: PdfWriter, line: ContentsLine): number => {
  const labelWidth = w.width - pagesColumn
  const label = w.doc.font(line.reason ? fonts.body : fonts.bold).fontSize(labelSize).heightOfString(line.label, { width: labelWidth, lineGap: 1.5 })
  const reason = line.reason ? w.doc.font(fonts.italic).fontSize(reasonSize).heightOfString(line.reason, { width: labelWidth - reasonIndent, lineGap: 1 }) : 0
  return label + reason + 5
}

const noteHeight = (w: PdfWriter) => w.doc.font(fonts.body).fontSize(reasonSize).heightOfString(note, { width: w.width }) + 8

/** How many pages the contents will take, measured before the pages it lists exist. */
export const contentsPageCount = (w: PdfWriter, lines: ContentsLine[]): number => {
  const usable = w.bottom - margin
  let pages = 1
  let y = headingHeight + noteHeight(w)
  for (const line of lines) {
    const h = lineHeight(w, line)
    if (y + h > usable) {
      pages++
      y = 0
    }
    y += h
  }
  return pages
}

/** Writes the contents onto the pages reserved for it (`first` … `first + count - 1`), measured the same way. */
export const writeContents = (w: PdfWriter, lines: ContentsLine[], first: number, count: number): void => {
  const { doc } = w
  let page = first
  doc.switchToPage(page)
  doc.y = margin
  w.text(heading, { font: fonts.bold, size: 15, gap: headingHeight - 15 - 6 })
  doc.y = margin + headingHeight
  w.text(note, { size: reasonSize, colour: colours.muted, gap: 8 })
  doc.y = margin + headingHeight + noteHeight(w)
  const labelWidth = w.width - pagesColumn
  for (const line of lines) {
    const h = lineHeight(w, line)
    if (doc.y + h > w.bottom && page < first + count - 1) {
      doc.switchToPage(++page)
      doc.y = margin
    }
    const top = doc.y
    doc.font(line.reason ? fonts.body : fonts.bold).fontSize(labelSize).fillColor(colours.text)
    doc.text(line.label, margin, top, { width: labelWidth, lineGap: 1.5 })
    const afterLabel = doc.y
    if (line.pages.length) doc.text(pageRanges(line.pages), margin + labelWidth, top, { width: pagesColumn, align: 'right' })
    doc.y = afterLabel
    if (line.reason) {
      doc.font(fonts.italic).fontSize(reasonSize).fillColor(colours.muted)
      doc.text(line.reason, margin + reasonIndent, doc.y, { width: labelWidth - reasonIndent, lineGap: 1 })
    }
    doc.y = top + h
  }
}
