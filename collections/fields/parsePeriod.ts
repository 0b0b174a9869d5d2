/** A period as calendar dates, both inclusive, `YYYY-MM-DD`. */
export type PeriodDates = { start: string; end: string }

const months = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']
const monthPattern = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)'

const pad = (n: number): string => String(n).padStart(2, '0')
const iso = (year: number, month: number, day: number): string => `${year}-${pad(month)}-${pad(day)}`
const lastDay = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate()
const monthNumber = (name: string): number => months.findIndex((m) => m.startsWith(name.slice(0, 3))) + 1

/** UK public bodies (NHS trusts, councils) report by financial year: 1 April to 31 March. */
const financialYear = (startYear: number): PeriodDates => ({ start: iso(startYear, 4, 1), end: iso(startYear + 1, 3, 31) })
const calendarYears = (from: number, to: number): PeriodDates => ({ start: iso(from, 1, 1), end: iso(to, 12, 31) })
const months_ = (fromYear: number, fromMonth: number, toYear: number, toMonth: number): PeriodDates => ({
  start: iso(fromYear, fromMonth, 1),
  end: iso(toYear, toMonth, lastDay(toYear, toMonth)),
})

const validDate = (text: string): boolean => {
  const date = new Date(`${text}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text
}

/** The second year of "2023/24", "1999/00" or "2023/2024" as a full year. */
const secondYear = (first: number, second: string): number => {
  if (second.length !== 2) return Number(second)
  const sameCentury = Math.floor(first / 100) * 100 + Number(second)
  return sameCentury <= first ? sameCentury + 100 : sameCentury
}

const rules: [RegExp, (m: RegExpMatchArray) => PeriodDates | null][] = [
  // 2023/24, 2023-24, FY 2023/24, financial year 2023-2024 (UK financial year); 2020-2023: calendar years
  [
    /^(?:fy|financial year)?\s*(\d{4})\s*[/-]\s*(\d{2}|\d{4})$/,
    (m) => {
      const first = Number(m[1])
      const second = secondYear(first, m[2])
      if (second === first + 1) return financialYear(first)
      return m[2].length === 4 && second > first + 1 && !m[0].startsWith('f') ? calendarYears(first, second) : null
    },
  ],
  // FY23/24
  [/^fy\s*(\d{2})\s*[/-]\s*(\d{2})$/, (m) => (Number(m[2]) === (Number(m[1]) + 1) % 100 ? financialYear(2000 + Number(m[1])) : null)],
  // 2023, calendar year 2023
  [/^(?:calendar year\s*)?(\d{4})$/, (m) => calendarYears(Number(m[1]), Number(m[1]))],
  // Q1 2023 (calendar quarter); Q1 2023/24 (quarter of the financial year: Q1 is April to June)
  [/^q([1-4])\s*(\d{4})$/, (m) => months_(Number(m[2]), Number(m[1]) * 3 - 2, Number(m[2]), Number(m[1]) * 3)],
  [
    /^q([1-4])\s*(\d{4})\s*[/-]\s*(\d{2}|\d{4})$/,
    (m) => {
      const first = Number(m[2])
      if (secondYear(first, m[3]) !== first + 1) return null
      const startMonth = 4 + (Number(m[1]) - 1) * 3
      const year = startMonth > 12 ? first + 1 : first
      const month = startMonth > 12 ? startMonth - 12 : startMonth
      return months_(year, month, year, month + 2)
    },
  ],
  // April 2023 to March 2024, Apr 2023 - Mar 2024
  [
    new RegExp(`^${monthPattern}\\s+(\\d{4})\\s*(?:-|to|until)\\s*${monthPattern}\\s+(\\d{4})$`),
    (m) => months_(Number(m[2]), monthNumber(m[1]), Number(m[4]), monthNumber(m[3])),
  ],
  // March 2024
  [new RegExp(`^${monthPattern}\\s+(\\d{4})$`), (m) => months_(Number(m[2]), monthNumber(m[1]), Number(m[2]), monthNumber(m[1]))],
  // year ending 31 March 2024, year to March 2024
  [
    new RegExp(`^(?:the )?(?:12 months|year) (?:ending|ended|to)\\s+(?:(\\d{1,2})\\s+)?${monthPattern}\\s+(\\d{4})$`),
    (m) => {
      const year = Number(m[3])
      const month = monthNumber(m[2])
      const day = m[1] ? Number(m[1]) : lastDay(year, month)
      const end = iso(year, month, day)
      if (!validDate(end)) return null
      const start = new Date(Date.UTC(year - 1, month - 1, day + 1))
      return { start: start.toISOString().slice(0, 10), end }
    },
  ],
  // 2023-04-01 to 2024-03-31
  [/^(\d{4}-\d{2}-\d{2})\s*(?:to|until|–|\.\.|\s-\s)\s*(\d{4}-\d{2}-\d{2})$/, (m) => ({ start: m[1], end: m[2] })],
  // 2024-03-31
  [/^(\d{4}-\d{2}-\d{2})$/, (m) => ({ start: m[1], end: m[1] })],
]

/**
 * Reads the dates of a period written in words ("2022/23", "FY 2023-24", "Q2 2024", "April 2023 to March 2024",
 * "year ending 31 March 2024", "2024"). Returns null for what it cannot read ("over the next three years"), for
 * impossible dates and for a range that ends before it starts: the as-written text is always kept either way.
 */
export const parsePeriod = (text: string | null | undefined): PeriodDates | null => {
  if (typeof text !== 'string') return null
  const normalised = text
    .toLowerCase()
    .replace(/[\u2013\u2014]/g, (dash) => (/\d{4}-\d{2}-\d{2}/.test(text) ? dash : '-'))
    .replace(/\s+/g, ' ')
    .trim()
  for (const [pattern, read] of rules) {
    const match = normalised.match(pattern)
    if (!match) continue
    const dates = read(match)
    if (!dates || !validDate(dates.start) || !validDate(dates.end) || dates.end < dates.start) return null
    return dates
  }
  return null
}
