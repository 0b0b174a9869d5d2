import { spawn } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, test } from '@jest/globals'
import type { Endpoint } from 'payload'
import { startTestServer } from '../helpers/testServer.js'

describe('graceful shutdown', () => {
  test('close() refuses new connections, lets the in-flight request finish, then closes the database', async () => {
    let release!: () => void
    let arrived!: () => void
    const released = new Promise<void>((resolve) => (release = resolve))
    const requestArrived = new Promise<void>((resolve) => (arrived = resolve))
    const slow: Endpoint = {
      path: '/slow',
      method: 'get',
      handler: async () => {
        arrived()
        await released
        return Response.json({ finished: true })
      },
    }
    const server = await startTestServer({
      seed: false,
      demoUsers: false,
      extend: (config) => ({ ...config, endpoints: [...(config.endpoints ?? []), slow] }),
    })
    const inFlight = fetch(`${server.url}/api/slow`).then(async (r) => ({ status: r.status, body: await r.json() }))
    await requestArrived
    const closed = server.close()
    await expect(fetch(`${server.url}/healthz`)).rejects.toThrow()
    release()
    expect(await inFlight).toEqual({ status: 200, body: { finished: true } })
    await closed
    await expect(server.payload.count({ collection: 'frameworks' })).rejects.toThrow()
  })

  test('SIGTERM stops the server process with exit code 0', async () => {
    const databaseFile = path.join(os.tmpdir(), `impact-shutdown-${randomUUID()}.db`)
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
      env: {
        ...process.env,
        NODE_OPTIONS: '--conditions=production',
        NODE_ENV: 'test',
        ADMIN: 'false',
        SEED: 'false',
        PORT: '0',
        HOST: '127.0.0.1',
        DATABASE_URI: `file:${databaseFile}`,
        PAYLOAD_SECRET: 'shutdown-test',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    const listening = new Promise<void>((resolve, reject) => {
      const onData = (chunk: Buffer) => {
        output += chunk.toString()
        if (output.includes('listening on')) resolve()
      }
      child.stdout.on('data', onData)
      child.stderr.on('data', onData)
      child.once('exit', (code) => reject(new Error(`server exited early (${code}): ${output}`)))
    })
    await listening
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
    child.kill('SIGTERM')
    expect(await exited).toBe(0)
    expect(output).toMatch(/SIGTERM: finishing in-flight requests/)
    for (const suffix of ['', '-wal', '-shm']) rmSync(databaseFile + suffix, { force: true })
  }, 60_000)
})
