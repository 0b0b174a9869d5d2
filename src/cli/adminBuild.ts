import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { createNextBuildOutputReader, type OutputStream } from './nextBuildOutput.js'

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

/**
 * What the admin bundle is compiled from: the Next app and everything `payload.config.ts` imports.
 * Server-only code (the Express server, its routes, the seeds, the CLIs) never reaches the bundle.
 */
export const adminSources = ['src', 'collections', 'plugins', 'migrations', 'payload.config.ts', 'next.config.mjs', 'package-lock.json']
const notInBundle = new Set(['src/cli', 'src/http', 'src/seed', 'src/server.ts'])
const isTest = (name: string) => /\.test\.tsx?$/.test(name) || name === '__tests__'

/** Next's build output; its BUILD_ID is written last, so its mtime is when the build finished. */
export const buildIdFile = (root = projectRoot) => path.join(root, '.next', 'BUILD_ID')

const newestMtime = (root: string, relative: string): number => {
  if (notInBundle.has(relative)) return 0
  let stats
  try {
    stats = statSync(path.join(root, relative))
  } catch {
    return 0
  }
  if (!stats.isDirectory()) return stats.mtimeMs
  let newest = 0
  for (const entry of readdirSync(path.join(root, relative), { withFileTypes: true })) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules' || isTest(entry.name)) continue
    newest = Math.max(newest, newestMtime(root, path.posix.join(relative, entry.name)))
  }
  return newest
}

export type AdminBuildState = { stale: boolean; reason: string }

/** Whether `.next` must be rebuilt: one stat per source file (a few hundred), no hashing. */
export const adminBuildState = (root = projectRoot): AdminBuildState => {
  let builtAt: number
  try {
    builtAt = statSync(buildIdFile(root)).mtimeMs
  } catch {
    return { stale: true, reason: 'no admin build yet (.next/BUILD_ID missing)' }
  }
  const newest = Math.max(...adminSources.map((source) => newestMtime(root, source)))
  return newest > builtAt
    ? { stale: true, reason: 'sources changed since the last admin build' }
    : { stale: false, reason: 'admin build is up to date' }
}

/**
 * Configuration modules are evaluated while Next collects page data, and `src/secret.ts` refuses a
 * production run without PAYLOAD_SECRET. Nothing is prerendered with it: the server reads the real
 * secret at runtime.
 */
const BUILD_PLACEHOLDER_SECRET = 'next-build-placeholder-never-used-at-runtime'

export type BuildAdminOptions = {
  root?: string
  /**
   * 'inherit' echoes Next's output and prints a progress line every `progressEveryMs`; 'pipe' keeps it
   * quiet and puts its tail in the error on failure. Either way the warnings Next printed are returned.
   */
  stdio?: 'inherit' | 'pipe'
  /** Progress lines ('inherit' only): elapsed time and the phase Next last announced. */
  progressEveryMs?: number
}

export type AdminBuildResult = { warnings: string[] }

const elapsed = (startedMs: number) => `${Math.round((performance.now() - startedMs) / 1000)} s`

const keepBuildWarnings = pathToFileURL(path.join(path.dirname(fileURLToPath(import.meta.url)), 'keepBuildWarnings.mjs')).href

/** `next build --webpack` in a child process. Webpack, because Turbopack can't resolve `./x.js` to `x.ts`. */
export const buildAdmin = ({ root = projectRoot, stdio = 'inherit', progressEveryMs = 10_000 }: BuildAdminOptions = {}): Promise<AdminBuildResult> =>
  new Promise((resolve, reject) => {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      // what next build sets anyway; any other value (e.g. jest's "test") gets a warning and a non-standard build
      NODE_ENV: 'production',
      // keepBuildWarnings.mjs: Next's webpack warnings are printed instead of swallowed by withPayload's console filter
      NODE_OPTIONS: `--conditions=production --import=${keepBuildWarnings}`,
      NEXT_TELEMETRY_DISABLED: '1',
      PAYLOAD_SECRET: process.env.PAYLOAD_SECRET || BUILD_PLACEHOLDER_SECRET,
    }
    // always piped, so the output can be read for phases and warnings; echoed when 'inherit'
    const child = spawn(path.join(root, 'node_modules', '.bin', 'next'), ['build', '--webpack'], {
      cwd: root,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    const echo = stdio === 'inherit'
    const reader = createNextBuildOutputReader()
    const started = performance.now()
    // what a failure reports: Next's own lines, without the warnings (listed apart, they would fill it)
    let tail: string[] = []
    const show = (lines: string[]) => {
      const kept = lines.filter((line) => line.trim())
      tail = [...tail, ...kept].slice(-40)
      if (echo) for (const line of kept) console.log(`  │ ${line}`)
    }
    const onData = (stream: OutputStream) => (chunk: Buffer) => show(reader.read(chunk.toString('utf8'), stream))
    child.stdout.on('data', onData('stdout'))
    child.stderr.on('data', onData('stderr'))
    // a silent multi-minute compile looks like a hang: say it is alive and where it is
    const progress = echo
      ? setInterval(() => console.log(`  … next build ${elapsed(started)}: ${reader.phase ?? 'starting'}`), progressEveryMs)
      : undefined
    child.once('error', (error) => {
      clearInterval(progress)
      reject(error)
    })
    child.once('close', (code, signal) => {
      clearInterval(progress)
      show(reader.end())
      if (code === 0) return resolve({ warnings: reader.warnings })
      const warningText = describeBuildWarnings(reader.warnings)
      const details = [tail.join('\n'), warningText].filter(Boolean).join('\n\n')
      reject(new Error(`next build failed (${signal ?? `exit ${code}`})${details ? `:\n${details}` : ''}`))
    })
  })

const longestWarning = 12
const mostWarnings = 20
const placesShown = 3

/**
 * One webpack warning as "where" and "what". Its first line names the module, for Sass behind a chain of
 * loaders (`a!b!c!file.scss`: only the file after the last `!` says anything); the import trace is dropped.
 */
export const parseBuildWarning = (text: string): { where: string | null; message: string } => {
  const [body = ''] = text.split(/\n\s*\nImport trace for requested module:/)
  const [first = '', ...rest] = body.split('\n')
  if (rest.length === 0 || !/^\.{0,2}\//.test(first)) return { where: null, message: body.trim() }
  return { where: first.slice(first.lastIndexOf('!') + 1), message: rest.join('\n').trim() }
}

/**
 * The warnings as a readable block (Next's own summary line only says that there were some): one entry per
 * distinct message with how often and where it occurred, long messages cut, at most `mostWarnings` entries.
 */
export const describeBuildWarnings = (warnings: string[]): string | null => {
  if (warnings.length === 0) return null
  const byMessage = new Map<string, { count: number; places: string[] }>()
  for (const warning of warnings) {
    const { where, message } = parseBuildWarning(warning)
    const entry = byMessage.get(message) ?? { count: 0, places: [] }
    entry.count += 1
    if (where) entry.places.push(where)
    byMessage.set(message, entry)
  }
  const distinct = [...byMessage]
  const listed = distinct.slice(0, mostWarnings).map(([message, { count, places }], i) => {
    const lines = message.split('\n')
    const shown = lines.length > longestWarning ? [...lines.slice(0, longestWarning), `… (${lines.length - longestWarning} more lines)`] : lines
    let entry = `  ${i + 1}. ${count > 1 ? `(${count}×) ` : ''}${shown.join('\n     ')}`
    if (places.length > 0) {
      const more = places.length > placesShown ? ` and ${places.length - placesShown} more` : ''
      entry += `\n     in ${places.slice(0, placesShown).join(', ')}${more}`
      if (places.every((place) => place.includes('node_modules/'))) entry += "\n     (in dependencies' code, not this project's)"
    }
    return entry
  })
  if (distinct.length > mostWarnings) listed.push(`  … and ${distinct.length - mostWarnings} more`)
  const kinds = distinct.length === warnings.length ? '' : ` (${distinct.length} distinct)`
  return `next build reported ${warnings.length} warning${warnings.length === 1 ? '' : 's'}${kinds}:\n${listed.join('\n')}`
}

const lockDir = (root: string) =>
  path.join(os.tmpdir(), `impact-cms-next-build-${createHash('sha1').update(root).digest('hex').slice(0, 12)}.lock`)

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** One `next build` per working tree at a time (e.g. `npm start` and the e2e test); a dead holder's lock is taken over. */
const withBuildLock = async <T>(root: string, timeoutMs: number, fn: () => Promise<T>): Promise<T> => {
  const dir = lockDir(root)
  const deadline = Date.now() + timeoutMs
  for (;;) {
    try {
      mkdirSync(dir)
      writeFileSync(path.join(dir, 'pid'), String(process.pid))
      break
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      let holder = NaN
      try {
        holder = Number(readFileSync(path.join(dir, 'pid'), 'utf8'))
      } catch {
        // the holder is between mkdir and writing its pid
      }
      if (Number.isInteger(holder) && !isAlive(holder)) {
        rmSync(dir, { recursive: true, force: true })
        continue
      }
      if (Date.now() > deadline) throw new Error(`timed out waiting for another admin build (lock ${dir})`)
      await new Promise((r) => setTimeout(r, 1000))
    }
  }
  try {
    return await fn()
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

export type EnsureAdminBuiltOptions = BuildAdminOptions & {
  log?: (message: string) => void
  /** How long to wait for a build another process is running. */
  lockTimeoutMs?: number
  /** Build even when the current build looks up to date. */
  force?: boolean
}

/** Builds the admin when `.next` is missing or older than its sources. Returns whether it built, how long that took and Next's warnings. */
export const ensureAdminBuilt = async (
  options: EnsureAdminBuiltOptions = {},
): Promise<{ built: boolean; ms: number; warnings: string[] }> => {
  const root = options.root ?? projectRoot
  const log = options.log ?? (() => {})
  if (!options.force && !adminBuildState(root).stale) return { built: false, ms: 0, warnings: [] }
  return withBuildLock(root, options.lockTimeoutMs ?? 10 * 60_000, async () => {
    // another process may have built it while we waited for the lock
    const state = options.force ? { stale: true, reason: 'requested' } : adminBuildState(root)
    if (!state.stale) return { built: false, ms: 0, warnings: [] }
    log(`Building the admin (next build, a few minutes the first time): ${state.reason}…`)
    const started = performance.now()
    const startedAt = new Date()
    const { warnings } = await buildAdmin({ ...options, root })
    // date the build by its start, so a file saved while it ran makes the next check rebuild
    utimesSync(buildIdFile(root), startedAt, startedAt)
    const ms = Math.round(performance.now() - started)
    log(`Admin built in ${(ms / 1000).toFixed(1)} s`)
    const warningText = describeBuildWarnings(warnings)
    if (warningText) log(warningText)
    return { built: true, ms, warnings }
  })
}

// `npm run build`: always build (under the same lock as `npm start` and the e2e test).
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  ensureAdminBuilt({ force: true, log: console.log }).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error)
    process.exit(1)
  })
}
