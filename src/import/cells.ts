import { validateUrl } from '../../collections/fields/validateUrl.js'
import type { Choices } from './evidenceSchema.js'

/** A cell's value, or the reason it is refused (a message for the person who wrote the file). */
export type CellResult<T> = { ok: true; value: T } | { ok: false; message: string }

const ok = <T>(value: T): CellResult<T> => ({ ok: true, value })
const refuse = (message: string): CellResult<never> => ({ ok: false, message })

const plainNumber = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/

/**
 * Spreadsheet formula injection: a cell starting with =, +, -, @ (or a tab / carriage return before one) runs as a
 * formula when the text is opened in a spreadsheet again (e.g. our CSV export). Such cells are refused, not
 * silently changed, so the person fixes the source; a cell that is just a signed number ("-5", "+44") is text.
 */
const formulaStart = /^[=+\-@\t\r]/

/** Text: strings (or, from JSON, numbers), trimmed; no NUL, no formula start, at most `max` characters. */
export const textCell = (value: unknown, max: number): CellResult<string> => {
  if (typeof value !== 'string' && typeof value !== 'number') return refuse('Must be text.')
  const text = String(value).trim()
  if (text.includes('\u0000')) return refuse('Contains a NUL character.')
  if (formulaStart.test(text) && !plainNumber.test(text)) {
    return refuse(`Starts with "${text[0] === '\t' ? 'tab' : text[0] === '\r' ? 'carriage return' : text[0]}": cells starting with =, +, - or @ are refused as spreadsheet formulas. Remove that character.`)
  }
  if (text.length > max) return refuse(`At most ${max.toLocaleString('en-GB')} characters (this has ${text.length.toLocaleString('en-GB')}).`)
  return ok(text)
}

/** A number: JSON numbers, or text like 1200, -3.5, 1,200,000 (thousands separated by commas). */
export const numberCell = (value: unknown): CellResult<number> => {
  if (typeof value === 'number') return Number.isFinite(value) ? ok(value) : refuse('Must be a number.')
  if (typeof value === 'string' && plainNumber.test(value.trim())) return ok(Number(value.trim().replace(/,/g, '')))
  return refuse('Must be a number such as 1200, 12.5 or 1,200,000 (put wording such as "over 1.2 million" or "12%" in the as-written column).')
}

/** One of a select field's values, given as its value or its label (any case). */
export const choiceCell = (value: unknown, choices: Choices): CellResult<string> => {
  const text = typeof value === 'string' ? value.trim().toLowerCase() : undefined
  const choice = text === undefined ? undefined : choices.find((c) => c.value.toLowerCase() === text || c.label.toLowerCase() === text)
  return choice ? ok(choice.value) : refuse(`Must be one of ${choices.map((c) => c.value).join(', ')}.`)
}

/** A calendar day written YYYY-MM-DD, stored as Payload stores dates (ISO, midnight UTC). */
export const dateCell = (value: unknown): CellResult<string> => {
  const text = typeof value === 'string' ? value.trim() : ''
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text)
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : undefined
  if (!date || date.toISOString().slice(0, 10) !== text) return refuse('Must be a date written YYYY-MM-DD.')
  return ok(date.toISOString())
}

/** An absolute http(s) address (the collection's own rule), with the text rules above. */
export const urlCell = (value: unknown, max: number): CellResult<string> => {
  const text = textCell(value, max)
  if (!text.ok) return text
  const valid = validateUrl(text.value)
  return valid === true ? text : refuse(valid)
}
