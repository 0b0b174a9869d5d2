/** ESM + TypeScript through SWC; every file gets its own database and runs alone (scripts/test.sh: --maxWorkers=1). */
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
  // Files run one at a time (each has its own server and database) in one worker that is replaced once it holds
  // more than this after a file: every file loads Payload and its modules afresh, and 80+ files in one process
  // outgrew the default 4 GB heap.
  workerIdleMemoryLimit: '1536MB',
}
