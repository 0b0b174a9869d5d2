/** An item that has a position within its report (collections/fields/orderField.ts). */
export type Ordered = { id: string; order?: null | number }

/** The list with the item at `from` moved to `to`. */
export const moved = <T>(items: T[], from: number, to: number): T[] => {
  if (from === to || from < 0 || to < 0 || from >= items.length || to >= items.length) return items
  const next = [...items]
  const [item] = next.splice(from, 1)
  next.splice(to, 0, item)
  return next
}

/**
 * The `order` values that make `items` (one goal's evidence, in their new sequence) sort as listed, and only
 * those that change. The goal keeps the positions it had within the report (the same set of numbers, handed
 * out again in the new sequence), so items of other goals keep their place; ties (e.g. every item still 0)
 * become consecutive numbers.
 */
export const orderPatches = (items: Ordered[]): { id: string; order: number }[] => {
  const slots = items.map((item) => item.order ?? 0).sort((a, b) => a - b)
  for (let i = 1; i < slots.length; i += 1) if (slots[i] <= slots[i - 1]) slots[i] = slots[i - 1] + 1
  return items.flatMap((item, i) => ((item.order ?? 0) === slots[i] ? [] : [{ id: item.id, order: slots[i] }]))
}
