import { describe, expect, test } from '@jest/globals'
import { parsePeriod } from '../../collections/fields/parsePeriod.js'

/** Periods as reports write them, read into dates (issue 11: a typed period next to the as-written text). */
describe('parsePeriod', () => {
  test.each([
    ['2022/23', '2022-04-01', '2023-03-31'],
    ['2023-24', '2023-04-01', '2024-03-31'],
    ['2023–24', '2023-04-01', '2024-03-31'],
    ['2023/2024', '2023-04-01', '2024-03-31'],
    ['FY 2023/24', '2023-04-01', '2024-03-31'],
    ['FY23/24', '2023-04-01', '2024-03-31'],
    ['Financial year 2021-22', '2021-04-01', '2022-03-31'],
    ['1999/00', '1999-04-01', '2000-03-31'],
    ['2024', '2024-01-01', '2024-12-31'],
    ['calendar year 2023', '2023-01-01', '2023-12-31'],
    ['2020-2023', '2020-01-01', '2023-12-31'],
    ['Q2 2024', '2024-04-01', '2024-06-30'],
    ['Q1 2024/25', '2024-04-01', '2024-06-30'],
    ['Q4 2023/24', '2024-01-01', '2024-03-31'],
    ['March 2024', '2024-03-01', '2024-03-31'],
    ['Feb 2024', '2024-02-01', '2024-02-29'],
    ['April 2023 to March 2024', '2023-04-01', '2024-03-31'],
    ['Apr 2023 – Mar 2024', '2023-04-01', '2024-03-31'],
    ['year ending 31 March 2024', '2023-04-01', '2024-03-31'],
    ['the year to March 2024', '2023-04-01', '2024-03-31'],
    ['12 months ended 30 June 2023', '2022-07-01', '2023-06-30'],
    ['2023-04-01 to 2024-03-31', '2023-04-01', '2024-03-31'],
    ['2023-04-01 – 2023-09-30', '2023-04-01', '2023-09-30'],
    ['2024-03-31', '2024-03-31', '2024-03-31'],
    ['  2022/23  ', '2022-04-01', '2023-03-31'],
  ])('%s → %s … %s', (text, start, end) => {
    expect(parsePeriod(text)).toEqual({ start, end })
  })

  test.each([
    'over the next three years',
    'the coming year',
    '2023/25',
    'FY 2020-2023',
    '2024-02-30',
    'April 2024 to March 2023',
    'year ending 31 February 2024',
    'Q5 2024',
    '',
  ])('%j cannot be read: null (the text is kept as written)', (text) => {
    expect(parsePeriod(text)).toBeNull()
  })

  test('not text: null', () => {
    expect(parsePeriod(null)).toBeNull()
    expect(parsePeriod(undefined)).toBeNull()
  })
})
