import { type ChildProcess, spawn } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { projectRoot } from '../../src/cli/adminBuild.js'
import { freePort } from '../../src/net/freePort.js'

export type AdminServer = {
  url: string
  pid: number
  databaseFile: string
  /** From spawning the process to /healthz 200, and to the first 200 from /admin. */
  timings: { healthMs: number; adminMs: number }
  /** The server's stdout and stderr so far, for failure messages. */
  output: () => string
  stop: () => Promise<void>
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

const exited = (child: ChildProcess) => child.exitCode !== null || child.signalCode !== null

/**
 * The real server (src/server.ts) as a child process serving the prebuilt admin, over a fresh SQLite
 * file seeded with the reference content and one demo user per role. Build the admin first.
 */
export const startAdminServer = async ({ timeoutMs = 120_000 } = {}): Promise<AdminServer> => {
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  const databaseFile = path.join(os.tmpdir(), `impact-cms-e2e-${randomUUID()}.db`)
  const started = performance.now()
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    cwd: projectRoot,
    env: {
      ...process.env,
      NODE_OPTIONS: '--conditions=production',
      NODE_ENV: 'test',
      ADMIN: 'true',
      ADMIN_DEV: 'false',
      SEED: 'true',
      SEED_DEMO_USERS: '1',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URI: `file:${databaseFile}`,
      PAYLOAD_SECRET: 'test',
      NEXT_TELEMETRY_DISABLED: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  const collect = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-50_000))
  child.stdout?.on('data', collect)
  child.stderr?.on('data', collect)
  // never leave a server behind, even when jest exits without afterAll
  const killOnExit = () => child.kill('SIGKILL')
  process.once('exit', killOnExit)

  const removeDatabase = () => {
    for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(databaseFile + suffix, { force: true })
  }
  const stop = async () => {
    process.off('exit', killOnExit)
    if (!exited(child)) {
      const gone = new Promise((resolve) => child.once('exit', resolve))
      // SIGTERM lets the server close the database; SIGKILL if it hasn't within 10 s
      const forceKill = setTimeout(() => child.kill('SIGKILL'), 10_000)
      child.kill('SIGTERM')
      await gone
      clearTimeout(forceKill)
    }
    removeDatabase()
  }

  const waitFor200 = async (pathname: string): Promise<number> => {
    const deadline = started + timeoutMs
    for (;;) {
      if (exited(child)) throw new Error(`the server exited (${child.exitCode ?? child.signalCode}) before ${pathname} answered:\n${output}`)
      try {
        const response = await fetch(url + pathname, { redirect: 'manual' })
        await response.arrayBuffer()
        if (response.status === 200) return Math.round(performance.now() - started)
      } catch {
        // not listening yet
      }
      if (performance.now() > deadline) throw new Error(`${pathname} did not answer 200 within ${timeoutMs} ms:\n${output}`)
      await sleep(100)
    }
  }

  try {
    const healthMs = await waitFor200('/healthz')
    const adminMs = await waitFor200('/admin')
    return { url, pid: child.pid as number, databaseFile, timings: { healthMs, adminMs }, output: () => output, stop }
  } catch (error) {
    await stop()
    throw error
  }
}
