import base from './jest.config.js'

/**
 * The tests StrykerJS runs against each mutant (`npm run test:mutation`): the fast, server-less suites that exercise
 * the mutated files directly. The integration suites start a real server per file and would take hours per run (a Payload started per mutant
 * did not even finish its set-up within a minute on a busy 2-core machine).
 */
export default {
  ...base,
  testMatch: ['<rootDir>/test/unit/mutation/**/*.test.ts', '<rootDir>/test/unit/access.test.ts'],
  // Payload's entry point takes seconds to load per mutant; the mutated files use only four of its runtime values
  moduleNameMapper: { ...base.moduleNameMapper, '^payload$': '<rootDir>/test/unit/mutation/payloadRuntime.ts' },
}
