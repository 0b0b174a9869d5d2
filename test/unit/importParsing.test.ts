import { describe, expect, test } from '@jest/globals'
import { choiceCell, dateCell, numberCell, textCell, urlCell } from '../../src/import/cells.js'
import { columnTarget } from '../../src/import/columns.js'
import { decodeText } from '../../src/import/decodeText.js'
import { ImportError } from '../../src/import/errors.js'
import { parseCsv } from '../../src/import/parseCsv.js'
import { parseJson } from '../../src/import/parseJson.js'

const refusal = (run: () => unknown): { status: number; problems: unknown[] } => {
  try {
    run()
  } catch (error) {
    if (error instanceof ImportError) return { status: error.status, problems: error.problems }
    throw error
  }
  throw new Error('expected an ImportError')
}

describe('cells', () => {
  test('text: trimmed; formula starts refused, signed numbers kept; NUL and length refused', () => {
    expect(textCell('  Clinics ', 100)).toEqual({ ok: true, value: 'Clinics' })
    for (const formula of ['=1+1', '+SUM(A1)', '-2+3', '@cmd', ' =HYPERLINK("x")', '\t=1']) {
      expect([formula, textCell(formula, 100).ok]).toEqual([formula, false])
    }
    expect(textCell('-5', 100)).toEqual({ ok: true, value: '-5' })
    expect(textCell('+44', 100)).toEqual({ ok: true, value: '+44' })
    expect(textCell('a\u0000b', 100)).toEqual({ ok: false, message: 'Contains a NUL character.' })
    expect(textCell('abcdef', 5)).toEqual({ ok: false, message: 'At most 5 characters (this has 6).' })
    expect(textCell({ a: 1 }, 5)).toEqual({ ok: false, message: 'Must be text.' })
  })

  test('numbers: plain, signed, decimal, thousands with commas; words and percentages refused', () => {
    expect(['1200', '-3.5', '1,200,000', '+7', 42].map((v) => numberCell(v))).toEqual([
      { ok: true, value: 1200 },
      { ok: true, value: -3.5 },
      { ok: true, value: 1200000 },
      { ok: true, value: 7 },
      { ok: true, value: 42 },
    ])
    for (const bad of ['1.2 million', '12%', '1,20', '', 'NaN', Infinity]) expect(numberCell(bad).ok).toBe(false)
  })

  test('choices by value or label, dates as real calendar days, URLs http(s) only', () => {
    const choices = [{ value: 'self-reported', label: 'Self-reported' }, { value: 'verified', label: 'Verified' }]
    expect(choiceCell('VERIFIED', choices)).toEqual({ ok: true, value: 'verified' })
    expect(choiceCell('audited', choices)).toEqual({ ok: false, message: 'Must be one of self-reported, verified.' })
    expect(dateCell('2024-02-29')).toEqual({ ok: true, value: '2024-02-29T00:00:00.000Z' })
    expect(dateCell('2023-02-29').ok).toBe(false)
    expect(dateCell('01/02/2024').ok).toBe(false)
    expect(urlCell('https://example.org/a', 100)).toEqual({ ok: true, value: 'https://example.org/a' })
    expect(urlCell('javascript:alert(1)', 100).ok).toBe(false)
  })
})

describe('files', () => {
  test('only UTF-8 text: BOM dropped, Latin-1 and binary refused', () => {
    expect(decodeText(Buffer.from('\ufeffexternalId'))).toBe('externalId')
    expect(refusal(() => decodeText(Buffer.from([0x43, 0x61, 0x66, 0xe9]))).status).toBe(400)
    expect(refusal(() => decodeText(Buffer.from([0x41, 0x00, 0x42]))).status).toBe(400)
    expect(refusal(() => decodeText(Buffer.alloc(0))).status).toBe(400)
  })

  test('CSV column names: any case, spaces or underscores; numbered metrics; unknown names are none', () => {
    expect(columnTarget('Source URL')).toEqual({ kind: 'evidence', key: 'sourceUrl' })
    expect(columnTarget('external_id')).toEqual({ kind: 'evidence', key: 'externalId' })
    expect(columnTarget('Metric2 As Written')).toEqual({ kind: 'metric', index: 2, key: 'asWritten' })
    expect(columnTarget('metric1_valueText')).toEqual({ kind: 'metric', index: 1, key: 'asWritten' })
    expect(columnTarget('metric1_vaule')).toBeUndefined()
  })

  test('CSV: BOM, semicolons, quoted commas and newlines, empty metrics dropped, spreadsheet row numbers', () => {
    const rows = parseCsv('\ufeffexternalId;goal;title;metric1_label;metric1_value;metric2_label;metric2_value\na;1;"Two\nlines; one cell";People;5;;\n\nb;2;T;;;Visits;3\n')
    expect(rows.map((row) => [row.row, row.cells, row.metrics])).toEqual([
      [2, { externalId: 'a', goal: '1', title: 'Two\nlines; one cell' }, [{ label: 'People', value: '5' }]],
      [3, { externalId: 'b', goal: '2', title: 'T' }, [{ label: 'Visits', value: '3' }]],
    ])
    // the closed-up metric keeps the name of its column in messages
    expect(rows[1].metricColumn(0, 'value')).toBe('metric2_value')
  })

  test('CSV header problems: missing columns, duplicates, no header at all', () => {
    expect(refusal(() => parseCsv('externalId,title\na,T\n')).problems).toEqual([{ message: 'The header is missing the column goal.' }])
    expect(refusal(() => parseCsv('externalId,goal,title,Title\na,1,T,U\n')).problems).toEqual([{ row: 1, column: 'Title', message: 'This column appears twice.' }])
    expect(refusal(() => parseCsv('a,1,T\n')).problems[0]).toMatchObject({ message: expect.stringContaining('The first line must be a header') })
    expect(refusal(() => parseCsv('externalId,goal,title\n')).problems).toEqual([{ message: 'The file has a header but no rows.' }])
  })

  test('JSON: an array or { evidence: [...] }; unknown properties named with their path', () => {
    expect(parseJson('{"evidence":[{"externalId":"x","goal":1,"title":"T","source":{"url":"https://e.org"},"metrics":[{"label":"A","valueText":"about 3","value":3}]}]}')[0]).toMatchObject({
      row: 1,
      cells: { externalId: 'x', goal: 1, title: 'T', sourceUrl: 'https://e.org' },
      metrics: [{ label: 'A', asWritten: 'about 3', value: 3 }],
    })
    expect(refusal(() => parseJson('[{"externalId":"x","titel":"T","metrics":[{"lable":"A"}]}]'))).toEqual({
      status: 422,
      problems: [
        { row: 1, column: 'titel', message: 'Unknown property.' },
        { row: 1, column: 'metrics[0].lable', message: 'Unknown property.' },
      ],
    })
    expect(refusal(() => parseJson('{"rows":[]}')).status).toBe(400)
  })
})
