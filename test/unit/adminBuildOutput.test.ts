/**
 * `next build` output → progress phases and the warnings behind "Compiled with warnings".
 * The sample is Next 16's webpack build output as it reaches us (stdout: phases, stderr: warnings).
 */
import { describe, expect, jest, test } from '@jest/globals'
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { buildAdmin, describeBuildWarnings, parseBuildWarning } from '../../src/cli/adminBuild.js'
import { createNextBuildOutputReader } from '../../src/cli/nextBuildOutput.js'

const stdout = [
  '   \u001b[35m\u001b[1m▲ Next.js 16.3.8\u001b[22m\u001b[39m',
  '',
  '   Creating an optimized production build ...',
  '   Running TypeScript ...',
  '   Collecting page data using 1 worker ...\r \u001b[32m✓\u001b[39m Collecting page data using 1 worker in 4.2s',
  '   Generating static pages using 1 worker (0/3) ...',
  ' ✓ Generating static pages using 1 worker (3/3) in 1.1s',
  '   Finalizing page optimization ...',
  'Route (app)',
  '',
].join('\n')

const stderr = [
  ' \u001b[33m⚠\u001b[39m Compiled with warnings in 3.1min',
  '',
  './node_modules/@payloadcms/db-sqlite/dist/index.js',
  'Critical dependency: the request of a dependency is an expression',
  '',
  'Import trace for requested module:',
  './node_modules/@payloadcms/db-sqlite/dist/index.js',
  './payload.config.ts',
  '',
  '',
  './src/admin/Example.tsx',
  "Attempted import error: 'Missing' is not exported from './parts.js'.",
  '',
  ' ⚠ No build cache found. Please configure build caching for faster rebuilds.',
  '',
].join('\n')

/** Splits text into chunks of `size` characters, as a pipe might deliver it. */
const chunks = (text: string, size: number) => Array.from({ length: Math.ceil(text.length / size) }, (_, i) => text.slice(i * size, (i + 1) * size))

describe('next build output reader', () => {
  test('collects each warning after "Compiled with warnings", whole, plus other ⚠ lines, however the output is chunked', () => {
    for (const size of [1, 7, 64, 10_000]) {
      const reader = createNextBuildOutputReader()
      const out = chunks(stdout, size)
      const err = chunks(stderr, size)
      // interleave the two streams chunk by chunk
      for (let i = 0; i < Math.max(out.length, err.length); i++) {
        if (err[i]) reader.read(err[i], 'stderr')
        if (out[i]) reader.read(out[i], 'stdout')
      }
      reader.end()
      expect(reader.compiledWithWarnings).toBe(true)
      expect(reader.warnings).toEqual([
        './node_modules/@payloadcms/db-sqlite/dist/index.js\nCritical dependency: the request of a dependency is an expression\n\n' +
          'Import trace for requested module:\n./node_modules/@payloadcms/db-sqlite/dist/index.js\n./payload.config.ts',
        "./src/admin/Example.tsx\nAttempted import error: 'Missing' is not exported from './parts.js'.",
        'No build cache found. Please configure build caching for faster rebuilds.',
      ])
    }
  })

  test('follows the phase Next announced last, with colours and spinner rewrites removed', () => {
    const reader = createNextBuildOutputReader()
    const seen: (string | null)[] = [reader.phase]
    for (const line of stdout.split('\n')) {
      const echoed = reader.read(`${line}\n`)
      expect(echoed.join('')).not.toMatch(/\u001b|\r/)
      seen.push(reader.phase)
    }
    expect([...new Set(seen)]).toEqual([
      null,
      'compiling (webpack)',
      'type checking',
      'collecting page data',
      'generating static pages',
      'finalizing page optimization',
      'writing the route summary',
    ])
  })

  test('a warning-free build reports none', () => {
    const reader = createNextBuildOutputReader()
    reader.read(' ✓ Compiled successfully in 59s\n   Collecting page data ...\n')
    reader.end()
    expect(reader.warnings).toEqual([])
    expect(reader.compiledWithWarnings).toBe(false)
    expect(describeBuildWarnings(reader.warnings)).toBeNull()
  })
})

describe('buildAdmin', () => {
  test('streams the build with progress lines and returns and describes its warnings', async () => {
    // a stand-in `next` that prints the sample slowly, so progress lines fall between its phases
    const root = mkdtempSync(path.join(os.tmpdir(), 'admin-build-'))
    try {
      mkdirSync(path.join(root, 'node_modules', '.bin'), { recursive: true })
      writeFileSync(path.join(root, 'out.txt'), stdout)
      writeFileSync(path.join(root, 'err.txt'), stderr)
      const fakeNext = path.join(root, 'node_modules', '.bin', 'next')
      writeFileSync(fakeNext, '#!/bin/sh\nsleep 0.5\ncat err.txt >&2\nsleep 0.5\ncat out.txt\n')
      chmodSync(fakeNext, 0o755)

      const logged: string[] = []
      const spy = jest.spyOn(console, 'log').mockImplementation((line: unknown) => void logged.push(String(line)))
      let result
      try {
        result = await buildAdmin({ root, stdio: 'inherit', progressEveryMs: 200 })
      } finally {
        spy.mockRestore()
      }

      expect(result.warnings).toHaveLength(3)
      expect(logged.filter((l) => /^ {2}… next build \d+ s: /.test(l)).length).toBeGreaterThanOrEqual(2)
      expect(logged).toContain('  … next build 1 s: compiled')
      expect(logged).toContain('  │  ⚠ Compiled with warnings in 3.1min')
      // the warnings' own lines are summarised once, not echoed as they stream
      expect(logged).not.toContain('  │ Critical dependency: the request of a dependency is an expression')
      expect(logged).toContain('  │  ✓ Generating static pages using 1 worker (3/3) in 1.1s')
      const described = describeBuildWarnings(result.warnings)
      expect(described).toContain('next build reported 3 warnings:')
      expect(described).toContain('  1. Critical dependency: the request of a dependency is an expression\n     in ./node_modules/@payloadcms/db-sqlite/dist/index.js')
    } finally {
      rmSync(root, { recursive: true, force: true })
    }
  })

  test("the build child's console.warn survives withPayload's Sass filter, so the warnings are printed", async () => {
    // the stand-in `next` installs a filter like withPayload's, then prints the warnings as Next does: one call
    const root = mkdtempSync(path.join(os.tmpdir(), 'admin-build-'))
    try {
      mkdirSync(path.join(root, 'node_modules', '.bin'), { recursive: true })
      const fakeNext = path.join(root, 'node_modules', '.bin', 'next')
      writeFileSync(
        fakeNext,
        [
          '#!/usr/bin/env node',
          'const original = console.warn',
          "console.warn = (...args) => { if (String(args[0]).includes('The legacy JS API is deprecated')) return; original(...args) }",
          "console.warn(' ⚠ Compiled with warnings in 1s\\n')",
          "console.warn('./src/app/(payload)/custom.scss\\nDeprecation The legacy JS API is deprecated and will be removed in Dart Sass 2.0.0\\n\\n./src/x.ts\\nModule not found: y')",
          "console.log('   Collecting page data ...')",
        ].join('\n'),
      )
      chmodSync(fakeNext, 0o755)
      const result = await buildAdmin({ root, stdio: 'pipe' })
      expect(result.warnings).toEqual([
        './src/app/(payload)/custom.scss\nDeprecation The legacy JS API is deprecated and will be removed in Dart Sass 2.0.0',
        './src/x.ts\nModule not found: y',
      ])
    } finally {
      rmSync(root, { recursive: true, force: true })
    }
  })

  test("a failed build's error shows Next's own last lines and the warnings summarised, not the warnings' raw text", async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'admin-build-'))
    try {
      mkdirSync(path.join(root, 'node_modules', '.bin'), { recursive: true })
      writeFileSync(path.join(root, 'err.txt'), stderr)
      const fakeNext = path.join(root, 'node_modules', '.bin', 'next')
      writeFileSync(fakeNext, "#!/bin/sh\ncat err.txt >&2\necho '   Running TypeScript ...'\necho 'src/x.ts(1,1): error TS2339: nope'\necho 'Failed to type check.'\nexit 1\n")
      chmodSync(fakeNext, 0o755)
      const failure = await buildAdmin({ root, stdio: 'pipe' }).then(
        () => new Error('the build should have failed'),
        (error: Error) => error,
      )
      expect(failure.message).toMatch(/^next build failed \(exit 1\):\n/)
      expect(failure.message).toContain('Running TypeScript ...\nsrc/x.ts(1,1): error TS2339: nope\nFailed to type check.')
      expect(failure.message).toContain('next build reported 3 warnings:\n  1. Critical dependency')
      expect(failure.message).not.toContain('Import trace for requested module:')
    } finally {
      rmSync(root, { recursive: true, force: true })
    }
  })

  test('the summary counts repeats once and keeps long warnings and long lists short', () => {
    const long = Array.from({ length: 30 }, (_, i) => `line ${i}`).join('\n')
    const many = Array.from({ length: 25 }, (_, i) => `warning ${i}`)
    const text = describeBuildWarnings(['same', 'same', 'same', long, ...many]) ?? ''
    expect(text).toContain('next build reported 29 warnings (27 distinct):')
    expect(text).toContain('  1. (3×) same')
    expect(text).toContain('line 11\n     … (18 more lines)')
    expect(text).not.toContain('line 12')
    expect(text).toContain('  … and 7 more')
  })

  test("Payload's Sass notices (24 in a real build) become one line with where they come from", () => {
    // as a real build printed them: the module behind its loader chain, the message, the import trace
    const sassNotice = (file: string) =>
      `./node_modules/@payloadcms/ui/dist/${file}.webpack[javascript/auto]!=!./node_modules/next/dist/build/webpack/loaders/css-loader/src/index.js??ruleSet[1].rules[15].oneOf[11].use[2]!./node_modules/next/dist/compiled/sass-loader/cjs.js??ruleSet[1].rules[15].oneOf[11].use[5]!./node_modules/@payloadcms/ui/dist/${file}\n` +
      'Future import deprecation is not yet active, so silencing it is unnecessary.\n\n' +
      `Import trace for requested module:\n./node_modules/@payloadcms/ui/dist/${file}\n./node_modules/@payloadcms/ui/dist/elements/Banner/index.js`
    const files = ['elements/Banner/index.scss', 'elements/Button/index.scss', 'elements/Card/index.scss', 'icons/Check/index.scss']
    expect(parseBuildWarning(sassNotice(files[0]))).toEqual({
      where: './node_modules/@payloadcms/ui/dist/elements/Banner/index.scss',
      message: 'Future import deprecation is not yet active, so silencing it is unnecessary.',
    })
    expect(describeBuildWarnings([...files.map(sassNotice), './src/x.ts\nModule not found: y'])).toBe(
      [
        'next build reported 5 warnings (2 distinct):',
        '  1. (4×) Future import deprecation is not yet active, so silencing it is unnecessary.',
        '     in ./node_modules/@payloadcms/ui/dist/elements/Banner/index.scss, ./node_modules/@payloadcms/ui/dist/elements/Button/index.scss, ./node_modules/@payloadcms/ui/dist/elements/Card/index.scss and 1 more',
        "     (in dependencies' code, not this project's)",
        '  2. Module not found: y',
        '     in ./src/x.ts',
      ].join('\n'),
    )
  })
})
