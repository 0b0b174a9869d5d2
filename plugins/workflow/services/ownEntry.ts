/**
 * `record[name]` for the record's own entries only. Transition names come from URLs and request bodies:
 * a plain lookup of `constructor`, `__proto__` or `toString` finds Object.prototype's members instead of nothing.
 */
export const ownEntry = <T>(record: Readonly<Record<string, T>>, name: string): T | undefined =>
  Object.hasOwn(record, name) ? record[name] : undefined
