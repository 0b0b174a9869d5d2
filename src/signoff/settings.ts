const hour = 60 * 60 * 1000

/**
 * How long a sign-off link stays valid: `SIGNOFF_LINK_TTL_HOURS` (default 168, seven days). A value that is
 * not a positive number stops the server at start (src/signoff/routes.ts) rather than sending links that never work.
 */
export const signOffLinkTtlMs = (env: NodeJS.ProcessEnv = process.env): number => {
  const raw = env.SIGNOFF_LINK_TTL_HOURS
  if (raw === undefined || raw.trim() === '') return 168 * hour
  const hours = Number(raw)
  if (!Number.isFinite(hours) || hours <= 0) {
    throw new Error(`SIGNOFF_LINK_TTL_HOURS must be a positive number of hours, not "${raw}"`)
  }
  return hours * hour
}

/** Longest comment a speaker may leave with their decision. */
export const maxSignOffCommentLength = 2000
