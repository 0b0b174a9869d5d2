/** ESM + TypeScript through SWC; every file gets its own database, so files run in one process, in band. */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      { jsc: { target: 'es2022', parser: { syntax: 'typescript', tsx: true } }, module: { type: 'es6' } },
    ],
  },
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transformIgnorePatterns: [],
  testMatch: ['<rootDir>/test/**/*.test.ts', '<rootDir>/plugins/**/*.test.ts'],
  testTimeout: 60_000,
  testEnvironmentOptions: { globalsCleanup: 'off' },
}
