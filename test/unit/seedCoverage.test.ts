import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, test } from '@jest/globals'
import { coverageByReport } from '../../src/seed/content/coverage.js'
import { purposeGoals2021 } from '../../src/seed/content/purposeGoals.js'
import { hctReport } from '../../src/seed/content/reports/hct.js'
import { swftReport } from '../../src/seed/content/reports/swft.js'

/**
 * The seeded coverage declarations keep honest provenance: every goal of the edition declared once, a reason for
 * each, and a reason marked `source` is the article's own words (the committed copies in docs/reference/).
 */
const article = (file: string) => readFileSync(path.join(process.cwd(), 'docs', 'reference', file), 'utf8')
const reports = [
  { report: hctReport, text: article('hertfordshire-community-impact-report-news.txt') },
  { report: swftReport, text: article('south-warwickshire-impact-report-news.txt') },
]

describe.each(reports)('coverage declarations of $report.slug', ({ report, text }) => {
  const declarations = coverageByReport[report.slug]

  test('declare all 14 goals of the 2021 edition, each once, each with a reason', () => {
    expect(declarations.map((d) => d.goal)).toEqual(purposeGoals2021.map((g) => g.number))
    for (const declaration of declarations) expect(declaration.reason.trim().length).toBeGreaterThan(20)
  })

  test('a reason marked "source" is verbatim in the article; editorial ones say so by their marking', () => {
    const sourced = declarations.filter((d) => d.reasonSource === 'source')
    expect(sourced.length).toBeGreaterThan(0)
    for (const { reason } of sourced) expect(text).toContain(reason)
  })

  test('goals with seeded evidence are declared covered; none is guessed not applicable', () => {
    const withEvidence = new Set(report.evidence.map((e) => e.goal))
    for (const goal of withEvidence) expect(declarations.find((d) => d.goal === goal)?.status).toBe('covered')
    // goals the article is silent about are "not reported", never guessed "not applicable"
    expect(declarations.some((d) => d.status === 'not-applicable')).toBe(false)
  })
})
