/**
 * Mutation testing (`npm run test:mutation`, not part of `npm test`): the access rules, the workflow services and
 * the delivery cache / ETag, each mutant run against the fast suites in jest.mutation.config.js.
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: 'jest',
  jest: { configFile: 'jest.mutation.config.js', enableFindRelatedTests: true },
  testRunnerNodeArgs: ['--experimental-vm-modules', '--conditions=production'],
  mutate: ['src/access/**/*.ts', 'plugins/workflow/services/**/*.ts', 'src/delivery/etag.ts', 'src/delivery/cache.ts'],
  coverageAnalysis: 'perTest',
  // two cores: one mutant at a time keeps timings stable
  concurrency: 1,
  timeoutMS: 30_000,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  tempDirName: '.stryker-tmp',
  ignorePatterns: ['.next', 'data', 'test-results', 'reports', 'docs', 'bench', 'examples', '*.tsbuildinfo'],
  cleanTempDir: 'always',
}
