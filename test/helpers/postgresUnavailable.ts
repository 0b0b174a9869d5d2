/** In CI the suite must run; elsewhere it says loudly why it did not. */
export const postgresUnavailable = (): void => {
  if (process.env.REQUIRE_POSTGRES === '1') {
    throw new Error('REQUIRE_POSTGRES=1 but no Postgres: install Debian postgresql or set POSTGRES_URI')
  }
  console.warn('skipped: no Postgres server (install Debian postgresql or set POSTGRES_URI)')
}
