import type { AssembledEvidence, AssembledGoal, AssembledReport } from '../../delivery/types.js'
import type { IndexEntry } from '../contentIndex.js'
import {
  assuranceLabel,
  metricAssurance,
  metricDetails,
  metricFigure,
  organisationLine,
  quoteContext,
  recommendationDetails,
  reportPeriod,
  sectionHeadings,
  sectionsAfterGoals,
  sectionsBeforeGoals,
  speakerName,
} from '../present.js'
import { contentsPageCount, goalLabel, writeContents, type ContentsLine } from './contents.js'
import { richTextBlocks } from './richTextBlocks.js'
import { colours, fonts, margin, PdfWriter } from './writer.js'

type Section = { label: string; pages: number[] }

const titlePage = (w: PdfWriter, doc: AssembledReport) => {
  w.doc.y = margin + 120
  if (doc.draft) w.text('DRAFT PREVIEW — NOT PUBLISHED', { font: fonts.bold, size: 11, colour: '#b00020', gap: 12 })
  w.text(doc.report.title, { font: fonts.bold, size: 26, gap: 12 })
  for (const line of [
    organisationLine(doc),
    doc.partner ? `In partnership with ${doc.partner.name}` : null,
    doc.framework ? `${doc.framework.name} (${doc.framework.edition})` : null,
    reportPeriod(doc),
    doc.report.publicationDate ? `Published ${doc.report.publicationDate.slice(0, 10)}` : null,
  ])
    if (line) w.text(line, { size: 12, colour: colours.muted, gap: 4 })
  const org = doc.organisation
  if (org?.regions.length) w.text(`Serves ${org.regions.join(', ')}`, { size: 10, colour: colours.muted })
  if (org?.populationServed?.description) w.text(`Population served: ${org.populationServed.description}`, { size: 10, colour: colours.muted })
  if (doc.report.summary) {
    w.doc.y += 18
    w.text(doc.report.summary, { size: 12 })
  }
}

const richSection = (w: PdfWriter, doc: AssembledReport, name: keyof typeof sectionHeadings, sections: Section[]) => {
  const blocks = richTextBlocks(doc.report[name]?.json)
  if (!blocks.length) return
  w.heading(sectionHeadings[name], 2)
  sections.push({ label: sectionHeadings[name], pages: [w.pageIndex + 1] })
  for (const block of blocks) {
    if (block.kind === 'heading') w.heading(block.text, 3)
    else if (block.kind === 'quote') w.text(block.text, { font: fonts.italic, indent: 14 })
    else if (block.kind === 'listItem') w.text(`${block.marker ?? '•'} ${block.text}`, { indent: 14, gap: 2 })
    else w.text(block.text, { gap: 6 })
  }
}

const quotes = (w: PdfWriter, doc: AssembledReport, sections: Section[]) => {
  if (!doc.quotes.length) return
  w.heading('Forewords and statements', 2)
  sections.push({ label: 'Forewords and statements', pages: [w.pageIndex + 1] })
  for (const q of doc.quotes) {
    w.keepSpace(60)
    for (const paragraph of q.paragraphs) w.text(paragraph, { font: fonts.italic, indent: 14, gap: 5 })
    const role = q.speaker.role ? `, ${q.speaker.role}` : ''
    w.text(`— ${speakerName(q)}${role} (${quoteContext(q)})`, { size: 9.5, colour: colours.muted, indent: 14, gap: 12 })
  }
}

/** Lays out one evidence item; returns the 1-based pages it spans. */
const evidenceItem = (w: PdfWriter, item: AssembledEvidence): number[] => {
  w.keepSpace(50)
  const first = w.pageIndex + 1
  w.text(item.title, { font: fonts.bold, size: 11, gap: 1 })
  w.muted([`Assurance: ${assuranceLabel(item.assurance)}`, item.activityType ? `Activity: ${item.activityType}` : null].filter(Boolean).join(' · '))
  if (item.description) w.text(item.description, { gap: 3 })
  for (const m of item.metrics) {
    w.text(`• ${m.label}: ${metricFigure(m)}  [${metricAssurance(m, item)}]`, { indent: 10, gap: 1 })
    const details = metricDetails(m)
    if (details) w.muted(details, 20)
  }
  const facts = [item.beneficiaries ? `Beneficiaries: ${item.beneficiaries}` : null, item.area ? `Area: ${item.area}` : null].filter(Boolean)
  if (facts.length) w.muted(facts.join(' · '))
  const source = [item.source.citation, item.source.url].filter(Boolean).join(' — ')
  if (source) w.muted(`Source: ${source}`)
  w.doc.y += 8
  const last = w.pageIndex + 1
  return Array.from({ length: last - first + 1 }, (_, i) => first + i)
}

const goal = (w: PdfWriter, g: AssembledGoal, reason: string | null): number[] => {
  w.heading(goalLabel(g), 2)
  if (g.summary) w.muted(g.summary)
  w.doc.y += 4
  if (!g.evidence.length && reason) w.text(reason, { font: fonts.italic, colour: colours.muted })
  return g.evidence.flatMap((item) => evidenceItem(w, item))
}

const recommendations = (w: PdfWriter, doc: AssembledReport, sections: Section[]) => {
  if (!doc.recommendations.length) return
  w.heading('Recommendations', 2)
  sections.push({ label: 'Recommendations', pages: [w.pageIndex + 1] })
  doc.recommendations.forEach((r, i) => {
    w.keepSpace(40)
    w.text(`${i + 1}. ${r.title}`, { font: fonts.bold, size: 11, gap: 2 })
    if (r.description) w.text(r.description, { indent: 14, gap: 2 })
    w.muted(recommendationDetails(r), 14)
    w.doc.y += 6
  })
}

/** "Title · Page 3 of 12" at the foot of every page (written last, when the total is known). */
const footers = (w: PdfWriter, doc: AssembledReport) => {
  const { start, count } = w.doc.bufferedPageRange()
  for (let i = start; i < start + count; i++) {
    w.doc.switchToPage(i)
    const bottom = w.doc.page.margins.bottom
    // below the bottom margin: without this pdfkit would start a new page for the footer
    w.doc.page.margins.bottom = 0
    w.doc.font(fonts.body).fontSize(8).fillColor(colours.muted)
    const label = `${doc.report.title}${doc.draft ? ' (draft)' : ''} · Page ${i + 1} of ${count}`
    w.doc.text(label, margin, w.doc.page.height - margin / 2 - 8, { width: w.width, align: 'center', lineBreak: false })
    w.doc.page.margins.bottom = bottom
  }
}

/**
 * The report as a PDF laid out on the server with pdfkit (no browser): a title page, the contents (every goal of
 * the edition with the pages of its evidence, or the reason it is not covered), then the same content as the
 * HTML export, and a page number on every page. Standard fonts, so the text is extractable.
 */
export const reportToPdf = async (doc: AssembledReport, index: IndexEntry[]): Promise<Buffer> => {
  const w = new PdfWriter({
    Title: doc.report.title,
    Author: doc.organisation?.name ?? undefined,
    Subject: doc.framework ? `${doc.framework.name} (${doc.framework.edition})` : undefined,
    Creator: 'impact-cms',
    // the report's own time, so the same content gives the same file
    CreationDate: new Date(doc.report.updatedAt),
    ModDate: new Date(doc.report.updatedAt),
  })
  titlePage(w, doc)

  // the contents' size is known before the pages it lists: reserve them now, fill them in at the end
  const goalLines = (pagesById: Map<string, number[]>): ContentsLine[] =>
    index.map((g) => ({ label: goalLabel(g), pages: pagesById.get(g.id) ?? [], reason: g.reason }))
  const placeholderPages = new Map(index.map((g) => [g.id, [9999, 10000]]))
  const sectionNames = ['Forewords and statements', ...sectionsBeforeGoals, ...sectionsAfterGoals, 'Recommendations'].map((s) => ({ label: s, pages: [9999] }))
  const reserved = contentsPageCount(w, [...sectionNames, ...goalLines(placeholderPages)])
  const firstContentsPage = w.pageIndex + 1
  for (let i = 0; i < reserved; i++) w.doc.addPage()

  const before: Section[] = []
  const after: Section[] = []
  w.doc.addPage()
  quotes(w, doc, before)
  for (const name of sectionsBeforeGoals) richSection(w, doc, name, before)
  const pagesById = new Map<string, number[]>()
  const reasons = new Map(index.map((g) => [g.id, g.reason]))
  for (const g of doc.goals) pagesById.set(g.id, goal(w, g, reasons.get(g.id) ?? null))
  for (const name of sectionsAfterGoals) richSection(w, doc, name, after)
  recommendations(w, doc, after)

  writeContents(w, [...before, ...goalLines(pagesById), ...after], firstContentsPage, reserved)
  footers(w, doc)
  return w.finish()
}
