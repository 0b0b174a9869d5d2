import type { Migration } from 'payload'

// Replaced by `payload migrate:create`; empty until the first migration is generated.
export const migrations: Omit<Migration, 'dirname'>[] = []
