import { test } from '@jest/globals'
import { postgresObtainable } from '../../src/db/tempPostgres.js'

const reason = 'no Postgres server (install Debian postgresql or set POSTGRES_URI)'

/** In CI the suite must run; elsewhere it says loudly why it did not. */
export const postgresUnavailable = (): void => {
  if (process.env.REQUIRE_POSTGRES === '1') {
    throw new Error(`REQUIRE_POSTGRES=1 but ${reason}`)
  }
  console.warn(`skipped: ${reason}`)
}

/**
 * What a Postgres suite declares its tests with: `test` when a Postgres can be had, else `test.skip`, so jest
 * reports the suite as skipped (never as passed) after one `skipped:` line — or, under REQUIRE_POSTGRES=1, the
 * suite fails to load. Decided when the test file loads, as jest needs it before any hook runs.
 */
const chooseTest = (): typeof test.skip => {
  if (postgresObtainable()) return test
  postgresUnavailable()
  return test.skip
}
export const postgresTest = chooseTest()
