/**
 * Multi-instance invalidation latency on its own (`npm run bench:instances [-- --rounds=10]`): the measurement of
 * bench/invalidationLatency.ts (two API-only servers on one throwaway Postgres, publish on A, B polled until the
 * new ETag), each round as it ends, then the table `npm run bench` prints. Exits 1 when no Postgres can be had:
 * asked for by name, the measurement is the point.
 */
import { invalidationSummary, invalidationTable, measureInvalidation } from './invalidationLatency.js'

const rounds = Number(process.argv.find((arg) => arg.startsWith('--rounds='))?.split('=')[1] ?? 10)

const main = async () => {
  if (!Number.isInteger(rounds) || rounds < 1) throw new Error(`--rounds must be a whole number ≥ 1 (got ${rounds})`)
  const outcome = await measureInvalidation({
    rounds,
    onRound: (round, r) =>
      console.log(
        `round ${round}: B new ${r.afterAnswerMs.toFixed(1)} ms after A's publish answer (${r.afterRequestMs.toFixed(1)} ms after the request); ` +
          `B's cache was empty ≤ ${r.cacheEmptyByMs.toFixed(1)} ms after the answer`,
      ),
  })
  console.log(`\n${invalidationTable(outcome)}\n`)
  console.log(invalidationSummary(outcome))
  if ('skipped' in outcome) process.exitCode = 1
}

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
