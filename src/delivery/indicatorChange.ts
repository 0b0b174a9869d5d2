import type { AssembledChange } from './indicatorTypes.js'

const sameUnit = (a: string | null, b: string | null): boolean => (a ?? '').trim().toLowerCase() === (b ?? '').trim().toLowerCase()

/** A percentage of a percentage reads as nonsense ("+25 % of 8 %"): such figures change in points only. */
const isPercentage = (unit: string | null): boolean => ['%', 'percent', 'per cent', 'percentage', 'pp', 'percentage points'].includes((unit ?? '').trim().toLowerCase())

/** Floating-point noise off a difference of two figures (0.3 − 0.1 is 0.2, not 0.19999999999999998). */
const clean = (n: number): number => Number(n.toPrecision(12))

/**
 * How a value moved from the previous one: absolute (in the unit), percent when meaningful, and whether that is the
 * indicator's better way. Null when the units differ: the two figures do not measure the same thing.
 */
export const changeBetween = (
  current: { value: number; unit: string | null },
  previous: { value: number; unit: string | null },
  direction: 'higher' | 'lower',
): AssembledChange | null => {
  if (!sameUnit(current.unit, previous.unit)) return null
  const absolute = clean(current.value - previous.value)
  const percent = previous.value !== 0 && !isPercentage(current.unit) ? Math.round((absolute / Math.abs(previous.value)) * 1000) / 10 : null
  const better = absolute === 0 ? null : direction === 'higher' ? absolute > 0 : absolute < 0
  return { absolute, percent, better }
}
