import type { Payload } from 'payload'

export type SeedSummary = Record<string, number>

/** Placeholder until the seed content lands: seeds nothing. */
export const seedContent = async (_payload: Payload): Promise<SeedSummary> => ({})
