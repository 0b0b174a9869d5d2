import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { freePort } from '../../src/net/freePort.js'

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

export type ChildServer = {
  child: ChildProcess
  url: string
  /** Everything the server printed so far (stdout and stderr). */
  output: () => string
  /** Resolves with the exit code (or the signal's name) once the process is gone. */
  exited: Promise<number | string | null>
  /** SIGKILL: no shutdown handler runs, nothing is flushed — a crash. */
  crash: () => Promise<number | string | null>
  /** SIGTERM: the server's graceful shutdown. */
  stop: () => Promise<number | string | null>
}

/**
 * `src/server.ts` in a process of its own (API only, 127.0.0.1, a free port), started as `npm start` starts
 * it: node with tsx as a loader, so the PID is the server itself and a signal reaches it, not a wrapper.
 * Resolves once it listens; rejects with its output if it exits first or takes longer than `timeoutMs`.
 */
export const startChildServer = async (env: Record<string, string>, timeoutMs = 60_000): Promise<ChildServer> => {
  const port = await freePort()
  const child = spawn(process.execPath, ['--conditions=production', '--import', 'tsx', 'src/server.ts'], {
    cwd: rootDir,
    env: { ...process.env, NODE_OPTIONS: '--conditions=production', ADMIN: 'false', HOST: '127.0.0.1', PORT: String(port), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  const exited = new Promise<number | string | null>((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal)))
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new Error(`server did not listen within ${timeoutMs} ms:\n${output}`))
    }, timeoutMs)
    const onData = (chunk: Buffer) => {
      output += chunk.toString()
      if (output.includes('listening on')) {
        clearTimeout(timer)
        resolve()
      }
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', onData)
    void exited.then((code) => {
      clearTimeout(timer)
      reject(new Error(`server exited (${code}) before listening:\n${output}`))
    })
  })
  const signal = (name: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(name)
    return exited
  }
  return {
    child,
    url: `http://127.0.0.1:${port}`,
    output: () => output,
    exited,
    crash: () => signal('SIGKILL'),
    stop: () => signal('SIGTERM'),
  }
}
