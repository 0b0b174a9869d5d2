import { randomUUID } from 'node:crypto'
import { rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Config } from 'payload'
import { buildImpactConfig } from '../../src/config.js'
import { startServer, type RunningServer } from '../../src/server.js'

export type TestServer = RunningServer & {
  databaseFile: string
  /** fetch relative to the server, JSON in and out. */
  request: (pathname: string, init?: { method?: string; body?: unknown; token?: string; headers?: Record<string, string> }) => Promise<{ status: number; body: any; headers: Headers }>
  graphql: (query: string, variables?: Record<string, unknown>, token?: string) => Promise<{ status: number; body: any }>
  login: (email: string, password: string) => Promise<string>
}

let started = false

/**
 * A real API-only server on an ephemeral port over its own temporary SQLite file. One per test file:
 * Payload caches its instance (and GraphQL schema) per process, so a second server in the same file
 * would silently talk to the first one's database.
 */
export const startTestServer = async (
  options: {
    seed?: boolean
    demoUsers?: boolean
    extend?: (config: Config) => Config
    /** Another database than the default temporary SQLite file, e.g. a fresh Postgres database. */
    databaseUri?: string
    /** Connect as production does: committed migrations instead of schema push. */
    production?: boolean
  } = {},
): Promise<TestServer> => {
  if (started) throw new Error('startTestServer: one server per test file (Payload caches its instance per process)')
  started = true
  const databaseFile = path.join(os.tmpdir(), `impact-cms-test-${randomUUID()}.db`)
  const databaseUri = options.databaseUri ?? `file:${databaseFile}`
  const config = buildImpactConfig({ databaseUri, secret: 'test-secret', extend: options.extend })
  const nodeEnv = process.env.NODE_ENV
  // The SQL adapters decide push vs migrations from NODE_ENV when they connect.
  if (options.production) Object.assign(process.env, { NODE_ENV: 'production' })
  let running: RunningServer
  try {
    running = await startServer({
      config,
      admin: false,
      seed: options.seed ?? true,
      demoUsers: options.demoUsers ?? true,
      host: '127.0.0.1',
    })
  } finally {
    Object.assign(process.env, { NODE_ENV: nodeEnv ?? 'test' })
  }

  const request: TestServer['request'] = async (pathname, init = {}) => {
    const headers: Record<string, string> = { ...(init.headers ?? {}) }
    if (init.body !== undefined) headers['content-type'] = 'application/json'
    if (init.token) headers.authorization = `JWT ${init.token}`
    const response = await fetch(`${running.url}${pathname}`, {
      method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
      headers,
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    })
    const text = await response.text()
    let body: unknown = text
    try {
      body = text ? JSON.parse(text) : undefined
    } catch {
      // not JSON: keep the text so a failing assertion shows it
    }
    return { status: response.status, body, headers: response.headers }
  }

  const graphql: TestServer['graphql'] = async (query, variables, token) => {
    const { status, body } = await request('/api/graphql', { method: 'POST', body: { query, variables }, token })
    return { status, body }
  }

  const login = async (email: string, password: string) => {
    const { status, body } = await request('/api/users/login', { body: { email, password } })
    if (status !== 200) throw new Error(`login ${email} failed: ${status} ${JSON.stringify(body)}`)
    return body.token as string
  }

  return {
    ...running,
    databaseFile,
    request,
    graphql,
    login,
    close: async () => {
      await running.close()
      for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(databaseFile + suffix, { force: true })
    },
  }
}
