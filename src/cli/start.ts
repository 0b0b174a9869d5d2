/**
 * Production quick start (`npm start`, `npm run demo`): builds the admin when its build is missing or
 * stale, then runs the server. `--demo` adds one login per role and, without PAYLOAD_SECRET, a random
 * secret kept in data/.payload-secret so sessions survive restarts.
 */
import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { payloadSecret } from '../secret.js'
import { ensureAdminBuilt, projectRoot } from './adminBuild.js'

export const demoSecretFile = path.join(projectRoot, 'data', '.payload-secret')

/** Reads the demo secret, creating it (mode 600) on first use. */
export const demoSecret = (file = demoSecretFile): string => {
  try {
    const existing = readFileSync(file, 'utf8').trim()
    if (existing) return existing
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
  }
  mkdirSync(path.dirname(file), { recursive: true })
  const secret = randomBytes(32).toString('hex')
  writeFileSync(file, `${secret}\n`, { mode: 0o600 })
  return secret
}

const start = async (args: string[]) => {
  // tsx doesn't read .env; real environment variables win over it (loadEnvFile: Node >= 20.12)
  const envFile = path.join(projectRoot, '.env')
  if (existsSync(envFile) && typeof process.loadEnvFile === 'function') process.loadEnvFile(envFile)
  // NODE_ENV is typed read-only (Next's types); it is an ordinary variable at runtime
  const env = process.env as Record<string, string | undefined>
  env.NODE_ENV ??= 'production'
  if (args.includes('--demo')) {
    process.env.SEED_DEMO_USERS = '1'
    process.env.PAYLOAD_SECRET ||= demoSecret()
  }
  const production = process.env.NODE_ENV === 'production'
  // fail before a long build: production without PAYLOAD_SECRET stops here with src/secret.ts's message
  if (production) payloadSecret()

  const devAdmin = process.env.ADMIN_DEV ? process.env.ADMIN_DEV === 'true' : !production
  if (process.env.ADMIN !== 'false' && !devAdmin) await ensureAdminBuilt({ log: console.log })

  // the first start also migrates and seeds: say so, or the pause after the build looks like a hang
  console.log('Starting the server (database migrations and seed on first run)…')
  const { main } = await import('../server.js')
  await main()
}

start(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
